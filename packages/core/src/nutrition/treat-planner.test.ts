import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { planTreat, type PlanDay } from "./treat-planner.js";

const week = (target: number): PlanDay[] =>
  ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"].map(
    (date) => ({
      date,
      targetKcal: target,
    }),
  );

describe("treat planner", () => {
  it("spreads a planned Saturday treat over the rest of the week", () => {
    const plan = planTreat({
      days: week(1800),
      treatDate: "2026-11-21",
      treatKcal: 600,
      floorKcal: 1500,
      adjustableFrom: "2026-11-16",
    });
    expect(plan.feasible).toBe(true);
    expect(plan.days.find((d) => d.date === "2026-11-21")?.targetKcal).toBe(2400);
    expect(plan.days.filter((d) => d.changeKcal < 0).map((d) => d.changeKcal)).toEqual([
      -100, -100, -100, -100, -100, -100,
    ]);
    expect(plan.weeklyPlannedKcal).toBe(plan.weeklyBudgetKcal);
  });

  it("says how much is uncovered when the floor binds, and what it costs", () => {
    // Only Sunday is left to absorb it: 1600 − 1500 = 100 kcal of room.
    const plan = planTreat({
      days: week(1600),
      treatDate: "2026-11-21",
      treatKcal: 900,
      floorKcal: 1500,
      adjustableFrom: "2026-11-22",
      dailyDeficitKcal: 500,
    });
    expect(plan.feasible).toBe(false);
    expect(plan.overBudgetKcal).toBe(800);
    expect(plan.forecastDelayDays).toBe(2);
    expect(plan.estimatedExtraKg).toBe(0.1);
    expect(plan.days.find((d) => d.date === "2026-11-22")?.targetKcal).toBe(1500);
  });

  it("rejects bad input", () => {
    expect(() =>
      planTreat({
        days: week(1800),
        treatDate: "2026-12-01",
        treatKcal: 500,
        floorKcal: 1500,
        adjustableFrom: "2026-11-16",
      }),
    ).toThrow(InvalidInputError);
    expect(() =>
      planTreat({
        days: week(1800),
        treatDate: "2026-11-21",
        treatKcal: -5,
        floorKcal: 1500,
        adjustableFrom: "2026-11-16",
      }),
    ).toThrow(/treat/);
  });

  const input = fc.record({
    targets: fc.array(fc.integer({ min: 1200, max: 3500 }), { minLength: 7, maxLength: 7 }),
    treatIndex: fc.integer({ min: 0, max: 6 }),
    fromIndex: fc.integer({ min: 0, max: 6 }),
    treatKcal: fc.integer({ min: 1, max: 3000 }),
    floor: fc.integer({ min: 1200, max: 1800 }),
  });

  it("property: floors are always kept and the weekly sum is preserved when feasible", () => {
    fc.assert(
      fc.property(input, ({ targets, treatIndex, fromIndex, treatKcal, floor }) => {
        const days = week(0).map((d, i) => ({ date: d.date, targetKcal: targets[i] ?? 2000 }));
        const treatDate = days[treatIndex]?.date ?? "";
        const plan = planTreat({
          days,
          treatDate,
          treatKcal,
          floorKcal: floor,
          adjustableFrom: days[fromIndex]?.date ?? "",
        });
        plan.days.forEach((d, i) => {
          const before = days[i]?.targetKcal ?? 0;
          if (d.changeKcal < 0) expect(d.targetKcal).toBeGreaterThanOrEqual(floor);
          if (d.date < (days[fromIndex]?.date ?? "") && d.date !== treatDate)
            expect(d.targetKcal).toBe(before);
        });
        const sum = plan.days.reduce((s, d) => s + d.targetKcal, 0);
        expect(sum).toBe(plan.weeklyBudgetKcal + plan.overBudgetKcal);
        if (plan.feasible) expect(sum).toBe(plan.weeklyBudgetKcal);
        else expect(plan.overBudgetKcal).toBeGreaterThan(0);
      }),
    );
  });
});
