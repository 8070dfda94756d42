import { sql } from "kysely";
import type { ServerDeps } from "../deps.js";

/** Security bookkeeping that a rejected request may legitimately change (failed-login counts). */
const VOLATILE = new Set(["rate_limits", "auth_sessions"]);

/** Names of every table in the current database / schema, migrations bookkeeping excluded. */
export async function tableNames(deps: Pick<ServerDeps, "db" | "dialect">): Promise<string[]> {
  const r =
    deps.dialect === "sqlite"
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(deps.db)
      : await sql<{
          name: string;
        }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(deps.db);
  return r.rows
    .map((x) => x.name)
    .filter((n) => !n.startsWith("kysely_") && /^[a-z_][a-z0-9_]*$/.test(n))
    .sort();
}

/** Row counts of every non-volatile table, in one round trip. */
export async function rowCounts(
  deps: Pick<ServerDeps, "db" | "dialect">,
  tables: readonly string[],
): Promise<Record<string, number>> {
  const counted = tables.filter((t) => !VOLATILE.has(t) && !t.includes("_fts"));
  if (counted.length === 0) return {};
  const q = counted.map((t) => `select '${t}' as t, count(*) as n from "${t}"`).join(" union all ");
  const r = await sql<{ t: string; n: number | string }>`${sql.raw(q)}`.execute(deps.db);
  return Object.fromEntries(r.rows.map((x) => [x.t, Number(x.n)]));
}

/** True when `needle` appears in any row of `tables` (text search over the JSON of each row). */
export async function anyRowContains(
  deps: Pick<ServerDeps, "db" | "dialect">,
  tables: readonly string[],
  needle: string,
): Promise<string | null> {
  for (const t of tables) {
    if (t.includes("_fts") || (t.startsWith("food") && t !== "foods")) continue;
    const r = await sql<Record<string, unknown>>`${sql.raw(`select * from "${t}"`)}`.execute(deps.db);
    for (const row of r.rows) if (JSON.stringify(row).includes(needle)) return t;
  }
  return null;
}
