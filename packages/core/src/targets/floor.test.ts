import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { calorieFloor } from "./floor.js";

describe("calorie floors (NHLBI; protocol default 1300 for women)", () => {
  it("defaults to 1300 kcal/d for women and 1500 for men", () => {
    expect(calorieFloor("female")).toBe(1300);
    expect(calorieFloor("male")).toBe(1500);
  });
  it("may be configured, but never below 1200 (women) or 1500 (men)", () => {
    expect(calorieFloor("female", 1200)).toBe(1200);
    expect(calorieFloor("male", 1700)).toBe(1700);
    expect(() => calorieFloor("female", 1199)).toThrow(
      new InvalidInputError("floor", "the calorie floor for women must be 1200–4000 kcal/d"),
    );
    expect(() => calorieFloor("male", 1400)).toThrow("men must be 1500–4000");
    expect(() => calorieFloor("female", Number.NaN)).toThrow(InvalidInputError);
  });
});
