import type { NutrientKey } from "../../api/diary-api.js";

/** The words the diary uses for each nutrient (never the API's field names). */
export const NUTRIENT_WORDS: Readonly<Record<NutrientKey, string>> = {
  kcal: "calories",
  proteinG: "protein",
  fatG: "fat",
  carbG: "carbohydrate",
  fiberG: "fibre",
  sugarG: "sugars",
  satFatG: "saturated fat",
  sodiumMg: "salt (sodium)",
};

/**
 * A plain list of nutrients: "protein, fat and fibre". Unknown keys are left out, never shown raw.
 *
 * @example
 * nutrientList(["proteinG", "fatG"]); // → "protein and fat"
 */
export function nutrientList(keys: readonly string[]): string {
  const words = keys.flatMap((k) => (k in NUTRIENT_WORDS ? [NUTRIENT_WORDS[k as NutrientKey]] : []));
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/**
 * The sentence under the day totals when some foods lack a value, or null when none do.
 *
 * @example
 * incompleteNote(["proteinG"]); // → "Some entries of this day have no value for protein: that total is at least what is shown."
 */
export function incompleteNote(keys: readonly string[]): string | null {
  const list = nutrientList(keys);
  if (list === "") return null;
  const totals = list.includes(" and ") ? "those totals are" : "that total is";
  return `Some entries of this day have no value for ${list}: ${totals} at least what is shown.`;
}
