import { InvalidInputError } from "../errors.js";
import { ozToG } from "../units/convert.js";

/**
 * Amounts of a diary entry: the units a person may log a food in (grams, ounces, the food's
 * household portions), the sensible amount each unit starts at, and how much of one food is
 * plausible in one entry. Pure: the web picker and the server's add/edit both use it.
 */

/** A household portion of a food ("1 large" = 50 g). */
export interface AmountPortion {
  readonly label: string;
  readonly grams: number;
}

/** What the amount rules need to know about a food. */
export interface AmountFood {
  /** Energy per 100 g in kcal; null when unknown. */
  readonly kcalPer100g: number | null;
  readonly portions: readonly AmountPortion[];
}

/** The built-in units besides the food's own portions: grams and ounces. */
export const GRAMS_UNIT = "g";
export const OUNCES_UNIT = "oz";

/**
 * Energy of one entry that is far above what anyone eats of one food at a time: three quarters of
 * the 2000 kcal reference intake used on food labels (Regulation (EU) 1169/2011, Annex XIII part B).
 */
export const PLAUSIBLE_ENTRY_KCAL = 1500;

/** Mass of one entry that is far above one sitting even for water-like foods (3 kg). */
export const PLAUSIBLE_ENTRY_MAX_GRAMS = 3000;

/** Mass used when a food's energy is unknown and it has no portions (1 kg). */
const UNKNOWN_FOOD_GRAMS = 1000;

/**
 * The amount a unit starts at when the person chooses it: 100 g, 1 oz, or 1 of a portion. Never
 * the number that was in the box for another unit (100 × "2 tbsp" is how 19,136 kcal happened).
 *
 * @example
 * sensibleAmount("g"); // → 100
 * sensibleAmount("2 tbsp"); // → 1
 */
export function sensibleAmount(unit: string): number {
  return unit === GRAMS_UNIT ? 100 : 1;
}

/** The amount box as the person sees it: the text typed and the unit chosen. */
export interface AmountChoice {
  readonly unit: string;
  readonly amount: string;
}

/**
 * Choosing a unit: the box takes that unit's sensible amount (choosing the same unit again keeps
 * what was typed).
 *
 * @example
 * chooseUnit({ unit: "g", amount: "100" }, "2 tbsp"); // → { unit: "2 tbsp", amount: "1" }
 */
export function chooseUnit(current: AmountChoice, unit: string): AmountChoice {
  if (unit === current.unit) return current;
  return { unit, amount: String(sensibleAmount(unit)) };
}

/** The units a food can be logged in, its own portions first, then grams and ounces. */
export function foodUnits(portions: readonly AmountPortion[]): string[] {
  const own = portions.map((p) => p.label).filter((l) => l !== GRAMS_UNIT && l !== OUNCES_UNIT);
  return [...own, GRAMS_UNIT, OUNCES_UNIT];
}

/**
 * Grams of `amount` in `unit` (grams, ounces, or a count of one of the food's portions); null
 * when the amount is not a positive number or the unit is not one the food has.
 *
 * @example
 * unitGrams("1 large", 2, [{ label: "1 large", grams: 50 }]); // → 100
 * unitGrams("oz", 1, []); // → 28.349523125
 */
export function unitGrams(unit: string, amount: number, portions: readonly AmountPortion[]): number | null {
  if (!Number.isFinite(amount) || amount <= 0) return null;
  // The built-in units win over a portion that happens to be labelled "g" or "oz".
  if (unit === GRAMS_UNIT) return amount;
  if (unit === OUNCES_UNIT) return ozToG(amount);
  const own = portions.find((p) => p.label === unit);
  return own === undefined ? null : own.grams * amount;
}

/**
 * The most of `food` one entry may plausibly hold, in grams: the mass of 1500 kcal of it (at
 * most 3 kg), never less than its largest household portion; for a food of unknown energy 1 kg
 * or three of its largest portion. Peanut butter (598 kcal/100 g, "1 cup" 258 g) → 258 g; olive
 * oil (884 kcal) → 170 g; lettuce (15 kcal) → 3000 g.
 *
 * @example
 * plausibleMaxGrams({ kcalPer100g: 884, portions: [{ label: "1 tbsp", grams: 13.5 }] }); // → 169.68…
 */
