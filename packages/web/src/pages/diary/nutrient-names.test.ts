import { describe, expect, it } from "vitest";
import { incompleteNote, nutrientList } from "./nutrient-names.js";

describe("nutrient names", () => {
  it("lists nutrients in plain words, never the field names", () => {
    expect(nutrientList(["proteinG", "fatG", "carbG", "sodiumMg"])).toBe(
      "protein, fat, carbohydrate and salt (sodium)",
    );
    expect(nutrientList(["satFatG"])).toBe("saturated fat");
    expect(nutrientList(["madeUpG"])).toBe("");
  });

  it("says which totals are lower bounds", () => {
    const note = incompleteNote(["proteinG", "fatG", "fiberG", "sugarG", "satFatG", "carbG"]) ?? "";
    expect(note).toBe(
      "Some entries of this day have no value for protein, fat, fibre, sugars, saturated fat and carbohydrate: those totals are at least what is shown.",
    );
    expect(note).not.toMatch(/[a-z][A-Z]/); // no camelCase field name
    expect(incompleteNote(["proteinG"])).toMatch(/no value for protein: that total is/);
    expect(incompleteNote([])).toBeNull();
  });
});
