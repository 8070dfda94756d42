/** One CSV cell per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s =
    typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of records → CSV text with a header row, CRLF line ends (RFC 4180 §2). */
export function toCsv(
  headers: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
): string {
  const lines = [headers.map(csvCell).join(",")];
  for (const row of rows) lines.push(headers.map((h) => csvCell(row[h])).join(","));
  return lines.join("\r\n") + "\r\n";
}
