import { InvalidInputError } from "../errors.js";

// The safety screen every entry point runs before it plans a deficit (web, API, CLI): a fat-loss
// plan never aims below a healthy weight or an essential-fat margin, never plans a deficit for
// someone under 18, pregnant or breastfeeding, and names a gain goal as a gain.

/** Lowest healthy body-mass index for adults (WHO, Technical Report Series 894, 2000). */
export const MIN_HEALTHY_BMI = 18.5;

/**
 * Lowest body-fat goal we plan for, % (ours): essential fat is about 10–13 % for women and 2–5 %
 * for men (ACSM's Guidelines for Exercise Testing and Prescription, 10th ed., 2018); the floors
 * keep a margin above it, at the bottom of the athletes' range (American Council on Exercise:
 * women 14–20 %, men 6–13 %), which a back-fat plan never needs to go below.
 */
export const BODY_FAT_GOAL_FLOOR_PCT = { female: 15, male: 8 } as const;

/** Youngest age for which we plan a deficit (growth needs energy; no adult calorie floors apply). */
export const MIN_DEFICIT_AGE_YEARS = 18;

/** A goal this close to today's weight is mostly water and glycogen, not fat (kg). */
export const WATER_AND_GLYCOGEN_KG = 2;

export type Sex = "female" | "male";

/** Life situations in which no deficit is planned. */
export interface NoDeficitFlags {
  readonly pregnant?: boolean;
  readonly breastfeeding?: boolean;
}

/**
 * The lowest goal weight (kg, rounded up to 0.1 kg) at a healthy BMI for this height.
 *
 * @example
 * healthyWeightFloorKg(165); // → 50.4 (18.5 × 1.65²)
 */
export function healthyWeightFloorKg(heightCm: number): number {
  const m = heightCm / 100;
  return Math.ceil(MIN_HEALTHY_BMI * m * m * 10 - 1e-9) / 10;
}

/**
 * Body-mass index, kg/m².
 *
 * @example
 * bmi(55, 165); // → 20.2
 */
export function bmi(weightKg: number, heightCm: number): number {
  const m = heightCm / 100;
  return weightKg / (m * m);
}

/** Why no deficit may be planned for this person, in plain words; null when one may. */
export function noDeficitReason(ageYears: number, flags: NoDeficitFlags = {}): string | null {
  if (ageYears < MIN_DEFICIT_AGE_YEARS)
    return "Under 18 the body is still growing, so leanback plans no calorie deficit: the training plan still runs, and a doctor or dietitian can advise on weight.";
  if (flags.pregnant === true)
    return "During pregnancy leanback plans no calorie deficit: the training plan can still run with your midwife's or doctor's agreement.";
  if (flags.breastfeeding === true)
    return "While breastfeeding leanback plans no calorie deficit: milk production needs the energy. The training plan still runs.";
  return null;
}

export interface GoalWeightCheck {
  readonly sex: Sex;
  readonly heightCm: number;
  readonly weightKg: number;
  readonly goalKg: number;
}

/**
 * Refuses a fat-loss goal weight below a healthy BMI (naming the nearest safe goal) or above
 * today's weight (that is a gain, which a fat-loss plan does not plan). `field` names the input
 * in the error (the CLI's flag, the API's body path).
 *
 * @example
 * requireSafeGoalWeight({ sex: "female", heightCm: 165, weightKg: 55, goalKg: 45 });
 * // throws InvalidInputError("goalKg", "… the nearest safe goal is 50.4 kg …")
 */
export function requireSafeGoalWeight(check: GoalWeightCheck, field = "goalKg"): void {
  requireHealthyGoalWeight(check.heightCm, check.goalKg, field);
  if (check.goalKg > check.weightKg)
    throw new InvalidInputError(
      field,
      `${check.goalKg} kg is above today's ${check.weightKg} kg: that is a weight-gain goal, and leanback plans fat loss; choose a goal at or below ${check.weightKg} kg`,
    );
}

/**
 * Refuses a goal weight below a healthy BMI for this height, naming the nearest safe goal.
 *
 * @example
 * requireHealthyGoalWeight(165, 45); // throws: "… the nearest safe goal is 50.4 kg"
 */
export function requireHealthyGoalWeight(heightCm: number, goalKg: number, field = "goalKg"): void {
  const floor = healthyWeightFloorKg(heightCm);
  if (goalKg < floor)
    throw new InvalidInputError(
      field,
      `a goal of ${goalKg} kg is below a healthy weight for ${heightCm} cm (BMI ${bmi(goalKg, heightCm).toFixed(1)}; the healthy range starts at BMI ${MIN_HEALTHY_BMI}): the nearest safe goal is ${floor} kg`,
    );
}

/**
 * Refuses a body-fat goal below the floor for the person's sex.
 *
 * @example
 * requireSafeBodyFatGoal("female", 5); // throws: "… at least 15 % …"
 */
export function requireSafeBodyFatGoal(sex: Sex, goalPct: number, field = "goalBodyFatPct"): void {
  const floor = BODY_FAT_GOAL_FLOOR_PCT[sex];
  if (!(goalPct >= floor))
    throw new InvalidInputError(
      field,
      `a body-fat goal of ${goalPct} % is too close to essential fat: leanback plans down to ${floor} % for ${sex === "female" ? "women" : "men"} (the nearest safe goal)`,
    );
}

/**
 * A note for goals so close that the loss would be mostly water and glycogen; null otherwise.
 *
 * @example
 * waterAndGlycogenNote(80, 79.9); // → "Losing 0.1 kg … water and glycogen …"
 */
export function waterAndGlycogenNote(weightKg: number, goalKg: number): string | null {
  const loss = weightKg - goalKg;
  if (loss <= 0 || loss > WATER_AND_GLYCOGEN_KG) return null;
  return `Losing ${Math.round(loss * 10) / 10} kg can happen in days, but most of it would be water and glycogen, not fat: the scale moves first, the fat follows over weeks.`;
}

/**
 * The lowest weight an open-ended deficit may aim for: the healthy-BMI floor, or the weight at
 * which body fat reaches the floor when body fat is known (fat-free mass held, our simplification:
 * a safe stop, not a forecast), whichever is higher.
 *
 * @example
 * safeStopWeightKg({ sex: "female", heightCm: 165, weightKg: 55 }); // → 50.4
 */
export function safeStopWeightKg(p: {
  readonly sex: Sex;
  readonly heightCm: number;
  readonly weightKg: number;
  readonly bodyFatPct?: number | null;
}): number {
  const byBmi = healthyWeightFloorKg(p.heightCm);
  if (p.bodyFatPct === undefined || p.bodyFatPct === null) return byBmi;
  const ffm = p.weightKg * (1 - p.bodyFatPct / 100);
  const byFat = Math.ceil((ffm / (1 - BODY_FAT_GOAL_FLOOR_PCT[p.sex] / 100)) * 10) / 10;
  return Math.max(byBmi, byFat);
}
