import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { katchMcArdle, mifflinStJeor } from "./rmr.js";

describe("mifflinStJeor (original coefficients, Mifflin 1990)", () => {
  it("man 23 y, 180 cm, 100 kg", () => {
    // 9.99·100 + 6.25·180 − 4.92·23 + 5 = 999 + 1125 − 113.16 + 5 = 2015.84
    expect(mifflinStJeor({ sex: "male", ageYears: 23, heightCm: 180, weightKg: 100 })).toBeCloseTo(
      2015.84,
      9,
    );
  });

  it("woman 40 y, 165 cm, 70 kg", () => {
    // 9.99·70 + 6.25·165 − 4.92·40 − 161 = 699.3 + 1031.25 − 196.8 − 161 = 1372.75
    // (the rounded 10/6.25/5 form would give 1370.25: 2.5 kcal/d lower)
    expect(mifflinStJeor({ sex: "female", ageYears: 40, heightCm: 165, weightKg: 70 })).toBeCloseTo(
      1372.75,
      9,
    );
  });

  it("men and women differ by exactly 166 kcal/d at equal size and age", () => {
    const body = { ageYears: 55, heightCm: 170, weightKg: 82 };
    const diff = mifflinStJeor({ sex: "male", ...body }) - mifflinStJeor({ sex: "female", ...body });
    expect(diff).toBeCloseTo(166, 9);
  });

  it.each([
    ["heightCm", { heightCm: 20 }, "height must be 100–250 cm"],
    ["age", { ageYears: 17 }, "age must be 18–100 years"],
    ["weightKg", { weightKg: 301 }, "weight must be 30–300 kg"],
    ["weightKg", { weightKg: Number.NaN }, "weight must be 30–300 kg"],
  ])("rejects bad %s", (field, patch, rule) => {
    const person = { sex: "male" as const, ageYears: 30, heightCm: 175, weightKg: 80, ...patch };
    expect(() => mifflinStJeor(person)).toThrow(InvalidInputError);
    try {
      mifflinStJeor(person);
    } catch (e) {
      expect(e).toMatchObject({ field, rule });
    }
  });
});

describe("katchMcArdle", () => {
  it("60 kg lean mass: 370 + 21.6·60 = 1666 kcal/d", () => {
    expect(katchMcArdle(60)).toBeCloseTo(1666, 9);
  });

  it("rejects impossible lean mass", () => {
    expect(() => katchMcArdle(5)).toThrow(InvalidInputError);
  });
});
