import { describe, expect, it } from "vitest";
import { isProteinFood, proteinEnergyShare, withProteinDensity } from "./protein-food.js";
import { tagFood } from "./servings.js";

// Per 100 g, USDA SR28 (NDB number): kcal and protein.
const EGG_RAW = { kcal: 143, proteinG: 12.56 }; // 01123
const EGG_SCRAMBLED = { kcal: 149, proteinG: 9.99 }; // 01132: 26.8 % of energy
const GREEK_YOGURT = { kcal: 59, proteinG: 10.19 }; // 01256, plain, nonfat
const LENTILS = { kcal: 116, proteinG: 9.02 }; // 16070, boiled
const CHICKPEAS = { kcal: 164, proteinG: 8.86 }; // 16057, boiled: 21.6 %
const CHICKEN = { kcal: 165, proteinG: 31.02 }; // 05064, breast, roasted
const WHITE_BREAD = { kcal: 266, proteinG: 8.85 }; // 18069: 13.3 %
const WHOLE_WHEAT_BREAD = { kcal: 252, proteinG: 12.45 }; // 18075: 19.8 %
const PEANUT_BUTTER = { kcal: 598, proteinG: 22.21 }; // 16098: 14.9 %
const WHOLE_MILK = { kcal: 61, proteinG: 3.15 }; // 01211: 20.7 %, but dilute

describe("protein foods by protein density", () => {
  it("counts eggs, dairy and legumes as well as meat", () => {
    for (const f of [EGG_RAW, EGG_SCRAMBLED, GREEK_YOGURT, LENTILS, CHICKPEAS, CHICKEN])
      expect(isProteinFood(f), JSON.stringify(f)).toBe(true);
  });

  it("does not count bread, nut butter or milk", () => {
    for (const f of [WHITE_BREAD, WHOLE_WHEAT_BREAD, PEANUT_BUTTER, WHOLE_MILK])
      expect(isProteinFood(f), JSON.stringify(f)).toBe(false);
  });

  it("puts the line at 20 % of energy and 8 g per 100 g", () => {
    expect(isProteinFood({ kcal: 100, proteinG: 8 })).toBe(true); // 32 %
    expect(isProteinFood({ kcal: 160, proteinG: 8 })).toBe(true); // exactly 20 %
    expect(isProteinFood({ kcal: 161, proteinG: 8 })).toBe(false); // 19.9 %
    expect(isProteinFood({ kcal: 30, proteinG: 7.9 })).toBe(false); // dense but dilute
    expect(proteinEnergyShare(EGG_RAW)).toBeCloseTo(0.3513, 4);
  });

  it("decides nothing without both values or without energy", () => {
    expect(isProteinFood({ kcal: null, proteinG: 20 })).toBe(false);
    expect(isProteinFood({ kcal: 100, proteinG: null })).toBe(false);
    expect(isProteinFood({ kcal: 0, proteinG: 10 })).toBe(false);
    expect(proteinEnergyShare({ kcal: 0, proteinG: 10 })).toBeNull();
  });

  it("tags any category, a food with no category too (a person's own food)", () => {
    const base = { fatG: 1, carbG: 10, sugarG: 3, satFatG: 0.3 };
    expect(tagFood({ name: "lentils, boiled", category: "", ...base, ...LENTILS })).toContain("protein-food");
    expect(
      tagFood({ name: "egg, scrambled", category: "Dairy and Egg Products", ...base, ...EGG_SCRAMBLED }),
    ).toContain("protein-food");
    expect(tagFood({ name: "bread, white", category: "Baked Products", ...base, ...WHITE_BREAD })).toEqual(
      [],
    );
  });

  it("re-decides stored tags from the nutrients; a treat stays a treat", () => {
    expect(withProteinDensity([], EGG_SCRAMBLED)).toEqual(["protein-food"]);
    expect(withProteinDensity(["protein-food", "vegetable"], WHITE_BREAD)).toEqual(["vegetable"]);
    expect(withProteinDensity(["treat"], CHICKEN)).toEqual(["treat"]);
    expect(withProteinDensity(["protein-food"], CHICKEN)).toEqual(["protein-food"]);
  });
});
