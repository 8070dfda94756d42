// A meal's protein as portions of real foods, each by its own protein density: 30 g of protein is
// about 100 g of roast chicken breast but 300 g of Greek yogurt. A food counts as a protein
// source when at least 20 % of its energy is protein (the "high protein" claim of EU Regulation
// 1924/2006, annex), so bread or peanut butter are not offered as a meal's protein.

/** Least share of a food's energy from protein (4 kcal/g) for it to be offered (EU 1924/2006). */
export const MIN_PROTEIN_ENERGY_SHARE = 0.2;
/** A portion above this is no longer one serving of one food (leanback's rule), g. */
export const MAX_PORTION_G = 500;
/** Portions are rounded to this, g. */
export const PORTION_STEP_G = 5;

/** A food with its per-100 g protein and energy (null = unknown). */
export interface ProteinFoodCandidate {
  readonly id: string;
  readonly name: string;
  readonly proteinGPer100g: number | null;
  readonly kcalPer100g: number | null;
}

export interface ProteinPortion {
  readonly foodId: string;
  readonly name: string;
  readonly proteinGPer100g: number;
  /** Grams of the food that carry the meal's protein (rounded to 5 g). */
  readonly grams: number;
}

/** Roast chicken breast, g protein per 100 g (USDA SR28 05064): the protocol's reference lean meat. */
export const CHICKEN_BREAST_PROTEIN_G_PER_100G = 31.0;

/**
 * Common protein foods with USDA SR28 values (per 100 g), offered only as examples when the
 * person has not logged enough protein foods yet. NDB numbers in the ids.
 */
export const EXAMPLE_PROTEIN_FOODS: readonly ProteinFoodCandidate[] = [
  // SR28 05064: Chicken, broilers or fryers, breast, meat only, cooked, roasted.
  {
    id: "example:sr28-05064",
    name: "chicken breast (roasted)",
    proteinGPer100g: CHICKEN_BREAST_PROTEIN_G_PER_100G,
    kcalPer100g: 165,
  },
  // SR28 01256: Yogurt, Greek, plain, nonfat.
  { id: "example:sr28-01256", name: "Greek yogurt (plain, nonfat)", proteinGPer100g: 10.2, kcalPer100g: 59 },
  // SR28 01129: Egg, whole, cooked, hard-boiled.
  { id: "example:sr28-01129", name: "eggs (hard-boiled)", proteinGPer100g: 12.6, kcalPer100g: 155 },
];

/**
 * Grams of a food that carry `proteinG` of protein, rounded to 5 g.
 *
 * @example
 * portionGrams(40, 31); // → 130 (40 ÷ 0.31 = 129 g of roast chicken breast)
 * portionGrams(40, 10.2); // → 390 (Greek yogurt)
 */
export function portionGrams(proteinG: number, proteinGPer100g: number): number {
  if (!(proteinG > 0) || !(proteinGPer100g > 0)) return 0;
  return Math.round(((proteinG / proteinGPer100g) * 100) / PORTION_STEP_G) * PORTION_STEP_G;
}

/** True when the food is a protein source: ≥ 20 % of its energy from protein (EU 1924/2006). */
export function isProteinSource(f: ProteinFoodCandidate): boolean {
  if (f.proteinGPer100g === null || f.kcalPer100g === null) return false;
  if (!(f.proteinGPer100g > 0) || !(f.kcalPer100g > 0)) return false;
  return (f.proteinGPer100g * 4) / f.kcalPer100g >= MIN_PROTEIN_ENERGY_SHARE;
}

/**
 * The meal's protein as portions of the given foods (in their order, e.g. most logged first),
 * keeping only protein sources whose portion is one serving (≤ 500 g), at most `max`.
 *
 * @example
 * proteinPortions(40, [
 *   { id: "y", name: "Greek yogurt", proteinGPer100g: 10.2, kcalPer100g: 59 },
 *   { id: "b", name: "bread", proteinGPer100g: 9, kcalPer100g: 265 },
 *   { id: "c", name: "chicken breast", proteinGPer100g: 31, kcalPer100g: 165 },
 * ]);
 * // → [{ foodId: "y", grams: 390, … }, { foodId: "c", grams: 130, … }] (bread: 14 % protein energy)
 */
export function proteinPortions(
  proteinGPerMeal: number,
  foods: readonly ProteinFoodCandidate[],
  max = 3,
): ProteinPortion[] {
  const out: ProteinPortion[] = [];
  const seen = new Set<string>();
  for (const f of foods) {
    if (out.length >= max) break;
    if (seen.has(f.id) || !isProteinSource(f) || f.proteinGPer100g === null) continue;
    const grams = portionGrams(proteinGPerMeal, f.proteinGPer100g);
    if (grams <= 0 || grams > MAX_PORTION_G) continue;
    seen.add(f.id);
    out.push({ foodId: f.id, name: f.name, proteinGPer100g: f.proteinGPer100g, grams });
  }
  return out;
}
