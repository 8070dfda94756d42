import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../food/import-report.js";
import { sniffDelimiter } from "./csv-table.js";
import { uploadTextFiles } from "./import-files.js";

const limits = { maxEntryBytes: 1000, maxTotalBytes: 1500, maxRatio: 100, maxEntries: 3 };

describe("uploaded files", () => {
  it("a plain CSV loses its BOM; a zip yields its CSVs only, by their base names", () => {
    expect(uploadTextFiles(strToU8("\uFEFFDate,Weight\n"), "m.csv")).toEqual([
      { name: "m.csv", text: "Date,Weight\n" },
    ]);
    const zip = zipSync({
      "File-Export/Nutrition-Summary-x.csv": strToU8("a,b\n"),
      "File-Export/readme.txt": strToU8("hi"),
      "__MACOSX/File-Export/._Nutrition-Summary-x.csv": strToU8("junk"),
    });
    expect(uploadTextFiles(zip, "e.zip")).toEqual([{ name: "Nutrition-Summary-x.csv", text: "a,b\n" }]);
    // Stored (not deflated) entries read as well.
    const stored = zipSync({ "a.csv": strToU8("x,y\n") }, { level: 0 });
    expect(uploadTextFiles(stored, "s.zip")).toEqual([{ name: "a.csv", text: "x,y\n" }]);
    // An entry name cannot carry terminal escapes into a report.
    const escape = zipSync({ "\u001b[31mred.csv": strToU8("a\n") });
    expect(uploadTextFiles(escape, "e.zip").map((f) => f.name)).toEqual(["?[31mred.csv"]);
  });

  it("limits: entry size, total size, entry count; each refused with a clear message", () => {
    const big = zipSync({ "a.csv": new Uint8Array(1001).fill(65) });
    expect(() => uploadTextFiles(big, "big.zip", limits)).toThrow(/a\.csv unpacks to more than/);
    const total = zipSync({ "a.csv": new Uint8Array(900).fill(65), "b.csv": new Uint8Array(900).fill(66) });
    expect(() => uploadTextFiles(total, "t.zip", limits)).toThrow(/t\.zip unpacks to more than/);
    const many = zipSync(Object.fromEntries([1, 2, 3, 4].map((i) => [`${i}.csv`, strToU8("a\n")])));
    expect(() => uploadTextFiles(many, "m.zip", limits)).toThrow(/more than 3 files/);
    expect(() => uploadTextFiles(new Uint8Array(0), "e.csv")).toThrow(ImportError);
  });

  it("a corrupted entry is refused, not half-read", () => {
    const zip = zipSync({ "a.csv": strToU8("Date,Meal,Calories\n".repeat(200)) });
    const broken = zip.slice();
    // Flip bytes inside the deflate stream (after the 30-byte local header and the 5-byte name).
    for (let i = 40; i < 60; i++) broken[i] = (broken[i] ?? 0) ^ 0xff;
    expect(() => uploadTextFiles(broken, "b.zip")).toThrow(ImportError);
  });

  it("sniffs comma, semicolon and tab headers, ignoring delimiters inside quotes", () => {
    expect(sniffDelimiter("Date,Workout Name,Exercise Name\n1;2;3;4;5")).toBe(",");
    expect(sniffDelimiter('"Workout #";"Date";"Name, with comma"\n')).toBe(";");
    expect(sniffDelimiter("title\tstart_time\texercise_title\n")).toBe("\t");
  });
});
