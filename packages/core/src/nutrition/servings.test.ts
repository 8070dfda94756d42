import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { effectiveTags, servingGrams, summariseServings, tagFood } from "./servings.js";

describe("servings", () => {
  it("uses the protocol's serving sizes (docs/protocol.md §5)", () => {
    expect(servingGrams("healthy-fat", "oil, olive, salad or cooking", "Fats and Oils")).toBe(13.5);
    expect(
      servingGrams("healthy-fat", "avocados, raw, all commercial varieties", "Fruits and Fruit Juices"),
    ).toBe(50);
    expect(servingGrams("healthy-fat", "nuts, almonds", "Nut and Seed Products")).toBe(28);
    expect(servingGrams("vegetable", "spinach, raw", "Vegetables and Vegetable Products")).toBe(30);
    expect(servingGrams("vegetable", "broccoli, cooked, boiled", "Vegetables and Vegetable Products")).toBe(
      80,
    );
    expect(servingGrams("protein-food", "chicken breast", "Poultry Products")).toBe(55);
    expect(servingGrams("treat", "brownies", "Baked Products")).toBeNull();
  });

  it("checks protein per main meal and counts fat and vegetable servings per day", () => {
    const s = summariseServings([
      {
        meal: "breakfast",
        grams: 100,
        name: "egg, whole, raw",
        category: "Dairy and Egg Products",
        tags: ["protein-food"],
      },
      {
        meal: "lunch",
        grams: 40,
        name: "tuna, light, canned",
        category: "Finfish and Shellfish Products",
        tags: ["protein-food"],
      },
      { meal: "lunch", grams: 27, name: "oil, olive", category: "Fats and Oils", tags: ["healthy-fat"] },
      {
        meal: "dinner",
        grams: 25,
        name: "avocados, raw",
        category: "Fruits and Fruit Juices",
        tags: ["healthy-fat"],
      },
      {
        meal: "dinner",
        grams: 60,
        name: "spinach, raw",
        category: "Vegetables and Vegetable Products",
        tags: ["vegetable"],
      },
      {
        meal: "dinner",
        grams: 40,
        name: "broccoli, cooked",
        category: "Vegetables and Vegetable Products",
        tags: ["vegetable"],
      },
    ]);
    expect(s.mealsShortOfProtein).toEqual(["lunch", "dinner"]);
    expect(s.proteinFoodGramsByMeal.breakfast).toBe(100);
    expect(s.fatServings).toBe(2.5); // 27 / 13.5 + 25 / 50
    expect(s.vegetableServings).toBe(2.5); // 60 / 30 + 40 / 80
    expect(() => summariseServings([{ meal: "lunch", grams: 0, name: "x", category: "", tags: [] }])).toThrow(
      InvalidInputError,
    );
  });

  it("lets the person's correction replace the computed tags", () => {
    expect(effectiveTags(["vegetable"], ["treat"])).toEqual(["treat"]);
    expect(effectiveTags(["vegetable"], undefined)).toEqual(["vegetable"]);
  });

  it("refuses negative energy", () => {
    expect(() =>
      tagFood({ name: "x", category: "", kcal: -1, proteinG: 0, fatG: 0, carbG: 0, sugarG: 0, satFatG: 0 }),
    ).toThrow(InvalidInputError);
  });
});
