/**
 * Text a spreadsheet would run as a formula, made inert: a cell starting with = + - @, a tab,
 * a carriage return or a NUL gets a leading single quote (OWASP "CSV Injection",
 * owasp.org/www-community/attacks/CSV_Injection; ASVS 5.0 V1.2.10). Numbers are written as
 * numbers, so a negative number stays a number.
 *
 * @example
 * neutraliseFormula("=HYPERLINK(\"x\")"); // → "'=HYPERLINK(\"x\")"
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r\0]/.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
 * Text cells are neutralised first (neutraliseFormula).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s =
    typeof value === "string"
      ? neutraliseFormula(value)
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The UTF-8 byte order mark: spreadsheets (Excel) read the file as UTF-8 only with it. */
export const UTF8_BOM = "\uFEFF";

/** Rows of records → CSV text with a header row, CRLF line ends (RFC 4180 §2); optional BOM. */
export function toCsv(
  headers: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
  options: { readonly bom?: boolean } = {},
): string {
  const lines = [headers.map(csvCell).join(",")];
  for (const row of rows) lines.push(headers.map((h) => csvCell(row[h])).join(","));
  return (options.bom === true ? UTF8_BOM : "") + lines.join("\r\n") + "\r\n";
}
