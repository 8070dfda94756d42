import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { bodyFatGoalWeight, FORBES_LEAN_KG } from "./body-fat-goal.js";
import { hallBaseline, simulateHall } from "./hall-model.js";

describe("a body-fat goal as a weight, by the Hall model's fat/lean partition", () => {
  const man = { sex: "male", ageYears: 40, heightCm: 180, weightKg: 100, pal: 1.6, bodyFatPct: 30 } as const;

  it("Forbes' constant in mass is 10.4 kg (Forbes 1987)", () => {
    expect(FORBES_LEAN_KG).toBeCloseTo(10.4, 12);
  });

  it("100 kg at 30 % to 20 %: 79.2 kg, where holding lean mass said 87.5 kg", () => {
    const r = bodyFatGoalWeight({ weightKg: 100, bodyFatPct: 30, goalBodyFatPct: 20 });
    // By hand: W(F) = 100 − (30 − F) − 10.4·ln(30/F) and F = 0.2·W → F ≈ 15.84, W ≈ 79.20.
    expect(r.fatKg / r.weightKg).toBeCloseTo(0.2, 9);
    expect(r.weightKg).toBeCloseTo(100 - (30 - r.fatKg) - 10.4 * Math.log(30 / r.fatKg), 9);
    expect(r.weightKg).toBeCloseTo(79.2, 1);
    expect(r.leanLossKg).toBeCloseTo(10.4 * Math.log(30 / r.fatKg), 9);
    const leanHeld = 70 / (1 - 0.2);
    expect(leanHeld).toBe(87.5);
    expect(leanHeld - r.weightKg).toBeGreaterThan(8);
  });

  it("matches the Hall model run until body fat is 20 % (carbohydrate held, so water stays)", () => {
    const b = hallBaseline(man);
    const ei = b.intakeKcal - 1000;
    // The same grams of carbohydrate as at baseline: glycogen and ECF stay put (Hall 2011).
    const run = simulateHall(man, { days: 600, intake: () => ei, carbFraction: (0.5 * b.intakeKcal) / ei });
    const i = run.findIndex((d) => d.fatKg / d.weightKg <= 0.2);
    const before = run[i - 1];
    const after = run[i];
    if (before === undefined || after === undefined) throw new Error("20 % not reached");
    const r = bodyFatGoalWeight({ weightKg: 100, bodyFatPct: 30, goalBodyFatPct: 20 });
    expect(r.weightKg).toBeLessThanOrEqual(before.weightKg + 1e-9);
    expect(r.weightKg).toBeGreaterThanOrEqual(after.weightKg - 1e-9);
    // And the old answer: at 87.5 kg the model's person is still at about 25 % body fat.
    const at = run.find((d) => d.weightKg <= 87.5);
    expect(at && at.fatKg / at.weightKg).toBeGreaterThan(0.24);
  });

  it("a woman of 70 kg at 32 % aiming for 25 %: 57.3 kg (lean held would say 63.5)", () => {
    const r = bodyFatGoalWeight({ weightKg: 70, bodyFatPct: 32, goalBodyFatPct: 25 });
    expect(r.fatKg / r.weightKg).toBeCloseTo(0.25, 9);
    expect(r.weightKg).toBeCloseTo(70 - (22.4 - r.fatKg) - 10.4 * Math.log(22.4 / r.fatKg), 9);
    expect(r.weightKg).toBeCloseTo(57.3, 1);
  });

  it("refuses a goal at or above today's body fat, naming the field", () => {
    expect(() => bodyFatGoalWeight({ weightKg: 80, bodyFatPct: 20, goalBodyFatPct: 20 })).toThrow(
      InvalidInputError,
    );
    expect(() => bodyFatGoalWeight({ weightKg: 80, bodyFatPct: 20, goalBodyFatPct: 25 })).toThrow(
      "goalBodyFatPct: the body-fat goal must be below today's body fat",
    );
    expect(() => bodyFatGoalWeight({ weightKg: 80, bodyFatPct: 75, goalBodyFatPct: 25 })).toThrow(
      "bodyFatPct: body fat must be 3–60 %",
    );
  });
});
