import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { addDays, dayToIso, isoToDay } from "./iso-day.js";

describe("ISO day arithmetic", () => {
  it("counts leap days and month ends", () => {
    expect(isoToDay("2024-03-01", "d") - isoToDay("2024-02-28", "d")).toBe(2); // 2024 is a leap year
    expect(isoToDay("2023-03-01", "d") - isoToDay("2023-02-28", "d")).toBe(1);
    expect(isoToDay("2025-01-01", "d") - isoToDay("2024-01-01", "d")).toBe(366);
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });
  it("round-trips every day number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (d) => {
        expect(isoToDay(dayToIso(d), "d")).toBe(d);
      }),
    );
  });
  it.each(["2025-02-30", "2025-13-01", "25-01-01", "", "2025/01/01", "yesterday"])("rejects %j", (s) => {
    expect(() => isoToDay(s, "from")).toThrow(InvalidInputError);
    expect(() => isoToDay(s, "from")).toThrow(/^from: from must be/);
  });
});
