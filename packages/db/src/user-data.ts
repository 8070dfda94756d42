import { sql, type Kysely, type RawBuilder } from "kysely";
import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { appliedMigrations } from "./migrate.js";
import type { Database } from "./schema.js";
import {
  importedUserSourceId,
  portableSharedFoods,
  resolveFoodRefs,
  sharedFoodSchema,
} from "./user-data-foods.js";
import { userOwnedTables, type UserTableSpec } from "./user-tables.js";

/** A stored value as it leaves the database: text, number (epoch ms, kg, 0/1) or null. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export const USER_EXPORT_FORMAT = "leanback-user-export";
/** 2: shared foods travel in sharedFoods and are referred to as "source:source_id". */
export const USER_EXPORT_VERSION = 2;

const ident = z.string().regex(/^[a-z_][a-z0-9_]*$/, "a lower-case SQL identifier");

/** Boundary schema of an export file; column names are identifiers, cells are primitives. */
export const userExportSchema = z.object({
  format: z.literal(USER_EXPORT_FORMAT),
  /** 1 (shared foods by this server's ids) still imports on the server that made it. */
  version: z.union([z.literal(1), z.literal(USER_EXPORT_VERSION)]),
  /** Last migration applied where the export was made. */
  schema: z.string(),
  exportedAt: z.number().int(),
  userId: z.string(),
  tables: z.record(ident, z.array(z.record(ident, z.union([z.string(), z.number(), z.null()])))),
  /** The shared foods the data refer to (docs/export-format.md); matched by source and source id. */
  sharedFoods: z.array(sharedFoodSchema).default([]),
});

export type UserExport = z.infer<typeof userExportSchema>;

function whereOwned(spec: UserTableSpec, userId: string): RawBuilder<unknown> {
  if ("owner" in spec) return sql`${sql.ref(spec.owner)} = ${userId}`;
  const parent = userOwnedTables.find((p) => p.table === spec.parent);
  if (parent === undefined || !("owner" in parent))
    throw new Error(`user-tables: ${spec.table} has no owning parent`);
  return sql`${sql.ref(spec.parentKey)} in (select id from ${sql.table(parent.table)} where ${sql.ref(parent.owner)} = ${userId})`;
}

function ownedRowsQuery(spec: UserTableSpec, userId: string, what: RawBuilder<unknown>): RawBuilder<Row> {
  return sql<Row>`select ${what} from ${sql.table(spec.table)} where ${whereOwned(spec, userId)}`;
}

/**
 * Every row of every user-owned table (user-tables.ts) for one user, as plain JSON-able data,
 * in a stable order so two exports of the same data are identical.
 */
export async function exportUserData(
  db: Kysely<Database>,
  userId: string,
  now: number = Date.now(),
): Promise<UserExport> {
  const applied = await appliedMigrations(db);
  const tables: Record<string, Row[]> = {};
  for (const spec of userOwnedTables) {
    const r = await sql<Row>`${ownedRowsQuery(spec, userId, sql`*`)}`.execute(db);
    const omit = new Set(spec.omit ?? []);
    // Sorted in JS by the row's JSON (below): deterministic for every table, keyed by id or not.
    tables[spec.table] = r.rows.map((row) => normalizeRow(row, omit));
  }
  const sharedFoods = await portableSharedFoods(db, tables);
  // References were rewritten: sort again so the order follows the portable values.
  for (const { table } of userOwnedTables) tables[table] = sortRows(tables[table] ?? []);
  return {
    format: USER_EXPORT_FORMAT,
    version: USER_EXPORT_VERSION,
    schema: applied.at(-1) ?? "",
    exportedAt: now,
    userId,
    tables,
    sharedFoods,
  };
}

function sortRows(rows: Row[]): Row[] {
  const keyed = rows.map((row) => [JSON.stringify(row), row] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, row]) => row);
}

function normalizeRow(r: Record<string, unknown>, omit: ReadonlySet<string>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(r)) {
    if (omit.has(k)) continue;
    if (v === null || typeof v === "string" || typeof v === "number") out[k] = v;
    else if (typeof v === "bigint") out[k] = Number(v);
    else if (typeof v === "boolean") out[k] = v ? 1 : 0;
    else throw new Error(`export: unsupported value in column ${k}`);
  }
  return out;
}

