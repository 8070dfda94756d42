import { InvalidInputError, requireRange } from "../errors.js";

/** Biological sex as used by the published equations (they were fitted per sex). */
export type Sex = "female" | "male";

/** Who a resting-metabolism estimate is for. Units: years, cm, kg. */
export interface RmrPerson {
  readonly sex: Sex;
  readonly ageYears: number;
  readonly heightCm: number;
  readonly weightKg: number;
}

/** Validates sex, age, height and weight with the rules every edge reports verbatim. */
export function validatePerson(person: RmrPerson): RmrPerson {
  if (person.sex !== "female" && person.sex !== "male") {
    throw new InvalidInputError("sex", "sex must be female or male");
  }
  requireRange("age", person.ageYears, 18, 100, "age must be 18–100 years");
  requireRange("heightCm", person.heightCm, 100, 250, "height must be 100–250 cm");
  requireRange("weightKg", person.weightKg, 30, 300, "weight must be 30–300 kg");
  return person;
}

/**
 * Resting metabolic rate (kcal/d) by Mifflin–St Jeor with the original coefficients.
 *
 * @example
 * mifflinStJeor({ sex: "male", ageYears: 23, heightCm: 180, weightKg: 100 }); // → 2015.84
 */
export function mifflinStJeor(person: RmrPerson): number {
  const p = validatePerson(person);
  // Mifflin MD et al., Am J Clin Nutr 1990;51:241, eq. (original 9.99/6.25/4.92 form)
  const base = 9.99 * p.weightKg + 6.25 * p.heightCm - 4.92 * p.ageYears;
  return p.sex === "male" ? base + 5 : base - 161;
}

/**
 * Basal metabolic rate (kcal/d) from lean body mass by Katch–McArdle.
 *
 * @example
 * katchMcArdle(60); // → 1666
 */
export function katchMcArdle(leanMassKg: number): number {
  requireRange("leanMassKg", leanMassKg, 10, 200, "lean mass must be 10–200 kg");
  // Katch & McArdle (McArdle, Katch & Katch, Exercise Physiology, 1996): BMR = 370 + 21.6·LBM
  return 370 + 21.6 * leanMassKg;
}
