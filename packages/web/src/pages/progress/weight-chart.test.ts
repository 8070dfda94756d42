import { describe, expect, it } from "vitest";
import { KG_PER_LB } from "@leanback/core/units/convert";
import { pointCount } from "../../charts/chart-model.js";
import { weightChart, type WeightChartInput } from "./weight-chart.js";

const person = { sex: "male", ageYears: 35, heightCm: 180, pal: 1.6, bodyFatPct: 25 } as const;
const base: WeightChartInput = {
  weighIns: [
    { date: "2025-01-01", weightKg: 80 },
    { date: "2025-01-03", weightKg: 79 },
  ],
  person,
  targetKcal: 2000,
  today: "2025-01-03",
  aheadDays: 14,
  unit: "kg",
};
const series = (c: ReturnType<typeof weightChart>, key: string) => c.model.series.find((s) => s.key === key);

describe("weightChart", () => {
  it("draws the Hacker's Diet trend (Walker 1991: 80, 79.95, 79.855 for 80 kg then 79 kg two days later)", () => {
    const c = weightChart(base);
    const trend = series(c, "trend");
    const first3 = c.model.dates.slice(0, 3).map((_, i) => trend?.values[i]);
    expect(first3[0]).toBeCloseTo(80, 9);
    expect(first3[1]).toBeCloseTo(79.95, 9);
    expect(first3[2]).toBeCloseTo(79.855, 9);
    expect(c.latestTrendKg).toBeCloseTo(79.855, 9);
  });

  it("shows each weigh-in as a point and the plan from the first weigh-in to aheadDays past today", () => {
    const c = weightChart(base);
    expect(pointCount(series(c, "logged") as never)).toBe(2);
    const plan = series(c, "plan");
    expect(plan?.values[0]).toBeCloseTo(80, 9); // day 0 of Hall's model is the start weight
    expect(c.model.dates.at(-1)).toBe("2025-01-17");
    expect(pointCount(plan as never)).toBe(17);
    expect(c.model.bands).toEqual([["plan-high", "plan-low"]]);
  });

  it("keeps the plan inside its band: low ≤ plan ≤ high every day, and a deficit loses weight", () => {
    const c = weightChart({ ...base, aheadDays: 120 });
    const [hi, lo, mid] = ["plan-high", "plan-low", "plan"].map((k) => series(c, k)?.values ?? []) as [
      (number | null)[],
      (number | null)[],
      (number | null)[],
    ];
    for (let i = 0; i < c.model.dates.length; i++) {
      const m = mid[i];
      if (m === null || m === undefined) continue;
      expect(lo[i]).toBeLessThanOrEqual(m);
      expect(hi[i]).toBeGreaterThanOrEqual(m);
    }
    expect(mid.at(-1)).toBeLessThan(80);
  });

  it("converts to pounds by the exact 1959 factor", () => {
    const kg = weightChart(base);
    const lb = weightChart({ ...base, unit: "lb" });
    expect(series(lb, "logged")?.values[0]).toBeCloseTo(80 / KG_PER_LB, 9);
    expect(series(lb, "plan")?.values.at(-1)).toBeCloseTo(
      (series(kg, "plan")?.values.at(-1) ?? NaN) / KG_PER_LB,
      9,
    );
  });

  it("says why the plan is missing instead of drawing a made-up one", () => {
    const c = weightChart({ ...base, targetKcal: null });
    expect(c.planMissing).toMatch(/target/);
    expect(series(c, "plan")).toBeUndefined();
    const none = weightChart({ ...base, weighIns: [] });
    expect(none.model.dates).toEqual([]);
    expect(none.latestTrendKg).toBeNull();
  });
});
