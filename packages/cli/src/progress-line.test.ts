import { describe, expect, it } from "vitest";
import { memoryIo } from "./io.js";
import { progressLine, type StreamProgress } from "./progress-line.js";

const at = (rows: number, done = false): StreamProgress => ({
  rows,
  imported: rows - 1,
  skipped: 1,
  bytesRead: rows * 10,
  totalBytes: 2500,
  done,
});

describe("progressLine", () => {
  it("writes plain lines every N rows and a last one when not a terminal", () => {
    const io = memoryIo();
    const p = progressLine(io, 100);
    for (const rows of [50, 100, 150, 250, 250]) p(at(rows));
    p(at(250, true));
    expect(io.err()).toBe(
      [
        " 40% read 100 rows: 99 imported, 1 skipped",
        "100% read 250 rows: 249 imported, 1 skipped",
        "100% read 250 rows: 249 imported, 1 skipped",
        "",
      ].join("\n"),
    );
  });

  it("rewrites one line on a terminal and ends it when done", () => {
    let err = "";
    const io = { ...memoryIo(), stderr: { write: (c: string) => (err += c), isTTY: true } };
    const p = progressLine(io, 100);
    p(at(50));
    p(at(50));
    p({ ...at(60, true), totalBytes: null });
    expect(err).toBe(
      "\r 20% read 50 rows: 49 imported, 1 skipped\rread 60 rows: 59 imported, 1 skipped     \n",
    );
  });
});
