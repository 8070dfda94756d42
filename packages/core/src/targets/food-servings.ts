import { requireRange } from "../errors.js";
import { CHICKEN_BREAST_PROTEIN_G_PER_100G, portionGrams } from "../nutrition/protein-portions.js";
import { proteinTarget, type ProteinTarget } from "./protein-target.js";

// The protocol (docs/protocol.md §5) asks for 2–4 oz (55–115 g) of a protein food at each meal,
// 2–3 servings of healthy fat a day and fibre-rich vegetables with meals. Protein itself is in
// grams (protein-target.ts); how many grams of a food carry it depends on the food
// (protein-portions.ts), so no single grams-per-ounce rule is used.

/** Protocol serving of a protein food, grams (docs/protocol.md §5: 2–4 oz). */
export const PROTEIN_FOOD_G = { min: 55, max: 115 } as const;

export interface FoodServings {
  readonly protein: ProteinTarget;
  readonly proteinGPerDay: number;
  readonly mealsPerDay: number;
  /** Grams of protein (not of food) at each main meal. */
  readonly proteinGPerMeal: number;
  /**
   * The protocol's protein-food serving for a meal, g of food (55–115 g): the roast chicken
   * breast (USDA SR28 05064, 31 g protein/100 g) that carries proteinGPerMeal, kept within the
   * protocol's range. For the diary's per-meal check of tagged protein foods.
   */
  readonly proteinFoodGPerMeal: number;
  /** Healthy-fat servings a day (protocol: 2–3). */
  readonly fatServings: number;
  /** Vegetable servings a day: one with every meal at least. */
  readonly vegetableServings: number;
}

/**
 * Protein target and the protocol's food servings for a day.
 *
 * @example
 * foodServings({ weightKg: 80, heightCm: 180, bodyFatPct: 25, targetKcal: 1900 });
 * // → { proteinGPerDay: 120, proteinGPerMeal: 40, proteinFoodGPerMeal: 115, fatServings: 3, … }
 */
export function foodServings(input: {
  readonly weightKg: number;
  readonly heightCm: number;
  readonly bodyFatPct?: number | undefined;
  readonly goalKg?: number | undefined;
  readonly targetKcal: number;
  readonly mealsPerDay?: number | undefined;
}): FoodServings {
  requireRange("targetKcal", input.targetKcal, 800, 8000, "calorie target must be 800–8000 kcal/d");
  const protein = proteinTarget(input);
  const food = portionGrams(protein.gPerMeal, CHICKEN_BREAST_PROTEIN_G_PER_100G);
  return {
    protein,
    proteinGPerDay: protein.gPerDay,
    mealsPerDay: protein.mealsPerDay,
    proteinGPerMeal: protein.gPerMeal,
    proteinFoodGPerMeal: Math.min(PROTEIN_FOOD_G.max, Math.max(PROTEIN_FOOD_G.min, food)),
    // Fewer calories leave room for fewer fat servings: 2 below 1800 kcal/d, else 3 (leanback's rule).
    fatServings: input.targetKcal < 1800 ? 2 : 3,
    vegetableServings: protein.mealsPerDay,
  };
}
