import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { InvalidInputError } from "@leanback/core/errors";
import { upsertFoods, type NewFood } from "@leanback/db/food/food-repo";
import type { Database } from "@leanback/db/schema";
import type { Kysely } from "kysely";
import { GtinSet } from "./gtin-set.js";
import { ImportError, type ImportReport, type SkippedRow } from "./import-report.js";
import { readLines, type LineLimits, type ReadCounter } from "./line-reader.js";
import { offProductSchema, offProductToFood } from "./off-product.js";
import { csvRows, jsonlRows } from "./off-rows.js";

/** Where a streamed import stands: rows read, written and skipped, input bytes read of total. */
export interface OffProgress {
  readonly rows: number;
  readonly imported: number;
  readonly skipped: number;
  readonly bytesRead: number;
  /** The input's size in bytes (compressed, for a .gz), when known. */
  readonly totalBytes: number | null;
  readonly done: boolean;
}

export interface OffImportOptions {
  readonly now?: number;
  readonly onProgress?: (p: OffProgress) => void;
  /** Products a transaction writes; default 2,000. */
  readonly batchSize?: number;
  /** Skipped rows kept in the report with line and reason (the rest are counted); default 20. */
  readonly keepSkipped?: number;
  readonly limits?: LineLimits;
  readonly totalBytes?: number;
}

/**
 * Imports an Open Food Facts export (JSONL, or the tab-separated CSV; plain or gzip, told apart
 * by the gzip magic bytes, not the name) into foods (source "off", keyed by barcode), streaming
 * with constant memory apart from 16 bytes per barcode seen. Rows without a valid barcode, a name
 * or energy, malformed rows (bad JSON, a raw tab, invalid UTF-8, an over-long line) and repeated
 * barcodes (the first wins) are skipped and reported. Products are written in batches, each in
 * its own transaction, upserted by (source, barcode): an import stopped by a damaged file keeps
 * the batches before the damage (ImportError.written), and importing again is safe. A file
 * smaller than one batch is written all or nothing.
 */
export async function importOffStream(
  db: Kysely<Database>,
  input: AsyncIterable<Uint8Array>,
  format: "jsonl" | "csv",
  opts: OffImportOptions = {},
): Promise<ImportReport> {
  const now = opts.now ?? Date.now();
  const batchSize = opts.batchSize ?? 2000;
  const keep = opts.keepSkipped ?? 20;
  const counter: ReadCounter = { compressed: 0 };
  const lines = readLines(input, counter, opts.limits);
  const rows = format === "jsonl" ? jsonlRows(lines) : csvRows(lines);
  const seen = new GtinSet();
  const skipped: SkippedRow[] = [];
  const byReason = new Map<string, number>();
  let skippedTotal = 0;
  let imported = 0;
  let read = 0;
  let batch: NewFood[] = [];
  const skip = (row: SkippedRow): void => {
    skippedTotal++;
    byReason.set(row.reason, (byReason.get(row.reason) ?? 0) + 1);
    if (skipped.length < keep) skipped.push(row);
  };
  const progress = (done: boolean): void =>
    opts.onProgress?.({
      rows: read,
      imported,
      skipped: skippedTotal,
      bytesRead: counter.compressed,
      totalBytes: opts.totalBytes ?? null,
      done,
    });
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const foods = batch;
    batch = [];
    await db.transaction().execute((trx) => upsertFoods(trx, foods, now));
    imported += foods.length;
    progress(false);
  };
  try {
    for await (const item of rows) {
      read++;
      if ("error" in item) {
        skip({ line: item.line, reason: item.error });
        continue;
      }
      const parsed = offProductSchema.safeParse(item.value);
      if (!parsed.success) {
        skip({ line: item.line, reason: "not a product (needs a code)" });
        continue;
      }
      let food: NewFood;
      try {
        food = offProductToFood(parsed.data);
      } catch (e) {
        if (!(e instanceof InvalidInputError)) throw e;
        skip({ line: item.line, id: parsed.data.code, reason: e.rule });
        continue;
      }
      if (!seen.add(food.sourceId)) {
        skip({ line: item.line, id: food.sourceId, reason: "duplicate barcode" });
        continue;
      }
      batch.push(food);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    const where = read > 0 ? ` (after row ${read})` : "";
    throw new ImportError(`${e.message}${where}`, imported);
  }
  progress(true);
  return {
    imported,
    skipped,
    skippedTotal,
    skippedByReason: [...byReason.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count),
  };
}

/** importOffStream over a file, read in 1 MiB chunks; progress counts its bytes. */
export async function importOffFile(
  db: Kysely<Database>,
  path: string,
  format: "jsonl" | "csv",
  opts: OffImportOptions = {},
): Promise<ImportReport> {
  const size = (await stat(path)).size;
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    return await importOffStream(db, stream as AsyncIterable<Buffer>, format, {
      totalBytes: size,
      ...opts,
    });
  } finally {
    stream.destroy();
  }
}

/** importOffStream over bytes already in memory (tests, uploads). */
export function importOff(
  db: Kysely<Database>,
  bytes: Uint8Array,
  format: "jsonl" | "csv",
  opts: OffImportOptions = {},
): Promise<ImportReport> {
  async function* once(): AsyncGenerator<Uint8Array> {
    yield bytes;
  }
  return importOffStream(db, once(), format, {
    totalBytes: bytes.length,
    ...opts,
  });
}
