import { InvalidInputError } from "../errors.js";

// Calorie floors. NHLBI (Clinical Guidelines on Overweight and Obesity, 1998; "Aim for a Healthy
// Weight"): 1200–1500 kcal/d suits most women, 1500–1800 most men. The protocol's 1300 kcal/d is
// our default for women; a person may lower it to 1200 but never below; men stay at ≥ 1500.

export type FloorSex = "female" | "male";

/** Default and lowest allowed floor per sex (kcal/d). */
export const CALORIE_FLOORS: Readonly<Record<FloorSex, { readonly default: number; readonly min: number }>> =
  {
    female: { default: 1300, min: 1200 },
    male: { default: 1500, min: 1500 },
  };

/**
 * The calorie floor for a person: the default, or a configured value no lower than the minimum.
 *
 * @example
 * calorieFloor("female"); // → 1300
 * calorieFloor("female", 1250); // → 1250
 */
export function calorieFloor(sex: FloorSex, configuredKcal?: number): number {
  const f = CALORIE_FLOORS[sex];
  if (!f) throw new InvalidInputError("sex", "sex must be female or male");
  if (configuredKcal === undefined) return f.default;
  if (!Number.isFinite(configuredKcal) || configuredKcal < f.min || configuredKcal > 4000)
    throw new InvalidInputError(
      "floor",
      `the calorie floor for ${sex === "female" ? "women" : "men"} must be ${f.min}–4000 kcal/d`,
    );
  return configuredKcal;
}
