import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { countFoods, findFoodBySource } from "@leanback/db/food/food-repo";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { afterAll, expect, it } from "vitest";
import { ImportError } from "./import-report.js";
import { importOff, importOffFile } from "./import-off.js";

// Small files in the Open Food Facts layouts (https://world.openfoodfacts.org/data: the JSONL
// export, one product a line, and the tab-separated, unquoted CSV export), with the quirks of
// the real dumps: .gz, a leading quote, a raw tab, a broken line, invalid UTF-8, an over-long line.
const enc = new TextEncoder();
const dir = mkdtempSync(join(tmpdir(), "leanback-off-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function product(code: string, name: string, kcal = 100): string {
  return JSON.stringify({ code, product_name: name, nutriments: { "energy-kcal_100g": kcal } });
}
// Valid EAN-13s: 12 digits + mod-10 check digit.
function ean(n: number): string {
  const body = String(200_000_000_000 + n);
  let sum = 0;
  [...body].reverse().forEach((d, i) => (sum += Number(d) * (i % 2 === 0 ? 3 : 1)));
  return body + String((10 - (sum % 10)) % 10);
}
function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describeEachDialect("Open Food Facts streamed import", (getDb) => {
  it("JSONL, plain and .gz (also named .jsonl), imports the same; malformed rows are skipped with line and reason", async () => {
    const db = getDb();
    const base = await countFoods(db, "off");
    const text = [
      product(ean(1), "Oat drink"),
      "{broken",
      product(ean(2), "Rye bread", 250),
      "x".repeat(2000),
      product(ean(1), "Oat drink again"),
      product(ean(3), "Crème fraîche", 300),
    ].join("\n");
    const bytes = new Uint8Array([...enc.encode(text + "\n"), ...enc.encode('{"code":"1'), 0xff, 0x0a]);
    const limits = { maxLineBytes: 1024 };
    const plain = await importOffFile(db, file("p.jsonl", bytes), "jsonl", { limits });
    expect(plain.imported).toBe(3);
    expect(plain.skipped).toEqual([
      { line: 2, reason: "not valid JSON" },
      { line: 4, reason: "line is longer than 1 KiB" },
      { line: 5, id: ean(1), reason: "duplicate barcode" },
      { line: 7, reason: "not valid UTF-8 text" },
    ]);
    expect(plain.skippedTotal).toBe(4);
    for (const name of ["p.jsonl.gz", "p-really-gzip.jsonl"]) {
      const r = await importOffFile(db, file(name, gzipSync(bytes)), "jsonl", { limits });
      expect(r).toEqual(plain);
    }
    expect(await countFoods(db, "off")).toBe(base + 3);
    expect((await findFoodBySource(db, "off", ean(3)))?.originalName).toBe("Crème fraîche");
  });

  it("OFF's tab-separated CSV: a leading quote is text, a raw tab skips only its row", async () => {
    const db = getDb();
    const tsv = [
      "code\tproduct_name\tbrands\tenergy-kcal_100g\tproteins_100g",
      `${ean(10)}\t"Best" biscuits\tAcme\t480\t6`,
      `${ean(11)}\tTab\tinside\tAcme\t400\t5`,
      `${ean(12)}\tShortbread\tAcme\t500\t5`,
    ].join("\n");
    const r = await importOffFile(db, file("off.csv.gz", gzipSync(enc.encode(tsv))), "csv");
    expect(r.imported).toBe(2);
    expect(r.skipped).toEqual([{ line: 3, reason: "expected 5 fields, found 6 (a tab inside a field?)" }]);
    expect((await findFoodBySource(db, "off", ean(10)))?.originalName).toBe('"Best" biscuits');
    expect((await findFoodBySource(db, "off", ean(12)))?.per100g.proteinG).toBe(5000);
  });

  it("a comma-separated CSV keeps RFC quotes; an unclosed quote skips only its row", async () => {
    const db = getDb();
    const csv = [
      "code,product_name,energy-kcal_100g",
      `${ean(20)},"Peas, garden",81`,
      `${ean(21)},"Unclosed,90`,
      `${ean(22)},Beans,100`,
    ].join("\r\n");
    const r = await importOff(db, enc.encode(csv), "csv");
    expect(r.imported).toBe(2);
    expect(r.skipped).toEqual([{ line: 3, reason: "a quoted field is not closed" }]);
    expect((await findFoodBySource(db, "off", ean(20)))?.originalName).toBe("Peas, garden");
  });

  it("keeps the first 20 skipped rows and counts the rest by reason", async () => {
    const db = getDb();
    const lines = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? "{bad" : product("123", `x${i}`)));
    const r = await importOff(db, enc.encode(lines.join("\n")), "jsonl");
    expect(r.imported).toBe(0);
    expect(r.skipped).toHaveLength(20);
    expect(r.skipped[19]).toEqual({
      line: 20,
      id: "123",
      reason: "barcode check digit is wrong (EAN/UPC mod-10)",
    });
    expect(r.skippedTotal).toBe(50);
    expect(r.skippedByReason).toEqual([
      { reason: "not valid JSON", count: 25 },
      { reason: "barcode check digit is wrong (EAN/UPC mod-10)", count: 25 },
    ]);
  });

  it("writes in batches: a truncated .gz keeps the committed batches and says so; re-importing is safe", async () => {
    const db = getDb();
    const base = await countFoods(db, "off"); // the database is shared by the tests above
    const text = Array.from({ length: 3000 }, (_, i) => product(ean(1000 + i), `Food ${i}`)).join("\n");
    const gz = gzipSync(enc.encode(text));
    const cut = file("cut.jsonl.gz", gz.subarray(0, Math.floor(gz.length * 0.8)));
    const err = await importOffFile(db, cut, "jsonl", { batchSize: 500 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toMatch(
      /cannot be read to the end: it ends early .*\(after row \d+\)/,
    );
    const written = (err as ImportError).written;
    expect(written % 500).toBe(0);
    expect(written).toBeGreaterThan(0);
    expect(await countFoods(db, "off")).toBe(base + written);
    // Small enough for one batch: all or nothing.
    const smallGz = gzipSync(enc.encode(text.split("\n").slice(0, 300).join("\n")));
    const small = file("small.jsonl.gz", smallGz.subarray(0, Math.floor(smallGz.length * 0.8)));
    const before = await countFoods(db, "off");
    await expect(importOffFile(db, small, "jsonl")).rejects.toMatchObject({ written: 0 });
    expect(await countFoods(db, "off")).toBe(before);
    const whole = await importOffFile(db, file("whole.jsonl.gz", gz), "jsonl", { batchSize: 500 });
    expect(whole.imported).toBe(3000);
    expect(await countFoods(db, "off")).toBe(base + 3000);
  });

  it("refuses a gzip bomb, an empty file and a CSV without the needed columns, writing nothing", async () => {
    const db = getDb();
    const before = await countFoods(db);
    const bomb = file("bomb.jsonl.gz", gzipSync(new Uint8Array(4 * 1024 * 1024)));
    await expect(
      importOffFile(db, bomb, "jsonl", { limits: { gzipRatioFloor: 1024 * 1024 } }),
    ).rejects.toThrow(/gzip bomb/);
    await expect(importOffFile(db, file("empty.csv", new Uint8Array()), "csv")).rejects.toThrow(
      /export is empty/,
    );
    await expect(importOff(db, enc.encode("code\tname\n1\tx\n"), "csv")).rejects.toThrow(
      /lacks column\(s\) product_name/,
    );
    expect(await countFoods(db)).toBe(before);
  });
});
