import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ImportError } from "./import-report.js";
import { readLines, type Line, type ReadCounter } from "./line-reader.js";

const enc = new TextEncoder();

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function all(it: AsyncIterable<Line>): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of it) out.push(l);
  return out;
}

describe("readLines", () => {
  it("splits across chunk borders, drops CR, a BOM and blank lines, numbers lines from 1", async () => {
    const bytes = enc.encode("\uFEFFa\r\nbé\n\n  c\nlast");
    for (const size of [1, 2, 3, 100]) {
      expect(await all(readLines(chunks(bytes, size)))).toEqual([
        { line: 1, text: "a" },
        { line: 2, text: "bé" },
        { line: 4, text: "  c" },
        { line: 5, text: "last" },
      ]);
    }
  });

  it("gunzips when the bytes start with 1f 8b, whatever the name, and counts compressed bytes", async () => {
    const gz = gzipSync(enc.encode("x\ny\n"));
    const counter: ReadCounter = { compressed: 0 };
    expect(await all(readLines(chunks(gz, 5), counter))).toEqual([
      { line: 1, text: "x" },
      { line: 2, text: "y" },
    ]);
    expect(counter.compressed).toBe(gz.length);
  });

  it("skips a line of invalid UTF-8 and an over-long line, keeps reading after them", async () => {
    const bytes = new Uint8Array([
      ...enc.encode("ok\nCr"),
      0xe8,
      ...enc.encode("me\n"),
      ...enc.encode("z".repeat(5000)),
      ...enc.encode("\nafter\n"),
    ]);
    expect(await all(readLines(chunks(bytes, 1000), undefined, { maxLineBytes: 4096 }))).toEqual([
      { line: 1, text: "ok" },
      { line: 2, error: "not valid UTF-8 text" },
      { line: 3, error: "line is longer than 4 KiB" },
      { line: 4, text: "after" },
    ]);
  });

  it("a truncated .gz stops with a clear message, after the lines it could read", async () => {
    const gz = gzipSync(enc.encode(Array.from({ length: 2000 }, (_, i) => `row ${i}`).join("\n")));
    const seen: Line[] = [];
    const run = async () => {
      for await (const l of readLines(chunks(gz.subarray(0, gz.length - 10), 64))) seen.push(l);
    };
    await expect(run()).rejects.toThrow(ImportError);
    await expect(all(readLines(chunks(gz.subarray(0, gz.length - 10), 64)))).rejects.toThrow(
      /\.gz file cannot be read to the end: it ends early/,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(2000);
  });

  it("a gzip bomb is refused by ratio, and by total size", async () => {
    const bomb = gzipSync(new Uint8Array(8 * 1024 * 1024)); // 8 MiB of zeros → ~8 KiB
    await expect(
      all(readLines(chunks(bomb, 4096), undefined, { gzipRatioFloor: 1024 * 1024 })),
    ).rejects.toThrow(/inflates to more than 100 times its size, .*gzip bomb/);
    const lines = gzipSync(enc.encode("a line of text\n".repeat(10_000)));
    await expect(
      all(readLines(chunks(lines, 4096), undefined, { maxDecompressedBytes: 64 * 1024 })),
    ).rejects.toThrow(/inflates to more than 64 KiB/);
    // The same file under the default limits is read to the end.
    expect((await all(readLines(chunks(lines, 4096)))).length).toBe(10_000);
  });
});
