import { describe, expect, it } from "vitest";
import { csvCell, neutraliseFormula, toCsv, UTF8_BOM } from "./csv.js";

describe("csv", () => {
  it("quotes only cells that need it and doubles quotes (RFC 4180 §2.6–2.7)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(81.25)).toBe("81.25");
  });

  it("writes a header row and one line per record", () => {
    const text = toCsv(
      ["date", "note"],
      [
        { date: "2026-11-20", note: "after, run" },
        { date: "2026-11-21", note: null },
      ],
    );
    expect(text).toBe('date,note\r\n2026-11-20,"after, run"\r\n2026-11-21,\r\n');
  });
});

describe("formula neutralising (OWASP CSV injection)", () => {
  it.each(['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\0x"])(
    "puts a single quote before %j",
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it("leaves other text, and numbers (a negative number stays a number), alone", () => {
    for (const text of ["plain", " =x", "a=b", "'quoted", ""]) expect(neutraliseFormula(text)).toBe(text);
    expect(csvCell(-2.5)).toBe("-2.5");
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell('=A1,"b"')).toBe(`"'=A1,""b"""`);
  });

  it("starts the file with a UTF-8 BOM only when asked", () => {
    expect(toCsv(["a"], [{ a: "é" }], { bom: true })).toBe(`${UTF8_BOM}a\r\né\r\n`);
    expect(toCsv(["a"], [{ a: "é" }]).startsWith("a")).toBe(true);
  });
});
