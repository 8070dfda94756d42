import { sql } from "kysely";
import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { isForeignKeyViolation, isUniqueViolation } from "@leanback/db/db-errors";
import { dialectOf } from "@leanback/db/dialect-of";
import { exportUserData, importUserData, userExportSchema, type UserExport } from "@leanback/db/user-data";
import { userOwnedTables } from "@leanback/db/user-tables";
import { toCsv } from "../shared/csv.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";

/** Every table a user's export holds, in export order (packages/db/src/user-tables.ts). */
export const EXPORT_TABLES = userOwnedTables.map((s) => s.table);

export const tableParam = z.strictObject({
  table: z.string().refine((t) => EXPORT_TABLES.includes(t), `must be one of ${EXPORT_TABLES.join(", ")}`),
});

/** Everything the user owns, as one JSON document (the import format). */
export async function exportAll(deps: UseCaseDeps, userId: string): Promise<UserExport> {
  return exportUserData(deps.db, userId, deps.now());
}

/** Column names of a table in table order, from the live schema (so an empty table still has a header). */
async function columnsOf(deps: UseCaseDeps, table: string): Promise<string[]> {
  const tables = await deps.db.introspection.getTables();
  let schema: string | undefined;
  if (dialectOf(deps.db) === "postgres") {
    // Introspection lists every schema; the one in use is the search_path's first.
    const r = await sql<{ s: string }>`select current_schema() as s`.execute(deps.db);
    schema = r.rows[0]?.s;
  }
  const t = tables.find((x) => x.name === table && (schema === undefined || x.schema === schema));
  if (t === undefined) throw new Error(`export: table ${table} not found`);
  const omit = new Set(userOwnedTables.find((s) => s.table === table)?.omit ?? []);
  return t.columns.map((c) => c.name).filter((c) => !omit.has(c));
}

/** One table of the export as CSV: a header row, then one line per row (RFC 4180 escaping). */
export async function exportCsv(deps: UseCaseDeps, userId: string, rawTable: unknown): Promise<string> {
  const { table } = parseInput(tableParam, { table: rawTable });
  const [dump, columns] = await Promise.all([exportAll(deps, userId), columnsOf(deps, table)]);
  return toCsv(columns, dump.tables[table] ?? []);
}

export const importQuery = z.strictObject({
  /** "true": delete the user's data first, in the same transaction. */
  replace: z.enum(["true", "false"]).default("false"),
});

/** NOT NULL or CHECK violated (better-sqlite3 extended codes; PostgreSQL SQLSTATE 23502, 23514). */
function isRowRuleViolation(e: unknown): boolean {
  const code = typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined;
  return (
    code === "SQLITE_CONSTRAINT_NOTNULL" ||
    code === "SQLITE_CONSTRAINT_CHECK" ||
    code === "23502" ||
    code === "23514"
  );
}

/** Rejects columns the live table does not have before anything is written, naming the first. */
async function checkColumns(deps: UseCaseDeps, dump: UserExport): Promise<void> {
  for (const [table, rows] of Object.entries(dump.tables)) {
    if (!EXPORT_TABLES.includes(table)) continue; // importUserData names unknown tables
    const known = new Set(await columnsOf(deps, table));
    rows.forEach((row, i) => {
      const bad = Object.keys(row).find((c) => !known.has(c));
      if (bad !== undefined)
        throw new InvalidInputError(`tables.${table}[${i}].${bad}`, "is not a column of this table");
    });
  }
}

export const importResultSchema = z.strictObject({
  replaced: z.boolean(),
  counts: z.record(z.string(), z.int()),
});

/**
 * Imports one of our own exports into the user, in ONE transaction: any bad row rolls back
 * everything, including the deletion of replace=true.
 */
export async function importAll(
  deps: UseCaseDeps,
  userId: string,
  body: unknown,
  rawQuery: unknown = {},
): Promise<z.output<typeof importResultSchema>> {
  const replace = parseInput(importQuery, rawQuery).replace === "true";
  const dump = parseInput(userExportSchema, body);
  await checkColumns(deps, dump);
  try {
    const counts = await importUserData(deps.db, dump, { userId, replace });
    return { replaced: replace, counts };
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new ConflictError(
        "the import clashes with rows already stored: import with ?replace=true to overwrite",
      );
    }
    if (isRowRuleViolation(e)) {
      throw new InvalidInputError(
        "tables",
        "a row breaks a rule of its table (a required value is missing or out of range)",
      );
    }
    if (isForeignKeyViolation(e)) {
      throw new InvalidInputError("tables", "a row refers to something not in the export");
    }
    throw e;
  }
}
