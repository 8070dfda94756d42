import type { Level } from "./exercise.js";
import type { Load, LoadEquipment } from "./prescription.js";
import { roundToEquipment, stepLoadKg } from "./progression-steps.js";

/**
 * Starting loads from level, body weight and sex: conservative starting points for the first
 * sets, not predictions. The person's log moves them from there (autoregulation.ts).
 *
 * How: a reference lift's one-rep max as a multiple of body weight, from common strength-
 * standards tables (1RM ÷ body weight by level, men: row 0.5 / 0.75 / 1.0, bench press 0.5 /
 * 0.75 / 1.25, squat 0.75 / 1.0 / 1.75, deadlift 1.0 / 1.25 / 2.0, overhead press 0.35 / 0.5 /
 * 0.75 for beginner / novice / intermediate; women's columns are about 60 % of men's for the
 * upper body and 70 % for the lower body). Each app level reads one column lower (beginner →
 * beginner, intermediate → novice, advanced → intermediate). The load for the top of the rep
 * range with 2 reps in reserve follows Epley's formula, 1RM = w · (1 + reps / 30) (Epley B,
 * 1985, Poundage Chart, Boyd Epley Workout). How much of the barbell lift one dumbbell or a
 * cable stack carries is our assumption (FACTORS below). Rounded down to the equipment's step.
 */

export type Sex = "female" | "male";
type Lift = "row" | "bench" | "squat" | "deadlift" | "press" | "pulldown";

/** 1RM ÷ body weight for men, by the column each app level reads. */
const RATIOS: Readonly<Record<Lift, Readonly<Record<Level, number>>>> = {
  row: { beginner: 0.5, intermediate: 0.75, advanced: 1.0 },
  bench: { beginner: 0.5, intermediate: 0.75, advanced: 1.25 },
  squat: { beginner: 0.75, intermediate: 1.0, advanced: 1.75 },
  deadlift: { beginner: 1.0, intermediate: 1.25, advanced: 2.0 },
  press: { beginner: 0.35, intermediate: 0.5, advanced: 0.75 },
  // Lat pulldown: read like the row (our assumption; tables rarely list it).
  pulldown: { beginner: 0.5, intermediate: 0.75, advanced: 1.0 },
};
const LOWER_BODY: ReadonlySet<Lift> = new Set(["squat", "deadlift"]);
const WOMEN_UPPER = 0.6;
const WOMEN_LOWER = 0.7;
const RESERVE_REPS = 2;

/** Share of the reference lift's 1RM that one dumbbell (or the cable stack) carries: our assumption. */
const FACTORS: Readonly<Record<string, { lift: Lift; factor: number; equipment: LoadEquipment }>> = {
  "row-dumbbell-one-arm": { lift: "row", factor: 0.4, equipment: "dumbbell" },
  "row-dumbbell-lunge-stance": { lift: "row", factor: 0.35, equipment: "dumbbell" },
  "row-dumbbell-bent-over": { lift: "row", factor: 0.3, equipment: "dumbbell" },
  "renegade-row": { lift: "row", factor: 0.15, equipment: "dumbbell" },
  "row-cable-seated": { lift: "row", factor: 0.8, equipment: "cable" },
  "rear-delt-fly": { lift: "row", factor: 0.08, equipment: "dumbbell" },
  "face-pull": { lift: "row", factor: 0.25, equipment: "cable" },
  "lat-pulldown-wide": { lift: "pulldown", factor: 0.8, equipment: "cable" },
  "dumbbell-pullover": { lift: "bench", factor: 0.25, equipment: "dumbbell" },
  "dumbbell-pullover-floor": { lift: "bench", factor: 0.25, equipment: "dumbbell" },
  "romanian-deadlift-dumbbell": { lift: "deadlift", factor: 0.25, equipment: "dumbbell" },
  "deadlift-dumbbell": { lift: "deadlift", factor: 0.3, equipment: "dumbbell" },
  "single-leg-rdl": { lift: "deadlift", factor: 0.12, equipment: "dumbbell" },
  "goblet-squat": { lift: "squat", factor: 0.3, equipment: "dumbbell" },
  "lunge-dumbbell": { lift: "squat", factor: 0.15, equipment: "dumbbell" },
  "dumbbell-bench-press": { lift: "bench", factor: 0.35, equipment: "dumbbell" },
  "dumbbell-floor-press": { lift: "bench", factor: 0.3, equipment: "dumbbell" },
  "overhead-press-dumbbell": { lift: "press", factor: 0.35, equipment: "dumbbell" },
};

/** The protocol's own starting loads (kg): one-arm row 4.5–7, renegade row 2–4.5, rear-delt fly 1.5–2.5. */
export const PROTOCOL_START_KG: Readonly<Record<string, number>> = {
  "row-dumbbell-one-arm": 4.5,
  "row-dumbbell-lunge-stance": 4.5,
  "renegade-row": 2,
  "rear-delt-fly": 1.5,
};

export interface StartingLoadInput {
  readonly exerciseId: string;
  readonly level: Level;
  readonly bodyWeightKg: number;
  /** Unknown sex reads the women's columns (the lower, so the safer start). */
  readonly sex?: Sex;
  /** Top of the planned rep range. */
  readonly topReps: number;
}

/**
 * The starting load of an exercise, or undefined when we have no basis for one (body-weight
 * moves, bands, carries). Never below the protocol's own starting load for the exercise.
 *
 * @example
 * startingLoad({ exerciseId: "row-dumbbell-one-arm", level: "advanced", bodyWeightKg: 85, sex: "male", topReps: 12 });
 * // → { kind: "external", kg: 22.5, equipment: "dumbbell" }
 */
export function startingLoad(o: StartingLoadInput): Load | undefined {
  const f = FACTORS[o.exerciseId];
  if (!f) return undefined;
  const women = LOWER_BODY.has(f.lift) ? WOMEN_LOWER : WOMEN_UPPER;
  const oneRm = o.bodyWeightKg * RATIOS[f.lift][o.level] * (o.sex === "male" ? 1 : women) * f.factor;
  const target = oneRm / (1 + (o.topReps + RESERVE_REPS) / 30);
  // Round down to the equipment (never heavier than the target), never below one step.
  let kg = roundToEquipment(target, f.equipment, "kg");
  if (kg > target) kg = stepLoadKg(kg, f.equipment, "kg", -1);
  kg = Math.max(kg, PROTOCOL_START_KG[o.exerciseId] ?? 0, f.equipment === "dumbbell" ? 1 : 2.5);
  return { kind: "external", kg, equipment: f.equipment };
}
