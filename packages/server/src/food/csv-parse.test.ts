import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "../features/shared/csv.js";
import { csvRecords, CsvError, decodeUtf8, parseCsv } from "./csv-parse.js";

describe("CSV parser", () => {
  it("handles quotes, doubled quotes, embedded newlines, CRLF and a BOM", () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"multi\nline",\r\n';
    const rows = [...parseCsv(text)].map((r) => r.cells);
    expect(rows).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "multi\nline", ""],
    ]);
  });

  it("reads TSV and maps records by header", () => {
    const recs = [...csvRecords("code\tproduct_name\n123\tOats\n", ["code"], { delimiter: "\t" })];
    expect(recs).toEqual([{ line: 2, row: { code: "123", product_name: "Oats" } }]);
  });

  it("refuses missing columns, ragged rows and open quotes with the line number", () => {
    expect(() => [...csvRecords("a,b\n1,2\n", ["fdc_id"], { file: "food.csv" })]).toThrow(
      /food.csv lacks column\(s\) fdc_id/,
    );
    expect(() => [...csvRecords("a,b\n1,2,3\n", ["a"])]).toThrow(/line 2: expected 2 fields, found 3/);
    expect(() => [...parseCsv('a\n"open\n')]).toThrow(CsvError);
  });

  it("refuses text that is not UTF-8", () => {
    expect(() => decodeUtf8(new Uint8Array([0x61, 0xff, 0xfe, 0x62]), "food.csv")).toThrow(/not valid UTF-8/);
    expect(decodeUtf8(new TextEncoder().encode("Crème"), "x")).toBe("Crème");
  });
});

describe("csv round trip (property)", () => {
  it("any text survives toCsv → this RFC 4180 parser, which was written independently of it", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "Z", " ", ",", '"', "\r", "\n", "é", "🙂", "x", "=", "-", "@"),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 4 })
          .chain((n) =>
            fc
              .array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 })
              .map((rows) => ({ n, rows })),
          ),
        ({ n, rows }) => {
          const headers = Array.from({ length: n }, (_, i) => `c${i}`);
          const records = rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v])));
          const parsed = [...parseCsv(toCsv(headers, records))].map((x) => x.cells);
          expect(parsed).toEqual([headers, ...rows.map((r) => r.map(neutraliseFormula))]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
