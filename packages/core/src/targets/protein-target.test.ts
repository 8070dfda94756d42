import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { proteinBasisText, proteinTarget } from "./protein-target.js";

describe("protein a day and a meal", () => {
  it("a 180 kg man at 45 % fat: 2.0 g/kg of his 99 kg fat-free mass = 198 g, not 1.6 × 180 = 288", () => {
    const t = proteinTarget({ weightKg: 180, heightCm: 185, bodyFatPct: 45 });
    expect(t.basis).toBe("fat-free-mass");
    expect(t.basisKg).toBe(99);
    expect(t.gPerDay).toBe(198);
    expect(t.gPerMeal).toBe(66); // 198 ÷ 3
    expect(proteinBasisText(t)).toBe("2 g per kg of your 99 kg fat-free mass");
  });

  it("a 60 kg woman with no body fat uses her 55 kg goal: 88 g a day, 29 g a meal", () => {
    const t = proteinTarget({ weightKg: 60, heightCm: 165, goalKg: 55 });
    expect(t.basis).toBe("goal-weight");
    expect(t.gPerDay).toBe(88); // 55 × 1.6
    expect(t.gPerMeal).toBe(29); // 88 ÷ 3 = 29.3
    expect(proteinBasisText(t)).toBe("1.6 g per kg of your 55 kg goal weight");
  });

  it("no body fat and no goal at BMI 35: today's weight capped at BMI 25", () => {
    // 175 cm: BMI 25 is 25 × 1.75² = 76.5625 kg; × 1.6 = 122.5 → 123 g.
    const t = proteinTarget({ weightKg: 107.2, heightCm: 175 });
    expect(t.basis).toBe("bmi-25-weight");
    expect(t.basisKg).toBe(76.6);
    expect(t.gPerDay).toBe(123);
    expect(proteinBasisText(t)).toBe("1.6 g per kg of 76.6 kg, the weight at BMI 25 for your height");
  });

  it("below BMI 25 with no goal (or a goal above today's weight) it is today's weight", () => {
    expect(proteinTarget({ weightKg: 70, heightCm: 180 })).toMatchObject({ basis: "weight", gPerDay: 112 });
    expect(proteinTarget({ weightKg: 70, heightCm: 180, goalKg: 75 })).toMatchObject({
      basis: "weight",
      gPerDay: 112,
    });
  });

  it("body fat wins over a goal; four meals split the day four ways", () => {
    const t = proteinTarget({ weightKg: 80, heightCm: 180, bodyFatPct: 25, goalKg: 72, mealsPerDay: 4 });
    expect(t.gPerDay).toBe(120); // 60 kg FFM × 2.0
    expect(t.gPerMeal).toBe(30);
    expect(t.mealsPerDay).toBe(4);
  });

  it("names the field of a bad input", () => {
    expect(() => proteinTarget({ weightKg: 80, heightCm: 180, bodyFatPct: 70 })).toThrow(InvalidInputError);
    expect(() => proteinTarget({ weightKg: 80, heightCm: 180, mealsPerDay: 1 })).toThrow(
      "mealsPerDay: meals must be 2–6 a day",
    );
    expect(() => proteinTarget({ weightKg: 80, heightCm: 80 })).toThrow("heightCm");
  });
});
