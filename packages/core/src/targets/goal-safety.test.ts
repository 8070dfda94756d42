import { describe, expect, it } from "vitest";
import {
  bmi,
  healthyWeightFloorKg,
  noDeficitReason,
  requireSafeBodyFatGoal,
  requireSafeGoalWeight,
  safeStopWeightKg,
  waterAndGlycogenNote,
} from "./goal-safety.js";

describe("goal safety screen", () => {
  it("healthy weight floor is BMI 18.5, rounded up to 0.1 kg (hand-computed)", () => {
    expect(healthyWeightFloorKg(165)).toBe(50.4); // 18.5 × 2.7225 = 50.366
    expect(healthyWeightFloorKg(178)).toBe(58.7); // 18.5 × 3.1684 = 58.615
    expect(healthyWeightFloorKg(200)).toBe(74); // exactly 74.0
    expect(bmi(45, 165)).toBeCloseTo(16.53, 2);
  });

  it("refuses a goal below BMI 18.5 naming the field and the nearest safe goal", () => {
    expect(() =>
      requireSafeGoalWeight({ sex: "female", heightCm: 165, weightKg: 55, goalKg: 45 }, "goal.weightKg"),
    ).toThrow(
      expect.objectContaining({
        field: "goal.weightKg",
        rule: expect.stringContaining("nearest safe goal is 50.4 kg"),
      }),
    );
    expect(() =>
      requireSafeGoalWeight({ sex: "female", heightCm: 165, weightKg: 55, goalKg: 50.4 }),
    ).not.toThrow();
  });

  it("names a gain goal as a gain and refuses it (80 → 85 kg)", () => {
    expect(() => requireSafeGoalWeight({ sex: "male", heightCm: 180, weightKg: 80, goalKg: 85 })).toThrow(
      expect.objectContaining({ rule: expect.stringContaining("weight-gain goal") }),
    );
  });

  it("refuses a 5 % body-fat goal for a woman and 7 % for a man, accepts the floors", () => {
    expect(() => requireSafeBodyFatGoal("female", 5)).toThrow(
      expect.objectContaining({ rule: expect.stringMatching(/15 % for women/) }),
    );
    expect(() => requireSafeBodyFatGoal("male", 7)).toThrow(
      expect.objectContaining({ rule: expect.stringMatching(/8 % for men/) }),
    );
    expect(() => requireSafeBodyFatGoal("female", 15)).not.toThrow();
    expect(() => requireSafeBodyFatGoal("male", 8)).not.toThrow();
    expect(() => requireSafeBodyFatGoal("male", Number.NaN)).toThrow();
  });

  it("no deficit under 18, pregnant or breastfeeding; kind words, never shaming", () => {
    expect(noDeficitReason(17)).toMatch(/Under 18/);
    expect(noDeficitReason(30, { pregnant: true })).toMatch(/pregnancy/);
    expect(noDeficitReason(30, { breastfeeding: true })).toMatch(/breastfeeding/);
    expect(noDeficitReason(18)).toBeNull();
    for (const text of [noDeficitReason(17), noDeficitReason(30, { pregnant: true })])
      expect(text).not.toMatch(/too fat|overweight|obese|fail/i);
  });

  it("a loss of 2 kg or less is water and glycogen; more, or a gain, says nothing", () => {
    expect(waterAndGlycogenNote(80, 79.9)).toMatch(/0\.1 kg.*water and glycogen/);
    expect(waterAndGlycogenNote(80, 78)).not.toBeNull();
    expect(waterAndGlycogenNote(80, 77.9)).toBeNull();
    expect(waterAndGlycogenNote(80, 81)).toBeNull();
    expect(waterAndGlycogenNote(80, 80)).toBeNull(); // no loss at all: nothing to explain
  });

  it("an open-ended deficit stops at the higher of the BMI floor and the body-fat floor", () => {
    // BMI-20 woman, 165 cm: 54.45 kg; no body fat known → BMI floor 50.4.
    expect(safeStopWeightKg({ sex: "female", heightCm: 165, weightKg: 54.45 })).toBe(50.4);
    // At 20 % fat: FFM 43.56 kg; 15 % floor → 43.56 / 0.85 = 51.25 → 51.3 kg, above the BMI floor.
    expect(safeStopWeightKg({ sex: "female", heightCm: 165, weightKg: 54.45, bodyFatPct: 20 })).toBe(51.3);
  });
});
