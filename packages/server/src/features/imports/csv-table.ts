import { CsvError, parseCsv } from "../../food/csv-parse.js";
import { ImportError } from "../../food/import-report.js";

/** One data row: its line in the file and its cells by header name. */
export interface CsvRow {
  readonly line: number;
  /** The cell under a header (trimmed), "" when the column is absent or empty. */
  get(column: string): string;
  /** Whether the file has the column. */
  has(column: string): boolean;
}

export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly delimiter: string;
  readonly rows: readonly CsvRow[];
  /** Rows whose number of fields differs from the header's: reported, never guessed at. */
  readonly badRows: readonly { line: number; reason: string }[];
}

/** The delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes. */
export function sniffDelimiter(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Parses a CSV file (comma, semicolon or tab; quoted fields, CRLF, BOM) into rows keyed by the
 * header. A broken quote refuses the file (ImportError naming the line); a row with the wrong
 * number of fields is kept aside as a bad row.
 */
export function readCsvTable(file: string, text: string): CsvTable {
  const delimiter = sniffDelimiter(text);
  const rows: CsvRow[] = [];
  const badRows: { line: number; reason: string }[] = [];
  let header: string[] | null = null;
  let index = new Map<string, number>();
  try {
    for (const { line, cells } of parseCsv(text, { delimiter })) {
      if (header === null) {
        header = cells.map((h) => h.trim());
        index = new Map(header.map((h, i) => [h, i]));
        continue;
      }
      if (cells.length !== header.length) {
        // A trailing empty field some exporters add (Strong's S2 rows end with ";") is harmless.
        const trailing = cells.length === header.length + 1 && cells[cells.length - 1] === "";
        if (!trailing) {
          badRows.push({ line, reason: `expected ${header.length} fields, found ${cells.length}` });
          continue;
        }
      }
      const values = cells;
      const map = index;
      rows.push({
        line,
        get: (column) => {
          const i = map.get(column);
          return i === undefined ? "" : (values[i] ?? "").trim();
        },
        has: (column) => map.has(column),
      });
    }
  } catch (e) {
    if (e instanceof CsvError) throw new ImportError(`${file}: ${e.message}`);
    throw e;
  }
  if (header === null) throw new ImportError(`${file} is empty`);
  return { file, header, delimiter, rows, badRows };
}
