import { describe, expect, it } from "vitest";
import { entryAmountText } from "./entry-amount-text.js";

describe("entryAmountText", () => {
  it("reads ounces and portions back as logged, grams second", () => {
    expect(entryAmountText({ grams: 141.748, portionLabel: "oz", portionCount: 5 })).toEqual({
      amount: "5 oz",
      grams: "142 g",
    });
    expect(entryAmountText({ grams: 100, portionLabel: "1 large egg", portionCount: 2 })).toEqual({
      amount: "2 large eggs",
      grams: "100 g",
    });
    expect(entryAmountText({ grams: 50, portionLabel: "1 large", portionCount: null })).toEqual({
      amount: "1 large",
      grams: "50 g",
    });
  });

  it("says only grams for a line in grams, and quick add for calories alone", () => {
    expect(entryAmountText({ grams: 149.6, portionLabel: null, portionCount: null })).toEqual({
      amount: "150 g",
      grams: null,
    });
    expect(entryAmountText({ grams: null, portionLabel: null, portionCount: null })).toEqual({
      amount: "quick add",
      grams: null,
    });
  });
});
