import { InvalidInputError } from "../errors.js";

/** The nutrients leanback tracks; amounts per 100 g in the food table, per entry in the diary. */
export const NUTRIENT_KEYS = [
  "kcal",
  "proteinG",
  "fatG",
  "carbG",
  "fiberG",
  "sugarG",
  "satFatG",
  "sodiumMg",
] as const;
export type NutrientKey = (typeof NUTRIENT_KEYS)[number];

/**
 * Amounts as integer milli-units (milli-kcal, mg for the `…G` keys, µg for `sodiumMg`), so sums
 * are exact integers and never drift; `null` means unknown (never 0 for unknown).
 */
export type MilliNutrients = Readonly<Record<NutrientKey, number | null>>;

/** Totals of many amounts: exact integer sums of the known values, plus which keys lacked data. */
export interface NutrientTotals {
  readonly milli: Readonly<Record<NutrientKey, number>>;
  /** Keys for which at least one summed amount was unknown (the total is then a lower bound). */
  readonly incomplete: readonly NutrientKey[];
}

/** Upper bounds per 100 g: nothing exceeds pure fat (≈ 900 kcal) or 100 g of a macronutrient. */
const MAX_PER_100G: Readonly<Record<NutrientKey, number>> = {
  kcal: 950,
  proteinG: 100,
  fatG: 100,
  carbG: 100,
  fiberG: 100,
  sugarG: 100,
  satFatG: 100,
  sodiumMg: 100_000,
};

/**
 * Converts a plain amount (kcal, g or mg) to integer milli-units.
 *
 * @example
 * toMilli(12.56); // → 12560
 */
export function toMilli(value: number): number {
  return Math.round(value * 1000);
}

/**
 * Converts milli-units back to a plain amount; round only for display.
 *
 * @example
 * fromMilli(12560); // → 12.56
 */
export function fromMilli(milli: number): number {
  return milli / 1000;
}

/**
 * Validates plain per-100 g values and converts them to milli-units. Missing keys are unknown.
 * Throws InvalidInputError for negative, non-finite or impossible amounts.
 *
 * @example
 * per100gToMilli({ kcal: 143, proteinG: 12.56 }).proteinG; // → 12560
 */
export function per100gToMilli(
  values: Readonly<Partial<Record<NutrientKey, number | null>>>,
): MilliNutrients {
  const out = {} as Record<NutrientKey, number | null>;
  for (const key of NUTRIENT_KEYS) {
    const v = values[key];
    if (v === undefined || v === null) {
      out[key] = null;
      continue;
    }
    const max = MAX_PER_100G[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > max) {
      throw new InvalidInputError(key, `${key} per 100 g must be 0–${max}`);
    }
    out[key] = toMilli(v);
  }
  return out;
}

/** Largest single diary amount we accept: 5 kg of one food in one entry. */
export const MAX_ENTRY_GRAMS = 5000;

/**
 * Grams → integer milligrams, validated (0 < g ≤ 5000).
 *
 * @example
 * gramsToMg(13.5); // → 13500
 */
export function gramsToMg(grams: number, field = "grams"): number {
  // Below a milligram the integer amount would round to 0.
  if (typeof grams !== "number" || !Number.isFinite(grams) || grams < 0.001 || grams > MAX_ENTRY_GRAMS) {
    throw new InvalidInputError(field, `grams must be 0.001–${MAX_ENTRY_GRAMS}`);
  }
  return Math.round(grams * 1000);
}

/**
 * Nutrients of `mg` milligrams of a food given per 100 g (both integer): one rounding per entry,
 * so every later sum is exact.
 *
 * @example
 * scaleNutrients(per100gToMilli({ kcal: 884 }), 13_500).kcal; // → 119340 (119.34 kcal)
 */
export function scaleNutrients(per100g: MilliNutrients, mg: number): MilliNutrients {
  if (!Number.isInteger(mg) || mg <= 0) throw new InvalidInputError("grams", "grams must be more than 0");
  const out = {} as Record<NutrientKey, number | null>;
  for (const key of NUTRIENT_KEYS) {
    const v = per100g[key];
    out[key] = v === null ? null : Math.round((v * mg) / 100_000);
  }
  return out;
}

/**
 * Amounts with only energy known (quick-add); every other nutrient is unknown.
 *
 * @example
 * kcalOnly(250).kcal; // → 250000
 */
export function kcalOnly(kcal: number): MilliNutrients {
  const out = {} as Record<NutrientKey, number | null>;
  for (const key of NUTRIENT_KEYS) out[key] = null;
  out.kcal = quickAddMilliKcal(kcal);
  return out;
}

/**
 * Quick-added calories in milli-kcal, after the one rule for them: 1–20000 kcal.
 *
 * @example
 * quickAddMilliKcal(250); // → 250000
 */
export function quickAddMilliKcal(kcal: number): number {
  if (!Number.isFinite(kcal) || kcal < 1 || kcal > 20_000) {
    throw new InvalidInputError("kcal", "quick-add calories must be 1–20000");
  }
  return toMilli(kcal);
}

/**
 * Exact sum of amounts; unknown values are reported in `incomplete` rather than counted as 0.
 *
 * @example
 * sumNutrients([kcalOnly(100), kcalOnly(50)]).milli.kcal; // → 150000
 */
export function sumNutrients(items: readonly MilliNutrients[]): NutrientTotals {
  const milli = {} as Record<NutrientKey, number>;
  const incomplete: NutrientKey[] = [];
  for (const key of NUTRIENT_KEYS) {
    let total = 0;
    let unknown = false;
    for (const item of items) {
      const v = item[key];
      if (v === null) unknown = true;
      else total += v;
    }
    milli[key] = total;
    if (unknown) incomplete.push(key);
  }
  return { milli, incomplete };
}

/**
 * Totals rounded for display: kcal to whole numbers, grams to one decimal, sodium to whole mg.
 *
 * @example
 * displayTotals(sumNutrients([kcalOnly(99.6)])).kcal; // → 100
 */
export function displayTotals(totals: NutrientTotals): Readonly<Record<NutrientKey, number>> {
  const out = {} as Record<NutrientKey, number>;
  for (const key of NUTRIENT_KEYS) {
    const v = fromMilli(totals.milli[key]);
    out[key] = key === "kcal" || key === "sodiumMg" ? Math.round(v) : Math.round(v * 10) / 10;
  }
  return out;
}
