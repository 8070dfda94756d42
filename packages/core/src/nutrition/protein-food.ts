import { MIN_PROTEIN_ENERGY_SHARE } from "./protein-portions.js";
import type { ServingTag } from "./servings.js";

/**
 * Which foods count as a protocol protein food (docs/protocol.md §5), decided by protein density
 * from the food's own nutrients, never by a list of categories: eggs, dairy, legumes, tofu, meat
 * and fish qualify alike when enough of their energy is protein.
 */

/**
 * Share of energy from protein at or above which a food is "high protein": 20 % (Regulation (EC)
 * No 1924/2006, Annex, claim HIGH PROTEIN); the same line protein-portions.ts uses for the foods
 * it offers, so the diary and the meal suggestions agree on what a protein food is.
 */
export const PROTEIN_ENERGY_SHARE = MIN_PROTEIN_ENERGY_SHARE;

/** kcal per gram of protein (Regulation (EU) No 1169/2011, Annex XIV). */
export const PROTEIN_KCAL_PER_G = 4;

/**
 * At least this much protein per 100 g (ours), so dilute foods (milk, broth, plain yogurt) are not
 * counted gram for gram as a palm-sized serving of meat, fish, eggs or beans.
 */
export const PROTEIN_MIN_G_PER_100G = 8;

/** What the rule reads: energy (kcal) and protein (g) per 100 g; null = unknown. */
export interface ProteinDensityFood {
  readonly kcal: number | null;
  readonly proteinG: number | null;
}

/**
 * Fraction of the food's energy that comes from protein; null when either value is unknown or the
 * food has no energy.
 *
 * @example
 * proteinEnergyShare({ kcal: 143, proteinG: 12.6 }); // egg → 0.352…
 */
export function proteinEnergyShare(food: ProteinDensityFood): number | null {
  if (food.kcal === null || food.proteinG === null) return null;
  if (!Number.isFinite(food.kcal) || !Number.isFinite(food.proteinG) || food.kcal <= 0) return null;
  return (food.proteinG * PROTEIN_KCAL_PER_G) / food.kcal;
}

/**
 * Whether a food is a protein food: at least 20 % of its energy from protein and at least 8 g
 * protein per 100 g. Eggs (12.6 g, 35 %), Greek yogurt (10 g, 69 %), lentils (9 g, 31 %) and
 * chicken (31 g, 75 %) are; bread (9 g, 13 %) and peanut butter (25 g, 17 %) are not.
 *
 * @example
 * isProteinFood({ kcal: 116, proteinG: 9.02 }); // lentils, boiled → true
 * isProteinFood({ kcal: 266, proteinG: 8.85 }); // white bread → false
 */
export function isProteinFood(food: ProteinDensityFood): boolean {
  const share = proteinEnergyShare(food);
  return share !== null && share >= PROTEIN_ENERGY_SHARE && (food.proteinG ?? 0) >= PROTEIN_MIN_G_PER_100G;
}

/**
 * Stored tags with "protein-food" decided again from the nutrients (so foods tagged under an older
 * rule follow this one); a treat stays only a treat.
 *
 * @example
 * withProteinDensity(["healthy-fat"], { kcal: 143, proteinG: 12.6 }); // → ["protein-food", "healthy-fat"]
 */
export function withProteinDensity(tags: readonly ServingTag[], food: ProteinDensityFood): ServingTag[] {
  const rest = tags.filter((t) => t !== "protein-food");
  if (rest.includes("treat") || !isProteinFood(food)) return rest;
  return ["protein-food", ...rest];
}
