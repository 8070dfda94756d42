import { DELOAD_LOAD_FRACTION, DEFAULT_DELOAD_EVERY_WEEKS, isDeloadWeek } from "./deload.js";
import type { Dosage, Load } from "./prescription.js";
import { roundToEquipment, stepLoadKg } from "./progression-steps.js";

/**
 * The plan's periodisation: cycles of five weeks, four that build and a lighter fifth (a deload
 * every 4–6 weeks cuts volume and a little load; Bell L et al. 2022, Front Sports Act Living
 * 4:1073223). Inside a cycle strength progresses reps → sets → load (double progression, as
 * §1 says: top of the range, then a set or load); the next cycle starts one load step higher with
 * rotated exercises, so a 12-week plan repeats the shape.
 */

export interface WeekPhase {
  /** 0-based cycle (exercise rotation block). */
  readonly cycle: number;
  /** 1–4 building weeks, 5 the lighter week. */
  readonly step: number;
  readonly lighter: boolean;
  /** False when a session's time budget cannot take step 3's extra set. */
  readonly extraSet?: boolean;
}

/**
 * The phase of a 1-based plan week.
 *
 * @example
 * weekPhase(5); // → { cycle: 0, step: 5, lighter: true }
 * weekPhase(7); // → { cycle: 1, step: 2, lighter: false }
 */
export function weekPhase(week: number): WeekPhase {
  const every = DEFAULT_DELOAD_EVERY_WEEKS;
  return {
    cycle: Math.floor((week - 1) / every),
    step: ((week - 1) % every) + 1,
    lighter: isDeloadWeek(week, every),
  };
}

/** Extra seconds on a timed hold for each progression step (our rule). */
const HOLD_STEP_SECONDS = 10;

/**
 * A dosage and load moved to a week's phase: step 1 the full rep range, step 2 every set at the
 * top, step 3 one more set (at most 4), step 4 one load step up (body-weight moves: 2 more reps or
 * 10 s longer); a lighter week halves the sets (rounded down, at least 1) at 90 % load. Loads carry one step per cycle.
 *
 * @example
 * progressDose({ kind: "reps", sets: 3, reps: { min: 10, max: 12 }, perSide: true },
 *   { kind: "external", kg: 10, equipment: "dumbbell" }, weekPhase(4)).load;
 * // → { kind: "external", kg: 12.5, equipment: "dumbbell" }
 */
export function progressDose(
  dosage: Dosage,
  load: Load | undefined,
  phase: WeekPhase,
): { dosage: Dosage; load: Load | undefined } {
  const loadSteps = phase.cycle + (phase.step === 4 ? 1 : 0);
  const stepped = load ? moveLoad(load, loadSteps, phase.lighter) : undefined;
  if (phase.lighter) {
    const sets = Math.max(1, Math.floor(dosage.sets / 2));
    return { dosage: { ...dosage, sets }, load: stepped };
  }
  const more = phase.step >= 3 && phase.extraSet !== false;
  const sets = more ? Math.min(4, dosage.sets + 1) : dosage.sets;
  const loaded = stepped !== undefined && stepped.kind !== "bodyweight";
  if (dosage.kind === "duration") {
    const longer = phase.step === 1 ? 0 : phase.step === 4 ? 2 : 1;
    return {
      dosage: { ...dosage, sets, seconds: dosage.seconds + longer * HOLD_STEP_SECONDS },
      load: stepped,
    };
  }
  const { min, max } = dosage.reps;
  const reps =
    phase.step === 1
      ? { min, max }
      : phase.step === 4 && loaded
        ? { min, max }
        : phase.step === 4
          ? { min: Math.min(50, max + 2), max: Math.min(50, max + 2) }
          : { min: max, max };
  return { dosage: { ...dosage, sets, reps }, load: stepped };
}

function moveLoad(load: Load, steps: number, lighter: boolean): Load {
  if (load.kind === "external") {
    let kg = load.kg;
    for (let i = 0; i < steps; i++) kg = stepLoadKg(kg, load.equipment, "kg", 1);
    if (lighter) kg = roundToEquipment(kg * DELOAD_LOAD_FRACTION, load.equipment, "kg");
    return { ...load, kg };
  }
  if (load.kind === "added") {
    let kg = load.kg;
    for (let i = 0; i < steps; i++) kg = stepLoadKg(kg, "weight-belt", "kg", 1);
    return { ...load, kg: lighter ? roundToEquipment(kg * DELOAD_LOAD_FRACTION, "weight-belt", "kg") : kg };
  }
  return load;
}

/**
 * What changes this week and why, in the plan's words.
 *
 * @example
 * phaseChanges(weekPhase(2))[0]; // → "Reps first: every set aims at the top of its range."
 */
export function phaseChanges(phase: WeekPhase): string[] {
  if (phase.lighter)
    return [
      "Lighter week (every 5th): half the sets (at least 1) at 90 % of the load, cardio easy, intervals up to two rounds shorter (boxing keeps its 3 rounds) — recovery so the next block can build (Bell et al. 2022).",
    ];
  switch (phase.step) {
    case 1:
      return phase.cycle === 0
        ? ["Week 1: the full rep range while you find loads that leave 1–2 reps in reserve."]
        : [
            "New block: exercises rotate, loads start one step above the last block, reps back to the full range.",
          ];
    case 2:
      return ["Reps first: every set aims at the top of its range; holds 10 s longer; cardio 5 min longer."];
    case 3:
      return ["Then a set: one more set of each exercise (at most 4); cardio 5 min longer."];
    default:
      return [
        "Then load: held and machine loads up one step with reps back to the range; body-weight moves 2 more reps; holds 10 s longer; intervals one more round where your minutes allow (boxing keeps its 3 rounds).",
      ];
  }
}
