import { describe, expect, it } from "vitest";
import { GtinSet } from "./gtin-set.js";

describe("GtinSet", () => {
  it("tells a new code from a seen one, keeps leading zeros apart, and grows", () => {
    const s = new GtinSet();
    expect(s.add("4006381333931")).toBe(true);
    expect(s.add("4006381333931")).toBe(false);
    expect(s.add("04006381333931")).toBe(true); // same number, other length: another source id
    for (let i = 0; i < 100_000; i++) expect(s.add(String(10_000_000 + i * 7))).toBe(true);
    for (let i = 0; i < 100_000; i += 997) expect(s.add(String(10_000_000 + i * 7))).toBe(false);
    expect(s.size).toBe(100_002);
    expect(s.add("99999999999999")).toBe(true);
    expect(() => s.add("12a")).toThrow(RangeError);
  });
});
