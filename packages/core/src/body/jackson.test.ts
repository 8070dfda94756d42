import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { jacksonBodyFatPct } from "./jackson.js";

describe("jacksonBodyFatPct (Jackson 2002, BMI-based)", () => {
  it("man 23 y, 180 cm, 100 kg", () => {
    // BMI = 100/1.8² = 30.8642; ln = 3.42959; 0.14·23 + 37.31·3.42959 − 103.94
    // = 3.22 + 127.958 − 103.94 = 27.238 %
    expect(jacksonBodyFatPct({ sex: "male", ageYears: 23, heightCm: 180, weightKg: 100 })).toBeCloseTo(
      27.238,
      2,
    );
  });

  it("woman 40 y, 165 cm, 70 kg", () => {
    // BMI = 70/1.65² = 25.7117; ln = 3.24695; 0.14·40 + 39.96·3.24695 − 102.01
    // = 5.6 + 129.748 − 102.01 = 33.338 %
    expect(jacksonBodyFatPct({ sex: "female", ageYears: 40, heightCm: 165, weightKg: 70 })).toBeCloseTo(
      33.338,
      2,
    );
  });

  it("clamps to 0 % and 60 % where the fit extrapolates", () => {
    // BMI 10.2: 0.14·18 + 37.31·ln(10.2) − 103.94 ≈ −14.7 % → 0
    expect(jacksonBodyFatPct({ sex: "male", ageYears: 18, heightCm: 210, weightKg: 45 })).toBe(0);
    // BMI 127.6: 0.14·80 + 39.96·ln(127.6) − 102.01 ≈ 103 % → 60
    expect(jacksonBodyFatPct({ sex: "female", ageYears: 80, heightCm: 140, weightKg: 250 })).toBe(60);
  });

  it("rejects out-of-range height", () => {
    expect(() => jacksonBodyFatPct({ sex: "male", ageYears: 30, heightCm: 20, weightKg: 80 })).toThrow(
      new InvalidInputError("heightCm", "height must be 100–250 cm"),
    );
  });
});
