import { CsvError, parseCsv } from "./csv-parse.js";
import { ImportError } from "./import-report.js";
import type { Line } from "./line-reader.js";

/** One row of an Open Food Facts export as an object, or why it is skipped. */
export type OffRow =
  { readonly line: number; readonly value: unknown } | { readonly line: number; readonly error: string };

/** JSONL: one product object a line (https://world.openfoodfacts.org/data, "JSONL data export"). */
export async function* jsonlRows(lines: AsyncIterable<Line>): AsyncGenerator<OffRow> {
  for await (const l of lines) {
    if ("error" in l) {
      yield l;
      continue;
    }
    if (l.text.trim() === "") continue;
    try {
      yield { line: l.line, value: JSON.parse(l.text) as unknown };
    } catch {
      yield { line: l.line, error: "not valid JSON" };
    }
  }
}

const REQUIRED = ["code", "product_name"] as const;

function splitCells(text: string, delimiter: string): string[] | string {
  // OFF's CSV export is tab-separated and unquoted: a quote is an ordinary character there.
  if (delimiter === "\t") return text.split("\t");
  try {
    const records = [...parseCsv(text, { delimiter })];
    return records[0]?.cells ?? [""];
  } catch (e) {
    if (e instanceof CsvError) return e.message.replace(/^line \d+: /, "");
    throw e;
  }
}

/**
 * The CSV export: a header row naming the columns, then one product a line. Tab-separated (as
 * OFF ships it, unquoted) when the header has a tab, else comma-separated with RFC 4180 quotes
 * on one line. A row with the wrong number of cells (a raw tab inside a field) is skipped.
 */
export async function* csvRows(lines: AsyncIterable<Line>): AsyncGenerator<OffRow> {
  let header: string[] | null = null;
  let delimiter = "\t";
  for await (const l of lines) {
    if (header === null) {
      if ("error" in l) throw new ImportError(`the header row (line ${l.line}) is ${l.error}`);
      delimiter = l.text.includes("\t") ? "\t" : ",";
      const cells = splitCells(l.text, delimiter);
      if (typeof cells === "string") throw new ImportError(`the header row: ${cells}`);
      header = cells.map((h) => h.trim());
      const found = header;
      const missing = REQUIRED.filter((r) => !found.includes(r));
      if (missing.length > 0)
        throw new ImportError(
          `the Open Food Facts export lacks column(s) ${missing.join(", ")} (found: ${found.slice(0, 12).join(", ")})`,
        );
      continue;
    }
    if ("error" in l) {
      yield l;
      continue;
    }
    const cells = splitCells(l.text, delimiter);
    if (typeof cells === "string") {
      yield { line: l.line, error: cells };
      continue;
    }
    if (cells.length !== header.length) {
      yield {
        line: l.line,
        error: `expected ${header.length} fields, found ${cells.length}${delimiter === "\t" ? " (a tab inside a field?)" : ""}`,
      };
      continue;
    }
    const row: Record<string, string> = {};
    const nutriments: Record<string, string> = {};
    for (const [k, h] of header.entries()) {
      const v = cells[k] ?? "";
      row[h] = v;
      if (h.endsWith("_100g")) nutriments[h] = v;
    }
    yield { line: l.line, value: { ...row, nutriments } };
  }
  if (header === null) throw new ImportError("the Open Food Facts export is empty");
}
