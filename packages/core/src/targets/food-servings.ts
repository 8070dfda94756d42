import { requireRange } from "../errors.js";

// Protein in a deficit: 1.4–2.0 g/kg/d (ISSN position stand, Jäger R et al., JISSN 2017;14:20);
// default 1.6. The protocol (docs/protocol.md §5) asks for 2–4 oz (55–115 g) of a protein food at each
// meal, 2–3 servings of healthy fat a day and fibre-rich vegetables with meals. 1 oz of cooked
// lean meat, fish or poultry carries about 7 g protein (Academy of Nutrition and Dietetics & ADA,
// Choose Your Foods: Food Lists for Diabetes, 2019, "Protein" list).

export const PROTEIN_G_PER_KG = { min: 1.4, max: 2.0, default: 1.6 } as const;
/** Protocol serving of a protein food, oz and grams (docs/protocol.md §5). */
export const PROTEIN_FOOD_OZ = { min: 2, max: 4 } as const;
export const PROTEIN_FOOD_G = { min: 55, max: 115 } as const;
/** Protein per oz of cooked lean protein food (ADA/AND exchange lists 2019). */
export const PROTEIN_G_PER_OZ_FOOD = 7;

export interface FoodServings {
  readonly proteinGPerKg: number;
  readonly proteinGPerDay: number;
  readonly mealsPerDay: number;
  readonly proteinGPerMeal: number;
  /** Protein food per meal within the protocol's 2–4 oz, rounded to ½ oz. */
  readonly proteinFoodOzPerMeal: number;
  readonly proteinFoodGPerMeal: number;
  /** Protein the other foods of the day (dairy, legumes, grains, snacks) must supply, g. */
  readonly proteinFromOtherFoodsG: number;
  /** Healthy-fat servings a day (protocol: 2–3). */
  readonly fatServings: number;
  /** Vegetable servings a day: one with every meal at least. */
  readonly vegetableServings: number;
}

/**
 * Protein target and the protocol's food servings for a day.
 *
 * @example
 * foodServings({ weightKg: 80, targetKcal: 1900 });
 * // → { proteinGPerDay: 128, proteinGPerMeal: ≈42.7, proteinFoodOzPerMeal: 4, fatServings: 3, … }
 */
export function foodServings(input: {
  readonly weightKg: number;
  readonly targetKcal: number;
  readonly proteinGPerKg?: number;
  readonly mealsPerDay?: number;
}): FoodServings {
  requireRange("weightKg", input.weightKg, 25, 400, "weight must be 25–400 kg");
  requireRange("targetKcal", input.targetKcal, 800, 8000, "calorie target must be 800–8000 kcal/d");
  const gPerKg = requireRange(
    "proteinGPerKg",
    input.proteinGPerKg ?? PROTEIN_G_PER_KG.default,
    PROTEIN_G_PER_KG.min,
    PROTEIN_G_PER_KG.max,
    "protein must be 1.4–2.0 g/kg in a deficit",
  );
  const meals = requireRange("mealsPerDay", input.mealsPerDay ?? 3, 2, 6, "meals must be 2–6 a day");
  const perDay = Math.round(input.weightKg * gPerKg);
  const perMeal = perDay / meals;
  const oz = Math.min(
    PROTEIN_FOOD_OZ.max,
    Math.max(PROTEIN_FOOD_OZ.min, Math.round((perMeal / PROTEIN_G_PER_OZ_FOOD) * 2) / 2),
  );
  // Map the 2–4 oz range onto the protocol's 55–115 g linearly (2 oz ≈ 57 g; the protocol rounds).
  const grams = Math.round(
    PROTEIN_FOOD_G.min + ((oz - PROTEIN_FOOD_OZ.min) / 2) * (PROTEIN_FOOD_G.max - PROTEIN_FOOD_G.min),
  );
  return {
    proteinGPerKg: gPerKg,
    proteinGPerDay: perDay,
    mealsPerDay: meals,
    proteinGPerMeal: perMeal,
    proteinFoodOzPerMeal: oz,
    proteinFoodGPerMeal: grams,
    proteinFromOtherFoodsG: Math.max(0, Math.round(perDay - oz * PROTEIN_G_PER_OZ_FOOD * meals)),
    // Fewer calories leave room for fewer fat servings: 2 below 1800 kcal/d, else 3 (leanback's rule).
    fatServings: input.targetKcal < 1800 ? 2 : 3,
    vegetableServings: meals,
  };
}
