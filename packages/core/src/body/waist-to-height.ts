import { requireRange } from "../errors.js";

// Waist-to-height ratio: "keep your waist to less than half your height" (Ashwell M, Gunn P,
// Gibson S. Obes Rev 2012;13:275–286, a meta-analysis of 31 studies: a better screen for
// cardiometabolic risk than BMI or waist alone). Bands as in NICE guideline NG246 (2025), which
// adopted it for adults: 0.4–0.49 healthy, 0.5–0.59 increased, ≥ 0.6 high. It is the honest proxy
// for back fat a tape gives: central fat goes with it, and a scale does not see it.

/** The boundary the person aims under: a waist below half the height. */
export const WHTR_LINE = 0.5;
/** From here the risk is "high" rather than "increased" (NICE NG246). */
export const WHTR_HIGH = 0.6;

export type WhtrBand = "healthy" | "increased" | "high";

export interface WaistToHeight {
  /** Waist ÷ height, both in the same unit (3 decimals). */
  readonly ratio: number;
  readonly band: WhtrBand;
  /** The waist (mm) at which the ratio is exactly 0.5 for this height. */
  readonly lineWaistMm: number;
  /** How far above the 0.5 line the waist is, in mm (0 when at or under it). */
  readonly aboveLineMm: number;
}

/**
 * The waist-to-height ratio of one tape measurement, its band and the distance to the 0.5 line.
 *
 * @example
 * waistToHeight(900, 1700); // { ratio: 0.529, band: "increased", lineWaistMm: 850, aboveLineMm: 50 }
 */
export function waistToHeight(waistMm: number, heightMm: number): WaistToHeight {
  requireRange("waistMm", waistMm, 400, 2000, "waist must be 400–2000 mm");
  requireRange("heightMm", heightMm, 1000, 2500, "height must be 1000–2500 mm");
  const ratio = Math.round((waistMm / heightMm) * 1000) / 1000;
  const exact = waistMm / heightMm;
  const band: WhtrBand = exact >= WHTR_HIGH ? "high" : exact >= WHTR_LINE ? "increased" : "healthy";
  const lineWaistMm = heightMm * WHTR_LINE;
  return { ratio, band, lineWaistMm, aboveLineMm: Math.max(0, waistMm - lineWaistMm) };
}
