import { InvalidInputError, requireRange } from "../errors.js";

// Loss rates. Helms ER, Aragon AA, Fitschen PJ, JISSN 2014;11:20: lose 0.5–1.0 % of body weight
// a week to spare lean mass; leanback never plans faster than 1 %/week.

/** A chosen weekly loss rate: absolute (kg/week) or relative (% of body weight per week). */
export type LossRate =
  | { readonly kind: "kgPerWeek"; readonly value: number }
  | { readonly kind: "pctPerWeek"; readonly value: number };

/** Fastest planned loss, % of body weight per week (Helms 2014). */
export const MAX_LOSS_PCT_PER_WEEK = 1.0;

/**
 * The rate in kg/week for a body weight, capped at 1 %BW/week; `capped` says whether it was.
 *
 * @example
 * rateKgPerWeek({ kind: "pctPerWeek", value: 0.5 }, 90); // → { kgPerWeek: 0.45, capped: false }
 */
export function rateKgPerWeek(rate: LossRate, weightKg: number): { kgPerWeek: number; capped: boolean } {
  requireRange("weightKg", weightKg, 25, 400, "weight must be 25–400 kg");
  let kg: number;
  if (rate.kind === "pctPerWeek") {
    requireRange("ratePct", rate.value, 0, MAX_LOSS_PCT_PER_WEEK, "rate must be 0–1 % of body weight a week");
    kg = (rate.value / 100) * weightKg;
  } else if (rate.kind === "kgPerWeek") {
    requireRange("rateKg", rate.value, 0, 2, "rate must be 0–2 kg a week");
    kg = rate.value;
  } else {
    throw new InvalidInputError("rate", "rate must be kg/week or % of body weight a week");
  }
  const max = (MAX_LOSS_PCT_PER_WEEK / 100) * weightKg;
  return kg > max ? { kgPerWeek: max, capped: true } : { kgPerWeek: kg, capped: false };
}
