// Exact conversion factors. International yard and pound agreement (1959): 1 lb = 0.45359237 kg,
// 1 in = 2.54 cm, 1 oz = 1/16 lb = 28.349523125 g. Thermochemical calorie (NIST SP 811, 2008,
// B.8): 1 kcal = 4.184 kJ.

/** Kilograms in one avoirdupois pound (exact, 1959 agreement). */
export const KG_PER_LB = 0.45359237;
/** Centimetres in one inch (exact, 1959 agreement). */
export const CM_PER_IN = 2.54;
/** Grams in one avoirdupois ounce (exact: 453.59237 g / 16). */
export const G_PER_OZ = 28.349523125;
/** Kilojoules in one thermochemical kilocalorie (exact, NIST SP 811 B.8). */
export const KJ_PER_KCAL = 4.184;
/** Pounds in one stone (exact). */
export const LB_PER_STONE = 14;
/** Inches in one foot (exact). */
export const IN_PER_FT = 12;

/**
 * Kilograms to pounds.
 * @example kgToLb(0.45359237) // → 1
 */
export function kgToLb(kg: number): number {
  return kg / KG_PER_LB;
}

/**
 * Pounds to kilograms.
 * @example lbToKg(180) // → 81.6466266
 */
export function lbToKg(lb: number): number {
  return lb * KG_PER_LB;
}

/**
 * Centimetres to inches.
 * @example cmToIn(2.54) // → 1
 */
export function cmToIn(cm: number): number {
  return cm / CM_PER_IN;
}

/**
 * Inches to centimetres.
 * @example inToCm(12) // → 30.48
 */
export function inToCm(inches: number): number {
  return inches * CM_PER_IN;
}

/**
 * Feet and inches to centimetres.
 * @example ftInToCm(5, 6) // → 167.64
 */
export function ftInToCm(feet: number, inches: number): number {
  return inToCm(feet * IN_PER_FT + inches);
}

/**
 * Centimetres to whole feet plus remaining inches (inches not rounded).
 * @example cmToFtIn(167.64) // → { feet: 5, inches: 6 } (inches ≈ 6 within float error)
 */
export function cmToFtIn(cm: number): { readonly feet: number; readonly inches: number } {
  const total = cmToIn(cm);
  // Guard against 71.99999… becoming 5 ft 11.99999 in through float error.
  const feet = Math.floor((total + 1e-9) / IN_PER_FT);
  return { feet, inches: Math.max(0, total - feet * IN_PER_FT) };
}

/**
 * Grams to ounces.
 * @example gToOz(28.349523125) // → 1
 */
export function gToOz(g: number): number {
  return g / G_PER_OZ;
}

/**
 * Ounces to grams.
 * @example ozToG(4) // → 113.3980925
 */
export function ozToG(oz: number): number {
  return oz * G_PER_OZ;
}

/**
 * Kilocalories to kilojoules.
 * @example kcalToKj(100) // → 418.4
 */
export function kcalToKj(kcal: number): number {
  return kcal * KJ_PER_KCAL;
}

/**
 * Kilojoules to kilocalories.
 * @example kjToKcal(4184) // → 1000
 */
export function kjToKcal(kj: number): number {
  return kj / KJ_PER_KCAL;
}

/**
 * Stones and pounds to kilograms.
 * @example stLbToKg(12, 4) // → 78.0179... (172 lb)
 */
export function stLbToKg(stones: number, pounds: number): number {
  return lbToKg(stones * LB_PER_STONE + pounds);
}
