import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.js";

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
