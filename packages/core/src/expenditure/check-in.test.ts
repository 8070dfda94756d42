import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weeklyCheckIn, type CheckInInput } from "./check-in.js";

const base: CheckInInput = {
  expenditureKcal: 2500,
  confidence: "high",
  daysUsed: 26,
  energyDensityKcalPerKg: 7700,
  currentTargetKcal: 2200,
  weightKg: 90,
  rate: { kind: "kgPerWeek", value: 0.5 },
  floorKcal: 1500,
};

describe("weekly check-in", () => {
  it("0.5 kg/week at 7700 kcal/kg needs 550 kcal/d: ideal 1950; half-way from 2200 → 2075", () => {
    const c = weeklyCheckIn(base);
    expect(c.idealKcal).toBeCloseTo(1950, 9);
    expect(c.targetKcal).toBe(2075);
    expect(c.changeKcal).toBe(-125);
    expect(c.explanation).toContain("2,500 kcal/d");
    expect(c.explanation).toContain("half of the way from 2,200");
  });
  it("moves a quarter of the way on low confidence and at most 150 kcal/d", () => {
    expect(weeklyCheckIn({ ...base, confidence: "low" }).targetKcal).toBe(2138); // 2200 − 250/4 = 2137.5, rounded
    expect(weeklyCheckIn({ ...base, currentTargetKcal: 3000 }).changeKcal).toBe(-150);
  });
  it("%BW/week rates use the current weight: 0.5 % of 90 kg = 0.45 kg/week", () => {
    const c = weeklyCheckIn({ ...base, rate: { kind: "pctPerWeek", value: 0.5 } });
    expect(c.rateKgPerWeek).toBeCloseTo(0.45, 12);
    expect(c.idealKcal).toBeCloseTo(2500 - (0.45 * 7700) / 7, 9);
  });
  it("caps the rate at 1 % of body weight a week and says so", () => {
    const c = weeklyCheckIn({ ...base, weightKg: 60, rate: { kind: "kgPerWeek", value: 1 } });
    expect(c.rateKgPerWeek).toBeCloseTo(0.6, 12);
    expect(c.rateCapped).toBe(true);
    expect(c.explanation).toContain("capped at 1 %");
  });
  it("never proposes a target below the floor", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1200, max: 4500, noNaN: true }),
        fc.double({ min: 1200, max: 4500, noNaN: true }),
        fc.constantFrom("low" as const, "medium" as const, "high" as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 45, max: 200, noNaN: true }),
        fc.integer({ min: 1200, max: 1800 }),
        (ee, current, confidence, pct, weightKg, floorKcal) => {
          const c = weeklyCheckIn({
            ...base,
            expenditureKcal: ee,
            currentTargetKcal: current,
            confidence,
            weightKg,
            rate: { kind: "pctPerWeek", value: pct },
            floorKcal,
          });
          expect(c.targetKcal).toBeGreaterThanOrEqual(floorKcal);
          if (!c.floorApplied) expect(Math.abs(c.changeKcal)).toBeLessThanOrEqual(150.5);
        },
      ),
    );
  });
  it("repeated check-ins at a steady expenditure converge on the ideal target", () => {
    let target = 2600;
    for (let week = 0; week < 12; week++)
      target = weeklyCheckIn({ ...base, currentTargetKcal: target }).targetKcal;
    expect(Math.abs(target - 1950)).toBeLessThanOrEqual(1);
  });
  it("states when the floor holds the target up", () => {
    const c = weeklyCheckIn({ ...base, expenditureKcal: 1700, currentTargetKcal: 1550 });
    expect(c.targetKcal).toBe(1500);
    expect(c.floorApplied).toBe(true);
    expect(c.explanation).toContain("floor");
  });
});

describe("weeklyCheckIn with an 80 % interval", () => {
  const base = {
    expenditureKcal: 2500,
    confidence: "medium" as const,
    daysUsed: 20,
    energyDensityKcalPerKg: 7700,
    currentTargetKcal: 2200,
    weightKg: 90,
    rate: { kind: "kgPerWeek" as const, value: 0.5 },
    floorKcal: 1500,
  };

  it("moves half-way when the range is narrow and less when it is wide", () => {
    // ideal = 2500 − 0.5·7700/7 = 1950; gap −250.
    expect(weeklyCheckIn({ ...base, halfWidth80Kcal: 150 }).changeKcal).toBe(-125);
    // ±400: fraction 0.5·200/400 = 0.25 → −62.5 → −62 (rounded toward the current target's side).
    const wide = weeklyCheckIn({ ...base, halfWidth80Kcal: 400 });
    expect(wide.changeKcal).toBe(Math.round(2200 - 62.5) - 2200);
    expect(wide.explanation).toMatch(/80 % range 2,100–2,900/);
    expect(wide.explanation).toMatch(/a quarter of the way .*less when the range is wide/);
    // Very wide: never under an eighth.
    expect(weeklyCheckIn({ ...base, halfWidth80Kcal: 4000 }).changeKcal).toBe(
      Math.round(2200 - 31.25) - 2200,
    );
  });

  it("names a bad half-width", () => {
    expect(() => weeklyCheckIn({ ...base, halfWidth80Kcal: -1 })).toThrow(/halfWidth80Kcal/);
  });
});
