import { describe, expect, it } from "vitest";
import { foodAmount, proteinMealText } from "./protein-text.js";

describe("the per-meal protein line", () => {
  it("names grams of protein, then each food's own portion", () => {
    expect(
      proteinMealText(
        40,
        [
          { name: "Greek yogurt", grams: 390 },
          { name: "chicken breast", grams: 130 },
        ],
        "metric",
      ),
    ).toBe("about 40 g protein a meal — e.g. 390 g Greek yogurt or 130 g chicken breast");
  });
  it("without foods it is the grams alone", () => {
    expect(proteinMealText(36.4, [], "metric")).toBe("about 36 g protein a meal");
  });
  it("imperial: food in ounces to ½ oz (130 g = 4.59 oz → 4.5 oz); protein stays in grams", () => {
    expect(foodAmount(130, "imperial")).toBe("4.5 oz");
    expect(proteinMealText(40, [{ name: "chicken breast", grams: 130 }], "imperial")).toBe(
      "about 40 g protein a meal — e.g. 4.5 oz chicken breast",
    );
  });
});
