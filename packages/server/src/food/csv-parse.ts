import { ImportError } from "./import-report.js";

/** A CSV problem at a line of the input (1-based), reported to the person as is. */
export class CsvError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = "CsvError";
    this.line = line;
  }
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CR/LF/CRLF line ends, a BOM) or TSV with
 * `delimiter: "\t"`. Yields each record with the line it started on. Refuses an unterminated
 * quote and fields over `maxField` characters rather than guessing.
 */
export function* parseCsv(
  text: string,
  opts: { delimiter?: string; maxField?: number } = {},
): Generator<{ line: number; cells: string[] }> {
  const d = opts.delimiter ?? ",";
  const maxField = opts.maxField ?? 100_000;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) throw new CsvError(start, "a quoted field is not closed");
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === "\n") line++;
          cell += c;
          i++;
          if (cell.length > maxField)
            throw new CsvError(start, `a field is longer than ${maxField} characters`);
        }
        if (i < n && text[i] !== d && text[i] !== "\n" && text[i] !== "\r") {
          throw new CsvError(line, "unexpected text after a closing quote");
        }
      } else {
        const startField = i;
        while (i < n && text[i] !== d && text[i] !== "\n" && text[i] !== "\r") i++;
        cell = text.slice(startField, i);
        if (cell.length > maxField)
          throw new CsvError(start, `a field is longer than ${maxField} characters`);
      }
      cells.push(cell);
      if (i < n && text[i] === d) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    if (cells.length === 1 && cells[0] === "") continue; // blank line
    yield { line: start, cells };
  }
}

/** Records as objects keyed by the header row; checks required columns first. */
export function* csvRecords(
  text: string,
  required: readonly string[],
  opts: { delimiter?: string; file?: string } = {},
): Generator<{ line: number; row: Record<string, string> }> {
  const it = parseCsv(text, opts);
  const first = it.next();
  if (first.done) throw new CsvError(1, `${opts.file ?? "file"} is empty`);
  const header = first.value.cells.map((h) => h.trim());
  const missing = required.filter((r) => !header.includes(r));
  if (missing.length > 0) {
    throw new CsvError(
      1,
      `${opts.file ?? "file"} lacks column(s) ${missing.join(", ")} (found: ${header.slice(0, 12).join(", ")})`,
    );
  }
  for (const { line, cells } of it) {
    if (cells.length !== header.length)
      throw new CsvError(line, `expected ${header.length} fields, found ${cells.length}`);
    const row: Record<string, string> = {};
    header.forEach((h, k) => {
      row[h] = cells[k] ?? "";
    });
    yield { line, row };
  }
}

/** Decodes bytes as UTF-8, refusing anything else with a clear message (an ImportError). */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${file} is not valid UTF-8 text (re-save it as UTF-8)`);
  }
}
