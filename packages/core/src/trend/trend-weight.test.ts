import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { addDays } from "./iso-day.js";
import { trendWeights } from "./trend-weight.js";

const series = (start: string, kgs: readonly number[]) =>
  kgs.map((weightKg, i) => ({ date: addDays(start, i), weightKg }));

describe("trend weight (Walker, The Hacker's Diet: 10 % smoothing)", () => {
  it("is seeded with the first weight and follows T_n = T_{n−1} + 0.1·(W_n − T_{n−1})", () => {
    const t = trendWeights(series("2025-01-01", [80, 81, 79])).map((p) => p.trendKg);
    // 80; 80 + 0.1·(81 − 80) = 80.1; 80.1 + 0.1·(79 − 80.1) = 79.99
    expect(t[0]).toBe(80);
    expect(t[1]).toBeCloseTo(80.1, 12);
    expect(t[2]).toBeCloseTo(79.99, 12);
  });
  it("after a step from 80 to 79 kg the remaining gap is 0.9^n (90 % closed after 22 days)", () => {
    const kgs = [80, ...Array.from({ length: 30 }, () => 79)];
    const t = trendWeights(series("2025-01-01", kgs));
    for (const n of [1, 7, 22, 30]) expect((t[n]?.trendKg ?? NaN) - 79).toBeCloseTo(0.9 ** n, 10);
  });
  it("fills a gap by interpolation across months and a leap day, never with zero", () => {
    const t = trendWeights([
      { date: "2024-02-27", weightKg: 80 },
      { date: "2024-03-02", weightKg: 78 }, // 28th, 29th, 1st missing
    ]);
    expect(t.map((p) => p.date)).toEqual([
      "2024-02-27",
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
      "2024-03-02",
    ]);
    expect(t.map((p) => p.usedKg)).toEqual([80, 79.5, 79, 78.5, 78]);
    expect(t.filter((p) => p.loggedKg === undefined)).toHaveLength(3);
  });
  it("with gaps equals the trend of the same series with the gaps filled by interpolation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.double({ min: 50, max: 150, noNaN: true })), {
          minLength: 2,
          maxLength: 40,
        }),
        (steps) => {
          let day = 0;
          const sparse = steps.map(([gap, kg]) => ({
            date: addDays("2020-01-01", (day += gap)),
            weightKg: kg,
          }));
          const withGaps = trendWeights(sparse);
          const filled = trendWeights(withGaps.map((p) => ({ date: p.date, weightKg: p.usedKg })));
          withGaps.forEach((p, i) => expect(p.trendKg).toBeCloseTo(filled[i]?.trendKg ?? NaN, 9));
          const lo = Math.min(...sparse.map((w) => w.weightKg));
          const hi = Math.max(...sparse.map((w) => w.weightKg));
          for (const p of withGaps) {
            expect(p.trendKg).toBeGreaterThanOrEqual(lo - 1e-9);
            expect(p.trendKg).toBeLessThanOrEqual(hi + 1e-9);
          }
        },
      ),
    );
  });
  it("averages same-day weigh-ins and ignores input order", () => {
    const a = trendWeights([
      { date: "2025-01-02", weightKg: 79 },
      { date: "2025-01-01", weightKg: 80 },
      { date: "2025-01-02", weightKg: 81 },
    ]);
    expect(a.map((p) => p.loggedKg)).toEqual([80, 80]);
    expect(a[1]?.trendKg).toBe(80);
  });
  it("fails loudly on no data or bad weights", () => {
    expect(() => trendWeights([])).toThrow(InvalidInputError);
    expect(() => trendWeights([{ date: "2025-01-01", weightKg: 0 }])).toThrow("weight must be 25–400 kg");
    expect(() => trendWeights([{ date: "2025-01-32", weightKg: 80 }])).toThrow(InvalidInputError);
  });
});
