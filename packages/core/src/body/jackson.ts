import { requireRange } from "../errors.js";
import type { Sex } from "../energy/rmr.js";

/**
 * Body fat % estimated from BMI, age and sex (Jackson 2002), clamped to 0–60 %. Use only when
 * no measured or tape-estimated body fat is available.
 *
 * @example
 * jacksonBodyFatPct({ sex: "male", ageYears: 23, heightCm: 180, weightKg: 100 }); // ≈ 27.2
 */
export function jacksonBodyFatPct(person: {
  readonly sex: Sex;
  readonly ageYears: number;
  readonly heightCm: number;
  readonly weightKg: number;
}): number {
  requireRange("age", person.ageYears, 18, 100, "age must be 18–100 years");
  requireRange("heightCm", person.heightCm, 100, 250, "height must be 100–250 cm");
  requireRange("weightKg", person.weightKg, 30, 300, "weight must be 30–300 kg");
  const h = person.heightCm / 100;
  const lnBmi = Math.log(person.weightKg / (h * h));
  // Jackson AS et al., Int J Obes 2002;26:789 (BMI-based %BF, as used by Hall 2011)
  const pct =
    person.sex === "male"
      ? 0.14 * person.ageYears + 37.31 * lnBmi - 103.94
      : 0.14 * person.ageYears + 39.96 * lnBmi - 102.01;
  // Clamp: the fit extrapolates below 0 % for very lean and above 60 % for extreme BMI.
  return Math.min(60, Math.max(0, pct));
}