export function plausibleMaxGrams(food: AmountFood): number {
  const largest = Math.max(0, ...food.portions.map((p) => p.grams));
  const kcal = food.kcalPer100g;
  if (kcal === null) {
    return Math.min(PLAUSIBLE_ENTRY_MAX_GRAMS, Math.max(UNKNOWN_FOOD_GRAMS, 3 * largest));
  }
  const byEnergy = kcal > 0 ? (PLAUSIBLE_ENTRY_KCAL * 100) / kcal : PLAUSIBLE_ENTRY_MAX_GRAMS;
  return Math.max(
    Math.min(PLAUSIBLE_ENTRY_MAX_GRAMS, byEnergy),
    Math.min(largest, PLAUSIBLE_ENTRY_MAX_GRAMS),
  );
}

/**
 * Whether `grams` of `food` is far above what people eat of it, so the person must confirm.
 *
 * @example
 * needsConfirmation({ kcalPer100g: 598, portions: [{ label: "2 tbsp", grams: 32 }] }, 3200); // → true
 */
export function needsConfirmation(food: AmountFood, grams: number): boolean {
  return grams > plausibleMaxGrams(food);
}

/** Energy of `grams` of a food in kcal; null when the food's energy is unknown. */
export function amountKcal(food: AmountFood, grams: number): number | null {
  return food.kcalPer100g === null ? null : (food.kcalPer100g * grams) / 100;
}

/**
 * Refuses an implausible amount unless it was confirmed: an InvalidInputError naming `field`
 * (grams or count) and the rule, with the plausible maximum in the person's unit.
 *
 * @example
 * assertPlausible(pb, 3200, { field: "count", unit: "2 tbsp", confirmed: false }); // throws
 */
export function assertPlausible(
  food: AmountFood,
  grams: number,
  opts: { readonly field: "grams" | "count"; readonly unit: string; readonly confirmed: boolean },
): void {
  if (opts.confirmed || !needsConfirmation(food, grams)) return;
  const max = plausibleMaxGrams(food);
  const kcal = amountKcal(food, grams);
  const unitGramsOne = unitGrams(opts.unit, 1, food.portions);
  const inUnit =
    opts.field === "count" && unitGramsOne !== null
      ? `${roundTo(max / unitGramsOne, 1)} × ${opts.unit} (${Math.round(max)} g)`
      : `${Math.round(max)} g`;
  throw new InvalidInputError(
    opts.field,
    `that is far more than people eat of this food at once (${Math.round(grams)} g` +
      `${kcal === null ? "" : `, ${Math.round(kcal)} kcal`}; plausible up to ${inUnit}); ` +
      "check the amount, or send confirm: true to log it anyway",
  );
}

function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.floor(x * f) / f;
}

const SIZE_WORDS = new Set(["small", "medium", "large", "extra large", "jumbo", "whole", "thin", "thick"]);
const SAME_PLURAL = new Set(["oz", "fl oz", "tbsp", "tsp", "g", "lb", "ml"]);

/**
 * How an amount reads back to the person: "5 oz", "2 large", "3 slices", "1.5 × 2 tbsp".
 *
 * @example
 * amountLabel(2, "1 large"); // → "2 large"
 * amountLabel(2, "1 large egg"); // → "2 large eggs"
 * amountLabel(5, "oz"); // → "5 oz"
 * amountLabel(1, "2 tbsp"); // → "2 tbsp"
 */
export function amountLabel(count: number, label: string): string {
  if (!Number.isFinite(count) || count <= 0)
    throw new InvalidInputError("count", "count must be more than 0");
  const n = String(Math.round(count * 100) / 100);
  if (label === OUNCES_UNIT || label === GRAMS_UNIT) return `${n} ${label}`;
  if (count === 1) return label;
  const m = /^1 ([a-z][a-z ]*?)(,.*|\s\(.*)?$/i.exec(label);
  if (m === null || m[1] === undefined) return `${n} × ${label}`;
  const words = m[1];
  const rest = m[2] ?? "";
  if (SIZE_WORDS.has(words.toLowerCase()) || SAME_PLURAL.has(words.toLowerCase()))
    return `${n} ${words}${rest}`;
  if (!words.includes(" ")) return `${n} ${plural(words)}${rest}`;
  // "1 large egg" → "2 large eggs": size words before one noun; anything else keeps the label whole.
  const parts = words.split(" ");
  const noun = parts.pop() ?? "";
  if (!parts.every((w) => SIZE_WORDS.has(w.toLowerCase()) || w.toLowerCase() === "extra"))
    return `${n} × ${label}`;
  if (SIZE_WORDS.has(noun.toLowerCase())) return `${n} ${words}${rest}`;
  return `${n} ${parts.join(" ")} ${plural(noun)}${rest}`;
}

function plural(word: string): string {
  return /(s|x|ch|sh)$/i.test(word) ? `${word}es` : `${word}s`;
}
