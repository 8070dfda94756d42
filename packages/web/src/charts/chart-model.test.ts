import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignSeries, dayToEpochSeconds, pointCount, valueRange, type DatedSeries } from "./chart-model.js";

const s = (key: string, points: [string, number][]): DatedSeries => ({
  key,
  label: key,
  style: "line",
  color: "accent",
  points: points.map(([date, value]) => ({ date, value })),
});

describe("alignSeries", () => {
  it("puts every series on the sorted union of dates, null where a series has no value", () => {
    const m = alignSeries(
      [
        s("a", [
          ["2026-01-03", 3],
          ["2026-01-01", 1],
        ]),
        s("b", [["2026-01-02", 20]]),
      ],
      [],
      "kg",
    );
    expect(m.dates).toEqual(["2026-01-01", "2026-01-02", "2026-01-03"]);
    expect(m.series[0]?.values).toEqual([1, null, 3]);
    expect(m.series[1]?.values).toEqual([null, 20, null]);
  });

  it("refuses a band naming a series that is not there, and a malformed date", () => {
    expect(() => alignSeries([s("a", [["2026-01-01", 1]])], [["a", "nope"]], "kg")).toThrow(/nope/);
    expect(() => alignSeries([s("a", [["1.1.2026", 1]])], [], "kg")).toThrow(/YYYY-MM-DD/);
  });

  it("keeps every value: the point count of each series equals its distinct input dates", () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(day, { maxLength: 60 }), fc.uniqueArray(day, { maxLength: 60 }), (a, b) => {
        const m = alignSeries(
          [
            s(
              "a",
              a.map((d) => [d, 1]),
            ),
            s(
              "b",
              b.map((d) => [d, 2]),
            ),
          ],
          [],
          "kg",
        );
        expect(m.dates.length).toBe(new Set([...a, ...b]).size);
        expect(pointCount(m.series[0] as never)).toBe(a.length);
        expect(pointCount(m.series[1] as never)).toBe(b.length);
        expect([...m.dates].sort()).toEqual(m.dates);
      }),
    );
  });
});

describe("axis helpers", () => {
  it("counts days as UTC midnights in seconds", () => {
    expect(dayToEpochSeconds("1970-01-02")).toBe(86_400);
  });

  it("pads the y range and never collapses it to zero height", () => {
    const flat = alignSeries([s("a", [["2026-01-01", 80]])], [], "kg");
    const r = valueRange(flat);
    expect(r).not.toBeNull();
    expect((r?.max ?? 0) - (r?.min ?? 0)).toBeGreaterThan(0);
    expect(r?.min).toBeLessThan(80);
    expect(r?.max).toBeGreaterThan(80);
    expect(valueRange(alignSeries([], [], "kg"))).toBeNull();
  });
});
