import { requireRange } from "../errors.js";

/** 3500 kcal per pound (Wishnofsky 1958) in kcal/kg: 3500/0.45359237 ≈ 7716 (often rounded 7700). */
export const KCAL_PER_KG_3500_RULE = 3500 / 0.45359237;

/** Label every display of this line must carry. */
export const RULE_3500_LABEL = "3500-kcal rule (static, comparison only)";

/**
 * The static "3500 kcal = 1 lb" line: weight falls by the cumulative deficit / 7716 kcal/kg and
 * never adapts. Shown only as a labelled comparison to Hall's model (Hall 2011 Lancet shows it
 * overstates long-term loss); never used for a plan.
 *
 * @example
 * rule3500Line(100, 3000, [2500, 2500]); // → [{day:0,weightKg:100},{day:1,…≈99.935},{day:2,…≈99.870}]
 */
export function rule3500Line(
  weightKg: number,
  baselineKcal: number,
  intakes: readonly number[],
): { readonly day: number; readonly weightKg: number }[] {
  requireRange("weightKg", weightKg, 30, 300, "weight must be 30–300 kg");
  requireRange("baselineKcal", baselineKcal, 500, 10000, "baseline intake must be 500–10000 kcal/d");
  const out = [{ day: 0, weightKg }];
  let w = weightKg;
  intakes.forEach((intake, i) => {
    requireRange("intake", intake, 0, 20000, "daily intake must be 0–20000 kcal");
    w += (intake - baselineKcal) / KCAL_PER_KG_3500_RULE;
    out.push({ day: i + 1, weightKg: w });
  });
  return out;
}
