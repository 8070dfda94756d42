import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { calorieTarget } from "./calorie-target.js";
import { calorieFloor } from "./floor.js";

describe("calorie target", () => {
  it("defaults to 500 kcal/d below maintenance: 2600 → 2100, ≈0.45 kg/week at 7700 kcal/kg", () => {
    const t = calorieTarget({
      maintenanceKcal: 2600,
      weightKg: 90,
      mode: { kind: "default" },
      floorKcal: 1500,
    });
    expect(t.targetKcal).toBe(2100);
    expect(t.deficitKcal).toBe(500);
    expect(t.rateKgPerWeek).toBeCloseTo((500 * 7) / 7700, 12);
    expect(t.capped).toBe(false);
  });
  it("caps the default at 1 %BW/week: 40 kg allows 0.4·7700/7 = 440 kcal/d", () => {
    const t = calorieTarget({
      maintenanceKcal: 2000,
      weightKg: 40,
      mode: { kind: "default" },
      floorKcal: 1300,
    });
    expect(t.targetKcal).toBe(1560);
    expect(t.capped).toBe(true);
  });
  it("turns %BW/week into a deficit with the energy density: 0.5 % of 90 kg at 7477 kcal/kg = 480.7 kcal/d", () => {
    const t = calorieTarget({
      maintenanceKcal: 2600,
      weightKg: 90,
      mode: { kind: "rate", rate: { kind: "pctPerWeek", value: 0.5 } },
      floorKcal: 1500,
      energyDensityKcalPerKg: 7477,
    });
    expect(t.targetKcal).toBe(Math.round(2600 - (0.45 * 7477) / 7));
  });
  it("raises the target to the floor and reports the smaller deficit", () => {
    const t = calorieTarget({
      maintenanceKcal: 1700,
      weightKg: 60,
      mode: { kind: "default" },
      floorKcal: 1300,
    });
    expect(t.targetKcal).toBe(1300);
    expect(t.floorApplied).toBe(true);
    expect(t.deficitKcal).toBe(400);
  });
  it("never goes below the floor, and never above maintenance, whatever the inputs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1000, max: 5000, noNaN: true }),
        fc.double({ min: 40, max: 250, noNaN: true }),
        fc.constantFrom("female" as const, "male" as const),
        fc.option(fc.integer({ min: 1500, max: 2000 }), { nil: undefined }),
        fc.oneof(
          fc.constant({ kind: "default" } as const),
          fc.double({ min: 0, max: 1, noNaN: true }).map((value) => ({
            kind: "rate" as const,
            rate: { kind: "pctPerWeek" as const, value },
          })),
          fc.double({ min: 0, max: 2, noNaN: true }).map((value) => ({
            kind: "rate" as const,
            rate: { kind: "kgPerWeek" as const, value },
          })),
        ),
        (maintenanceKcal, weightKg, sex, configured, mode) => {
          const floorKcal = calorieFloor(sex, configured);
          const t = calorieTarget({ maintenanceKcal, weightKg, mode, floorKcal });
          if (maintenanceKcal > floorKcal) expect(t.targetKcal).toBeGreaterThanOrEqual(floorKcal);
          else
            expect(t).toMatchObject({
              targetKcal: Math.round(maintenanceKcal),
              deficitKcal: 0,
              maintenanceAtFloor: true,
            });
          // A "deficit" is never a surplus (+½ kcal of rounding).
          expect(t.targetKcal).toBeLessThanOrEqual(maintenanceKcal + 0.5);
          // + ½ kcal of rounding: 0.5·7/7700 kg/week.
          expect(t.rateKgPerWeek).toBeLessThanOrEqual(weightKg * 0.01 + 0.001);
        },
      ),
    );
  });
  it("offers maintenance, not a surplus, when maintenance is below the floor (70-y 45 kg woman: 1234 vs 1300)", () => {
    const t = calorieTarget({
      maintenanceKcal: 1234,
      weightKg: 45,
      mode: { kind: "default" },
      floorKcal: 1300,
    });
    expect(t).toMatchObject({
      targetKcal: 1234,
      deficitKcal: 0,
      rateKgPerWeek: 0,
      maintenanceAtFloor: true,
      floorApplied: false,
    });
    // One kcal above the floor still plans (a 1 kcal deficit is the floor's doing, not a surplus).
    const above = calorieTarget({
      maintenanceKcal: 1301,
      weightKg: 45,
      mode: { kind: "default" },
      floorKcal: 1300,
    });
    expect(above).toMatchObject({ targetKcal: 1300, maintenanceAtFloor: false, floorApplied: true });
  });
  it("rejects a floor below 1200 and unknown maintenance", () => {
    expect(() =>
      calorieTarget({ maintenanceKcal: 2000, weightKg: 70, mode: { kind: "default" }, floorKcal: 1000 }),
    ).toThrow(InvalidInputError);
    expect(() =>
      calorieTarget({
        maintenanceKcal: Number.NaN,
        weightKg: 70,
        mode: { kind: "default" },
        floorKcal: 1300,
      }),
    ).toThrow("maintenance must be 800–8000 kcal/d");
  });
});
