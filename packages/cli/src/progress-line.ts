import type { CliIo } from "./io.js";

/** What a streamed import reports as it goes (the shape of the server's OffProgress). */
export interface StreamProgress {
  readonly rows: number;
  readonly imported: number;
  readonly skipped: number;
  readonly bytesRead: number;
  readonly totalBytes: number | null;
  readonly done: boolean;
}

function describe(p: StreamProgress): string {
  const pct =
    p.totalBytes !== null && p.totalBytes > 0
      ? `${String(Math.min(100, Math.floor((p.bytesRead / p.totalBytes) * 100))).padStart(3)}% `
      : "";
  return `${pct}read ${p.rows} rows: ${p.imported} imported, ${p.skipped} skipped`;
}

/**
 * Progress of a streamed import on stderr: one line rewritten in place on a terminal, plain lines
 * every `everyRows` rows otherwise (a log or a pipe), and always a last line when done.
 *
 * @example
 * importOffFile(db, path, "jsonl", { onProgress: progressLine(io) });
 */
export function progressLine(io: CliIo, everyRows = 100_000): (p: StreamProgress) => void {
  const tty = io.stderr.isTTY === true;
  let nextPlain = everyRows;
  let lastTty = "";
  return (p) => {
    if (tty) {
      const line = describe(p);
      // Padded to the last line's length so a shorter line leaves nothing of the longer one.
      if (line !== lastTty || p.done)
        io.stderr.write(`\r${line.padEnd(lastTty.length)}${p.done ? "\n" : ""}`);
      lastTty = line;
      return;
    }
    if (p.done || p.rows >= nextPlain) {
      io.stderr.write(`${describe(p)}\n`);
      while (nextPlain <= p.rows) nextPlain += everyRows;
    }
  };
}
