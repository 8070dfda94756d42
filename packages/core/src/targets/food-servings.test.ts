import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { foodServings } from "./food-servings.js";

describe("protein target and food servings", () => {
  it("80 kg at the default 1.6 g/kg = 128 g/d; 3 meals of 4 oz (115 g) protein food supply 84 g", () => {
    const s = foodServings({ weightKg: 80, targetKcal: 1900 });
    expect(s.proteinGPerDay).toBe(128);
    expect(s.proteinGPerMeal).toBeCloseTo(128 / 3, 12);
    expect(s.proteinFoodOzPerMeal).toBe(4);
    expect(s.proteinFoodGPerMeal).toBe(115);
    expect(s.proteinFromOtherFoodsG).toBe(128 - 3 * 4 * 7);
    expect(s.fatServings).toBe(3);
    expect(s.vegetableServings).toBe(3);
  });
  it("a small person on 5 meals gets the protocol's 2–4 oz range and 2 fat servings below 1800 kcal", () => {
    const s = foodServings({ weightKg: 50, targetKcal: 1300, proteinGPerKg: 1.4, mealsPerDay: 5 });
    expect(s.proteinGPerDay).toBe(70); // 50 × 1.4
    expect(s.proteinFoodOzPerMeal).toBe(2); // 14 g/meal ÷ 7 g/oz = 2 oz
    expect(s.proteinFoodGPerMeal).toBe(55);
    expect(s.fatServings).toBe(2);
  });
  it("keeps protein within ISSN's 1.4–2.0 g/kg in a deficit", () => {
    expect(() => foodServings({ weightKg: 80, targetKcal: 1900, proteinGPerKg: 2.5 })).toThrow(
      InvalidInputError,
    );
    expect(() => foodServings({ weightKg: 80, targetKcal: 1900, proteinGPerKg: 1.2 })).toThrow(
      "protein must be 1.4–2.0 g/kg in a deficit",
    );
  });
});
