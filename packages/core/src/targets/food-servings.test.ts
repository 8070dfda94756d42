import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { foodServings } from "./food-servings.js";

describe("protein target and food servings", () => {
  it("80 kg at 25 % fat: 120 g/d, 40 g a meal; the protein-food serving stays within the protocol's 115 g", () => {
    const s = foodServings({ weightKg: 80, heightCm: 180, bodyFatPct: 25, targetKcal: 1900 });
    expect(s.proteinGPerDay).toBe(120);
    expect(s.proteinGPerMeal).toBe(40);
    expect(s.protein.basis).toBe("fat-free-mass");
    // 40 g is 130 g of roast chicken breast (31 g/100 g): above the protocol's 4 oz, shown as 115.
    expect(s.proteinFoodGPerMeal).toBe(115);
    expect(s.fatServings).toBe(3);
    expect(s.vegetableServings).toBe(3);
  });
  it("a small person on 5 meals: 15 g a meal is 50 g of chicken, raised to the protocol's 55 g; 2 fat servings", () => {
    const s = foodServings({ weightKg: 50, heightCm: 160, goalKg: 47, targetKcal: 1300, mealsPerDay: 5 });
    expect(s.proteinGPerDay).toBe(75); // 47 × 1.6 = 75.2
    expect(s.proteinGPerMeal).toBe(15);
    expect(s.proteinFoodGPerMeal).toBe(55);
    expect(s.fatServings).toBe(2);
    expect(s.vegetableServings).toBe(5);
  });
  it("between the ends, the serving is the chicken that carries the meal's protein", () => {
    // 60 kg, 170 cm, no goal: 96 g/d, 32 g a meal = 103 g chicken → 105 g.
    const s = foodServings({ weightKg: 60, heightCm: 170, targetKcal: 1500 });
    expect(s.proteinGPerMeal).toBe(32);
    expect(s.proteinFoodGPerMeal).toBe(105);
  });
  it("refuses a calorie target outside 800–8000", () => {
    expect(() => foodServings({ weightKg: 80, heightCm: 180, targetKcal: 500 })).toThrow(InvalidInputError);
  });
});
