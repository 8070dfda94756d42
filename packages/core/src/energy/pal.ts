import { requireRange } from "../errors.js";

/** FAO/WHO/UNU 2004 lifestyle categories by physical activity level (PAL = TEE/BMR per 24 h). */
export type PalBand = "sedentary-light" | "active" | "vigorous";

/** PAL bands, FAO/WHO/UNU 2004 Human energy requirements, Table 4.1. */
export const PAL_BANDS: readonly { readonly band: PalBand; readonly min: number; readonly max: number }[] = [
  { band: "sedentary-light", min: 1.4, max: 1.69 },
  { band: "active", min: 1.7, max: 1.99 },
  { band: "vigorous", min: 2.0, max: 2.4 },
];

/**
 * Validates a physical activity level: 1.4–2.4 for a free-living adult (FAO/WHO/UNU 2004).
 *
 * @example
 * validatePal(1.6); // → 1.6
 */
export function validatePal(pal: number): number {
  // FAO/WHO/UNU 2004 §4: below 1.4 is not compatible with a free-living adult's life.
  return requireRange("pal", pal, 1.4, 2.4, "PAL must be 1.4–2.4");
}

/**
 * The FAO/WHO/UNU 2004 band a PAL falls in (bands meet at 1.70 and 2.00).
 *
 * @example
 * palBand(1.5); // → "sedentary-light"
 */
export function palBand(pal: number): PalBand {
  const p = validatePal(pal);
  if (p < 1.7) return "sedentary-light";
  if (p < 2.0) return "active";
  return "vigorous";
}

/**
 * Daily expenditure at stable weight: EI0 = PAL·RMR (FAO/WHO/UNU 2004, factorial method).
 *
 * @example
 * maintenanceKcal(1.5, 2015.84); // → 3023.76
 */
export function maintenanceKcal(pal: number, rmrKcal: number): number {
  validatePal(pal);
  requireRange("rmrKcal", rmrKcal, 500, 5000, "resting metabolic rate must be 500–5000 kcal/d");
  return pal * rmrKcal;
}

/**
 * Maps a calculator activity multiplier (1.2/1.375/1.55/1.725/1.9, no primary source) onto PAL.
 * Those multipliers are also TEE/BMR ratios, so numerically they are PALs; the two lowest fall
 * under the 1.4 floor for free-living adults and are raised to it, and `raised` says so.
 *
 * @example
 * palFromCalculatorMultiplier(1.2); // → { pal: 1.4, raised: true }
 */
export function palFromCalculatorMultiplier(multiplier: number): { pal: number; raised: boolean } {
  requireRange("activityMultiplier", multiplier, 1.1, 2.5, "activity multiplier must be 1.1–2.5");
  if (multiplier < 1.4) return { pal: 1.4, raised: true };
  return { pal: Math.min(multiplier, 2.4), raised: false };
}
