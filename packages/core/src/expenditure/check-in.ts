import { InvalidInputError, requireRange } from "../errors.js";
import { rateKgPerWeek, type LossRate } from "../targets/rate.js";
import type { Confidence } from "./data-quality.js";
import { CONFIDENCE_HALF_WIDTH } from "./estimate-quality.js";

// Weekly check-in: the next calorie target toward the chosen rate. Damping is leanback's own rule:
// move half-way from the current target to the ideal one (a quarter when confidence is low) and
// by at most 150 kcal/d a week, so one noisy week cannot swing the plan; never below the floor.
// With an 80 % interval the fraction follows its width instead: half when it is within ±200 kcal/d
// (CONFIDENCE_HALF_WIDTH.high), shrinking as 200/half-width, never under an eighth.
// Ideal = expenditure − rate·ρ/7, ρ the energy density of the weight lost (Forbes, see
// energy-density.ts).

/** Largest change of the daily target at one weekly check-in, kcal/d. */
export const MAX_WEEKLY_CHANGE_KCAL = 150;
const STEP_FRACTION: Readonly<Record<Confidence, number>> = { high: 0.5, medium: 0.5, low: 0.25 };
const MIN_STEP_FRACTION = 0.125;

export interface CheckInInput {
  /** Adaptive expenditure estimate, kcal/d, and how far it can be trusted. */
  readonly expenditureKcal: number;
  readonly confidence: Confidence;
  readonly daysUsed: number;
  /** Half-width of the estimate's 80 % interval, kcal/d; when given, a wider one moves less. */
  readonly halfWidth80Kcal?: number;
  /** kcal per kg of weight change (Forbes), or 7700. */
  readonly energyDensityKcalPerKg: number;
  readonly currentTargetKcal: number;
  /** Current trend weight, kg. */
  readonly weightKg: number;
  readonly rate: LossRate;
  readonly floorKcal: number;
}

export interface CheckIn {
  readonly targetKcal: number;
  /** The undamped target that would give the chosen rate at today's expenditure. */
  readonly idealKcal: number;
  readonly changeKcal: number;
  readonly rateKgPerWeek: number;
  readonly rateCapped: boolean;
  readonly floorApplied: boolean;
  readonly explanation: string;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const stepWords = (f: number) => (f === 0.5 ? "half" : f === 0.25 ? "a quarter" : `${Math.round(f * 100)} %`);

/**
 * Proposes next week's daily calorie target.
 *
 * @example
 * weeklyCheckIn({ expenditureKcal: 2500, confidence: "high", daysUsed: 26, energyDensityKcalPerKg: 7700,
 *   currentTargetKcal: 2200, weightKg: 90, rate: { kind: "kgPerWeek", value: 0.5 }, floorKcal: 1500 });
 * // → { targetKcal: 2075, idealKcal: 1950, changeKcal: -125, … }
 */
export function weeklyCheckIn(input: CheckInInput): CheckIn {
  requireRange("expenditureKcal", input.expenditureKcal, 800, 8000, "expenditure must be 800–8000 kcal/d");
  requireRange(
    "currentTargetKcal",
    input.currentTargetKcal,
    800,
    8000,
    "current target must be 800–8000 kcal/d",
  );
  requireRange("floor", input.floorKcal, 800, 4000, "the calorie floor must be 800–4000 kcal/d");
  requireRange(
    "energyDensity",
    input.energyDensityKcalPerKg,
    3000,
    9500,
    "energy density must be 3000–9500 kcal/kg",
  );
  const byConfidence = STEP_FRACTION[input.confidence];
  if (byConfidence === undefined)
    throw new InvalidInputError("confidence", "confidence must be low, medium or high");
  const hw = input.halfWidth80Kcal;
  if (hw !== undefined)
    requireRange("halfWidth80Kcal", hw, 0, 5000, "interval half-width must be 0–5000 kcal/d");
  const fraction =
    hw === undefined
      ? byConfidence
      : Math.max(MIN_STEP_FRACTION, 0.5 * Math.min(1, CONFIDENCE_HALF_WIDTH.high / Math.max(hw, 1)));
  const { kgPerWeek, capped } = rateKgPerWeek(input.rate, input.weightKg);

  const ideal = input.expenditureKcal - (kgPerWeek * input.energyDensityKcalPerKg) / 7;
  const step = Math.max(
    -MAX_WEEKLY_CHANGE_KCAL,
    Math.min(MAX_WEEKLY_CHANGE_KCAL, (ideal - input.currentTargetKcal) * fraction),
  );
  const damped = Math.round(input.currentTargetKcal + step);
  const target = Math.max(input.floorKcal, damped);
  const floorApplied = target > damped;

  const parts = [
    `Your expenditure is about ${fmt(input.expenditureKcal)} kcal/d` +
      (hw === undefined
        ? ""
        : ` (80 % range ${fmt(input.expenditureKcal - hw)}–${fmt(input.expenditureKcal + hw)})`) +
      ` (${input.confidence} confidence, ${input.daysUsed} complete days).`,
    `To lose ${kgPerWeek.toFixed(2)} kg a week${capped ? " (capped at 1 % of body weight)" : ""} you need about ` +
      `${fmt(input.expenditureKcal - ideal)} kcal/d below it: ${fmt(ideal)} kcal/d.`,
    `The target moves ${stepWords(fraction)} of the way from ${fmt(input.currentTargetKcal)}` +
      (hw !== undefined && fraction < 0.5 ? " (less when the range is wide)" : "") +
      ", " +
      `by at most ${MAX_WEEKLY_CHANGE_KCAL} kcal/d a week, so one noisy week cannot swing the plan: ${fmt(damped)} kcal/d.`,
  ];
  if (floorApplied) parts.push(`That is below your floor, so the target stays at ${fmt(target)} kcal/d.`);
  return {
    targetKcal: target,
    idealKcal: ideal,
    changeKcal: target - input.currentTargetKcal,
    rateKgPerWeek: kgPerWeek,
    rateCapped: capped,
    floorApplied,
    explanation: parts.join(" "),
  };
}
