import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { main } from "../main.js";

const dir = mkdtempSync(join(tmpdir(), "leanback-foods-cli-"));
const env = { LEANBACK_DATA_DIR: dir, LOG_LEVEL: "silent" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo(env);
  const code = await main(["foods", ...argv], { ...io, cwd: dir });
  return { code, out: io.out(), err: io.err() };
}

describe("leanback foods", () => {
  it("seeds SR28 with a progress bar, idempotently", async () => {
    const first = await run("seed");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/imported 8790, skipped 0/);
    expect(first.err).toMatch(/seeding\s+\[#{20}\] 100% 8790\/8790/);
    expect((await run("seed", "--json")).out).toContain('"imported": 8790');
  }, 60_000);

  it("searches with a table, JSON and a limit", async () => {
    const table = await run("search", "greek", "yog", "--limit", "3");
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^food\s+brand\s+kcal\/100g/);
    expect(table.out).toMatch(/Greek yogurt, plain/);
    const json = await run("search", "chiken brest", "--json", "--limit", "2");
    const hits = JSON.parse(json.out) as { displayName: string; match: string }[];
    expect(hits).toHaveLength(2);
    expect(hits[0]?.displayName).toMatch(/^Chicken breast/);
    expect(hits[0]?.match).toBe("typo");
  });

  it("imports an Open Food Facts file and reports skipped rows", async () => {
    const file = join(dir, "off.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({
          code: "3017620422003",
          product_name: "Spread",
          nutriments: { "energy-kcal_100g": 539 },
        }),
        JSON.stringify({ code: "123", product_name: "Bad" }),
      ].join("\n"),
    );
    const r = await run("import", "off", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/imported 1, skipped 1/);
    expect(r.out).toMatch(/barcode check digit is wrong/);
  });

  it("imports an OFF .gz as a stream: skipped rows with their line, a plain progress line, a clear stop", async () => {
    const rows = [
      JSON.stringify({ code: "4006381333931", product_name: "Pen", nutriments: { energy_100g: 10 } }),
      "{oops",
    ];
    const file = join(dir, "off-dump.jsonl.gz");
    writeFileSync(file, gzipSync(rows.join("\n")));
    const r = await run("import", "off", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/imported 1, skipped 1\n {2}line 2: not valid JSON\n/);
    expect(r.err).toBe("100% read 2 rows: 1 imported, 1 skipped\n");
    const gz = gzipSync(rows.join("\n").repeat(50));
    writeFileSync(file, gz.subarray(0, gz.length - 8));
    const cut = await run("import", "off", file);
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/cannot be read to the end: it ends early .*; nothing was imported\n$/);
  });

  it("refuses a broken FDC file with exit 1 and nothing imported", async () => {
    const file = join(dir, "broken.zip");
    writeFileSync(file, "not a zip");
    const r = await run("import", "fdc", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a readable zip file.*nothing was imported/);
  });

  it("gives usage errors (exit 2) for bad input", async () => {
    expect((await run("search")).code).toBe(2);
    expect((await run("search", "egg", "--limit", "0")).err).toMatch(
      /--limit: limit must be a whole number 1–50/,
    );
    expect((await run("import", "xyz", "f")).code).toBe(2);
    expect((await run("import", "mfp", join(dir, "off.jsonl"))).err).toMatch(/--user is required/);
    expect((await run("frobnicate")).err).toMatch(/unknown foods sub-command/);
    expect((await run("barcode", "4006381333932")).err).toMatch(/--barcode: barcode check digit is wrong/);
  });
});
