import { InvalidInputError } from "@leanback/core/errors";
import { upsertFoods, type NewFood } from "@leanback/db/food/food-repo";
import type { Database } from "@leanback/db/schema";
import type { Kysely } from "kysely";
import { CsvError, csvRecords, decodeUtf8 } from "./csv-parse.js";
import { ImportError, type ImportProgress, type ImportReport, type SkippedRow } from "./import-report.js";
import { offProductSchema, offProductToFood } from "./off-product.js";

function* jsonlProducts(
  text: string,
): Generator<{ line: number; value: unknown } | { line: number; error: string }> {
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === "") continue;
    try {
      yield { line: i + 1, value: JSON.parse(raw) as unknown };
    } catch {
      yield { line: i + 1, error: "not valid JSON" };
    }
  }
}

function* csvProducts(text: string): Generator<{ line: number; value: unknown }> {
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = firstLine.includes("\t") ? "\t" : ",";
  for (const { line, row } of csvRecords(text, ["code", "product_name"], {
    delimiter,
    file: "Open Food Facts export",
  })) {
    const nutriments: Record<string, string> = {};
    for (const [k, v] of Object.entries(row)) if (k.endsWith("_100g")) nutriments[k] = v;
    yield { line, value: { ...row, nutriments } };
  }
}

/**
 * Imports an Open Food Facts export (JSONL, or the tab/comma-separated CSV) into foods (source
 * "off", keyed by barcode) in one transaction; idempotent. Products without a valid barcode,
 * a name or energy are skipped and reported; the first occurrence of a duplicate code wins.
 */
export async function importOff(
  db: Kysely<Database>,
  bytes: Uint8Array,
  format: "jsonl" | "csv",
  opts: { now?: number; onProgress?: ImportProgress } = {},
): Promise<ImportReport> {
  const text = decodeUtf8(bytes, "the Open Food Facts file");
  const skipped: SkippedRow[] = [];
  const foods = new Map<string, NewFood>();
  try {
    const source = format === "jsonl" ? jsonlProducts(text) : csvProducts(text);
    for (const item of source) {
      if ("error" in item) {
        skipped.push({ line: item.line, reason: item.error });
        continue;
      }
      const parsed = offProductSchema.safeParse(item.value);
      if (!parsed.success) {
        skipped.push({ line: item.line, reason: "not a product (needs a code)" });
        continue;
      }
      try {
        const food = offProductToFood(parsed.data);
        if (foods.has(food.sourceId))
          skipped.push({ line: item.line, id: food.sourceId, reason: "duplicate barcode" });
        else foods.set(food.sourceId, food);
      } catch (e) {
        if (!(e instanceof InvalidInputError)) throw e;
        skipped.push({ line: item.line, id: parsed.data.code, reason: e.rule });
      }
    }
  } catch (e) {
    if (e instanceof CsvError) throw new ImportError(e.message);
    throw e;
  }
  const list = [...foods.values()];
  const now = opts.now ?? Date.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < list.length; i += 1000) {
      await upsertFoods(trx, list.slice(i, i + 1000), now);
      opts.onProgress?.("writing", Math.min(i + 1000, list.length), list.length);
    }
  });
  return { imported: list.length, skipped };
}
