import { sql } from "kysely";
import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { isForeignKeyViolation, isRowRuleViolation, isUniqueViolation } from "@leanback/db/db-errors";
import { dialectOf } from "@leanback/db/dialect-of";
import { exportUserData, importUserData, userExportSchema, type UserExport } from "@leanback/db/user-data";
import { userOwnedTables } from "@leanback/db/user-tables";
import { toCsv } from "../shared/csv.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";
import { checkImportRows } from "./import-rules.js";

/** Every table a user's export holds, in export order (packages/db/src/user-tables.ts). */
export const EXPORT_TABLES = userOwnedTables.map((s) => s.table);

export const tableParam = z.strictObject({
  table: z.string().refine((t) => EXPORT_TABLES.includes(t), `must be one of ${EXPORT_TABLES.join(", ")}`),
});

/** Everything the user owns, as one JSON document (the import format). */
export async function exportAll(deps: UseCaseDeps, userId: string): Promise<UserExport> {
  return exportUserData(deps.db, userId, deps.now());
}

interface Column {
  readonly name: string;
  readonly kind: "integer" | "number" | "text" | "other";
  readonly nullable: boolean;
}

/** The live columns of a table in table order (so an empty table still has a CSV header). */
async function columnsOf(deps: UseCaseDeps, table: string): Promise<Column[]> {
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
  return t.columns
    .filter((c) => !omit.has(c.name))
    .map((c) => {
      const type = c.dataType.toLowerCase();
      const kind = /int/.test(type)
        ? "integer"
        : /real|float|double|numeric|decimal/.test(type)
          ? "number"
          : /text|char|uuid/.test(type)
            ? "text"
            : "other";
      return { name: c.name, kind, nullable: c.isNullable };
    });
}

/** One table of the export as CSV: a header row, then one line per row (RFC 4180 escaping). */
export async function exportCsv(
  deps: UseCaseDeps,
  userId: string,
  rawTable: unknown,
  options: { readonly bom?: "true" | "false" } = {},
): Promise<string> {
  const { table } = parseInput(tableParam, { table: rawTable });
  const [dump, columns] = await Promise.all([exportAll(deps, userId), columnsOf(deps, table)]);
  return toCsv(
    columns.map((c) => c.name),
    dump.tables[table] ?? [],
    { bom: options.bom === "true" },
  );
}

export const importQuery = z.strictObject({
  /** "true": delete the user's data first, in the same transaction. */
  replace: z.enum(["true", "false"]).default("false"),
});

/**
 * Checks every cell against the live column before anything is written: unknown columns, a
 * string in a number column (SQLite would store it as text and corrupt the round trip), a null
 * in a required column. Names the first offending cell.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function checkCells(deps: UseCaseDeps, dump: UserExport): Promise<void> {
  for (const [table, rows] of Object.entries(dump.tables)) {
    if (!EXPORT_TABLES.includes(table)) continue; // importUserData names unknown tables
    const columns = new Map((await columnsOf(deps, table)).map((c) => [c.name, c]));
    rows.forEach((row, i) => {
      for (const [name, value] of Object.entries(row)) {
        const field = `tables.${table}[${i}].${name}`;
        const col = columns.get(name);
        if (col === undefined) throw new InvalidInputError(field, "is not a column of this table");
        if (value === null) {
          // Owner columns are rewritten to the importing user, so a null there is harmless.
          if (!col.nullable && !isOwnerColumn(table, name))
            throw new InvalidInputError(field, "must not be empty");
        } else if (
          col.kind !== "text" &&
          col.kind !== "other" &&
          (typeof value !== "number" || !Number.isFinite(value))
        ) {
          throw new InvalidInputError(field, "must be a number");
        } else if (col.kind === "integer" && !Number.isSafeInteger(value)) {
          throw new InvalidInputError(field, "must be a whole number");
        } else if (col.kind === "text" && typeof value !== "string") {
          throw new InvalidInputError(field, "must be text");
        } else if (name === "id" && typeof value === "string" && !UUID.test(value)) {
          // Every row id we write is a UUID (v7); anything else did not come from an export.
          throw new InvalidInputError(field, "must be a UUID");
        }
      }
    });
  }
}

function isOwnerColumn(table: string, column: string): boolean {
  const spec = userOwnedTables.find((s) => s.table === table);
  return spec !== undefined && "owner" in spec && spec.owner === column;
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
  await checkCells(deps, dump);
  checkImportRows(dump, deps.now());
  try {
    const counts = await importUserData(deps.db, dump, { userId, replace, now: deps.now() });
    return { replaced: replace, counts };
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new ConflictError(
        "a row of the import has the id or key of a row already stored (your own rows: import with ?replace=true to overwrite them)",
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
