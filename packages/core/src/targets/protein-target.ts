import { requireRange } from "../errors.js";

// Protein in a deficit, in grams a day, from the mass that needs it:
// - body fat known: 2.0 g per kg of fat-free mass. Morton RW et al. (Br J Sports Med
//   2018;52:376) found 1.6 g/kg of body weight a day enough for trained people, who are about
//   20 % fat: 1.6 / 0.8 = 2.0 g/kg FFM. Helms ER et al. (J Int Soc Sports Nutr 2014;11:20) give
//   2.3–3.1 g/kg FFM for lean athletes in a deficit; the ISSN position stand (Jäger R et al.,
//   J Int Soc Sports Nutr 2017;14:20) 1.4–2.0 g/kg of body weight. Fat mass needs no protein,
//   so 1.6 g/kg of total weight overfeeds protein to people with much of it (288 g/d at 180 kg
//   and 45 % fat; 198 g/d from FFM).
// - body fat unknown: 1.6 g/kg (Morton 2018) of the goal weight, or, without a goal below
//   today's weight, of today's weight capped at BMI 25 (WHO TRS 894, 2000: the top of the
//   healthy range), so high-BMI people are not fed protein for their fat either.

/** g of protein a day per kg of fat-free mass when body fat is known (Morton 2018 at ~20 % fat). */
export const PROTEIN_G_PER_KG_FFM = 2.0;
/** g of protein a day per kg of goal or reference weight (Morton et al. 2018). */
export const PROTEIN_G_PER_KG_WEIGHT = 1.6;
/** The reference weight is capped at this BMI when body fat and a goal are unknown (WHO 2000). */
export const PROTEIN_REFERENCE_BMI_CAP = 25;
/** Main meals a day the daily protein is split over (breakfast, lunch, dinner). */
export const DEFAULT_MEALS_PER_DAY = 3;

/** What the daily protein is computed from. */
export type ProteinBasis = "fat-free-mass" | "goal-weight" | "weight" | "bmi-25-weight";

export interface ProteinTarget {
  /** Grams of protein a day, whole grams. */
  readonly gPerDay: number;
  /** Grams of protein at each main meal (gPerDay ÷ mealsPerDay, whole grams). */
  readonly gPerMeal: number;
  readonly mealsPerDay: number;
  readonly basis: ProteinBasis;
  /** The mass the grams are computed from, kg (0.1 kg). */
  readonly basisKg: number;
  readonly gPerKgBasis: number;
}

/**
 * Daily and per-meal protein: 2.0 g/kg of fat-free mass when body fat is known; else 1.6 g/kg
 * of the goal weight (when below today's), else of today's weight capped at BMI 25.
 *
 * @example
 * proteinTarget({ weightKg: 180, heightCm: 185, bodyFatPct: 45 });
 * // → { gPerDay: 198, gPerMeal: 66, mealsPerDay: 3, basis: "fat-free-mass", basisKg: 99, gPerKgBasis: 2 }
 * proteinTarget({ weightKg: 60, heightCm: 165, goalKg: 55 }).gPerDay; // → 88 (55 × 1.6)
 */
export function proteinTarget(input: {
  readonly weightKg: number;
  readonly heightCm: number;
  readonly bodyFatPct?: number | undefined;
  readonly goalKg?: number | undefined;
  readonly mealsPerDay?: number | undefined;
}): ProteinTarget {
  const weight = requireRange("weightKg", input.weightKg, 25, 400, "weight must be 25–400 kg");
  const m = requireRange("heightCm", input.heightCm, 100, 250, "height must be 100–250 cm") / 100;
  const meals = requireRange(
    "mealsPerDay",
    input.mealsPerDay ?? DEFAULT_MEALS_PER_DAY,
    2,
    6,
    "meals must be 2–6 a day",
  );
  let basis: ProteinBasis;
  let basisKg: number;
  let gPerKg = PROTEIN_G_PER_KG_WEIGHT;
  if (input.bodyFatPct !== undefined) {
    const bf = requireRange("bodyFatPct", input.bodyFatPct, 3, 60, "body fat must be 3–60 %");
    basis = "fat-free-mass";
    basisKg = weight * (1 - bf / 100);
    gPerKg = PROTEIN_G_PER_KG_FFM;
  } else if (input.goalKg !== undefined && input.goalKg < weight) {
    basis = "goal-weight";
    basisKg = requireRange("goalKg", input.goalKg, 25, 400, "goal must be 25–400 kg");
  } else {
    const cap = PROTEIN_REFERENCE_BMI_CAP * m * m;
    basis = weight > cap ? "bmi-25-weight" : "weight";
    basisKg = Math.min(weight, cap);
  }
  const gPerDay = Math.round(basisKg * gPerKg);
  return {
    gPerDay,
    gPerMeal: Math.round(gPerDay / meals),
    mealsPerDay: meals,
    basis,
    basisKg: Math.round(basisKg * 10) / 10,
    gPerKgBasis: gPerKg,
  };
}

/**
 * The basis in words, for a plan's explanation.
 *
 * @example
 * proteinBasisText(proteinTarget({ weightKg: 80, heightCm: 180, bodyFatPct: 25 }));
 * // → "2 g per kg of your 60 kg fat-free mass"
 */
export function proteinBasisText(t: ProteinTarget): string {
  const g = `${t.gPerKgBasis} g per kg of`;
  switch (t.basis) {
    case "fat-free-mass":
      return `${g} your ${t.basisKg} kg fat-free mass`;
    case "goal-weight":
      return `${g} your ${t.basisKg} kg goal weight`;
    case "weight":
      return `${g} your ${t.basisKg} kg weight`;
    case "bmi-25-weight":
      return `${g} ${t.basisKg} kg, the weight at BMI 25 for your height`;
  }
}
