import { gToOz } from "@leanback/core/units/convert";
import type { ProteinPortion, UnitSystem } from "../api/types.js";

/** An amount of food in the person's units: grams, or ounces to ½ oz. */
export function foodAmount(grams: number, units: UnitSystem): string {
  if (units === "metric") return `${Math.round(grams)} g`;
  const oz = Math.round(gToOz(grams) * 2) / 2;
  return `${oz} oz`;
}

/**
 * The per-meal protein line: grams of protein, then what carries them in the foods offered.
 *
 * @example
 * proteinMealText(40, [{ name: "Greek yogurt", grams: 390 }, { name: "chicken breast", grams: 130 }], "metric");
 * // → "about 40 g protein a meal — e.g. 390 g Greek yogurt or 130 g chicken breast"
 */
export function proteinMealText(
  gPerMeal: number,
  portions: readonly Pick<ProteinPortion, "name" | "grams">[],
  units: UnitSystem,
): string {
  const head = `about ${Math.round(gPerMeal)} g protein a meal`;
  if (portions.length === 0) return head;
  return `${head} — e.g. ${portions.map((p) => `${foodAmount(p.grams, units)} ${p.name}`).join(" or ")}`;
}
