import { describe, expect, it } from "vitest";
import {
  EXAMPLE_PROTEIN_FOODS,
  isProteinSource,
  portionGrams,
  proteinPortions,
  type ProteinFoodCandidate,
} from "./protein-portions.js";

const yogurt: ProteinFoodCandidate = {
  id: "y",
  name: "Greek yogurt",
  proteinGPer100g: 10.2,
  kcalPer100g: 59,
};
const chicken: ProteinFoodCandidate = {
  id: "c",
  name: "chicken breast",
  proteinGPer100g: 31,
  kcalPer100g: 165,
};
const bread: ProteinFoodCandidate = { id: "b", name: "bread", proteinGPer100g: 9, kcalPer100g: 265 };
const skim: ProteinFoodCandidate = { id: "m", name: "skim milk", proteinGPer100g: 3.4, kcalPer100g: 34 };

describe("a meal's protein as portions of real foods", () => {
  it("150 g of Greek yogurt is not 150 g of chicken: each food by its own density", () => {
    expect(portionGrams(40, 31)).toBe(130); // 129.0 g
    expect(portionGrams(40, 10.2)).toBe(390); // 392.2 g
    expect(portionGrams(15, 10.2)).toBe(145); // 147.1 → 145
    expect(portionGrams(0, 31)).toBe(0);
  });

  it("only foods with ≥ 20 % of their energy from protein count (EU 1924/2006)", () => {
    expect(isProteinSource(yogurt)).toBe(true); // 69 %
    expect(isProteinSource(bread)).toBe(false); // 13.6 %
    expect(isProteinSource({ ...chicken, proteinGPer100g: null })).toBe(false);
    expect(isProteinSource({ id: "x", name: "x", proteinGPer100g: 5, kcalPer100g: 100 })).toBe(true); // exactly 20 %
    expect(isProteinSource({ id: "x", name: "x", proteinGPer100g: 4.9, kcalPer100g: 100 })).toBe(false);
  });

  it("keeps the given order, skips non-sources, portions over 500 g and repeats, at most `max`", () => {
    const p = proteinPortions(40, [yogurt, bread, skim, chicken, yogurt]);
    expect(p).toEqual([
      { foodId: "y", name: "Greek yogurt", proteinGPer100g: 10.2, grams: 390 },
      { foodId: "c", name: "chicken breast", proteinGPer100g: 31, grams: 130 },
    ]); // skim milk would be 1,175 g
    expect(proteinPortions(40, [yogurt, chicken], 1)).toHaveLength(1);
    expect(proteinPortions(66, [yogurt, chicken]).map((x) => x.foodId)).toEqual(["c"]); // yogurt 645 g
  });

  it("the example foods are protein sources with USDA values", () => {
    expect(EXAMPLE_PROTEIN_FOODS.every(isProteinSource)).toBe(true);
    expect(proteinPortions(29, EXAMPLE_PROTEIN_FOODS).map((x) => x.grams)).toEqual([95, 285, 230]);
  });
});