export interface ImportOptions {
  /** The account that receives the rows (owner columns are rewritten to it). */
  userId: string;
  /** Delete the user's existing rows first (same transaction). Default false: collisions fail. */
  replace?: boolean;
  /** Timestamp of foods copied in (shared foods this server lacks). */
  now?: number;
}

/**
 * Imports an export into `userId` inside ONE transaction: any bad row (unknown table or column,
 * id collision, a child pointing at a parent not in the file, a food the importer may not see)
 * rolls everything back. Ids are kept (UUIDv7 are globally unique), so importing into another
 * instance keeps references; shared foods are matched by source and source id
 * (user-data-foods.ts). The rows of `input` are not modified.
 * Returns the number of rows inserted per table.
 */
export async function importUserData(
  db: Kysely<Database>,
  input: unknown,
  opts: ImportOptions,
): Promise<Record<string, number>> {
  const parsed = userExportSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInputError(
      "export",
      `not a leanback user export: ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  }
  // A private copy: references are rewritten below and the caller's object stays as it was.
  const dump = structuredClone(parsed.data);
  const known = new Set(userOwnedTables.map((s) => s.table));
  const unknown = Object.keys(dump.tables).filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw new InvalidInputError("export", `unknown tables ${unknown.join(", ")} (made by a newer leanback?)`);
  }
  const applied = await appliedMigrations(db);
  if (dump.schema !== "" && !applied.includes(dump.schema)) {
    throw new InvalidInputError(
      "export",
      `made with schema ${dump.schema}, which this database has not reached`,
    );
  }

  return db.transaction().execute(async (trx) => {
    if (opts.replace === true) {
      // Children before parents, so nothing is left pointing at a deleted row.
      for (const spec of [...userOwnedTables].reverse()) {
        await sql`delete from ${sql.table(spec.table)} where ${whereOwned(spec, opts.userId)}`.execute(trx);
      }
    }
    (dump.tables.foods ?? []).forEach((f, i) => {
      if (f.source !== "user")
        throw new InvalidInputError(
          `tables.foods[${i}].source`,
          "your own foods have source user (shared foods travel in sharedFoods)",
        );
      f.source_id = importedUserSourceId(String(f.source_id), dump.userId, opts.userId);
    });
    await resolveFoodRefs(trx, dump.tables, dump.sharedFoods, opts.userId, opts.now ?? Date.now());
    const counts: Record<string, number> = {};
    const idsByTable = new Map<string, Set<string>>();
    for (const spec of userOwnedTables) {
      const rows = dump.tables[spec.table] ?? [];
      const prepared = rows.map((row, i) => {
        if ("owner" in spec) return { ...row, [spec.owner]: opts.userId };
        const parentId = row[spec.parentKey];
        if (typeof parentId !== "string" || idsByTable.get(spec.parent)?.has(parentId) !== true) {
          throw new InvalidInputError(
            `tables.${spec.table}[${i}].${spec.parentKey}`,
            `refers to a ${spec.parent} row not in the export`,
          );
        }
        return row;
      });
      idsByTable.set(spec.table, new Set(prepared.map((r) => String(r.id ?? ""))));
      await insertRows(trx, spec.table, prepared);
      counts[spec.table] = prepared.length;
    }
    return counts;
  });
}

async function insertRows(trx: Kysely<Database>, table: string, rows: Row[]): Promise<void> {
  // Group by column set so every statement is rectangular; chunk under SQLite's 32,766
  // bound-parameter limit (SQLite docs, "Limits in SQLite", SQLITE_MAX_VARIABLE_NUMBER).
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = Object.keys(r).sort().join(",");
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, group] of groups) {
    const cols = key.split(",");
    const perChunk = Math.max(1, Math.floor(30_000 / cols.length));
    for (let i = 0; i < group.length; i += perChunk) {
      const chunk = group.slice(i, i + perChunk);
      await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))}) values ${sql.join(
        chunk.map((r) => sql`(${sql.join(cols.map((c) => r[c] ?? null))})`),
      )}`.execute(trx);
    }
  }
}
