import { activityByCode } from "../activity/compendium.js";
import { netKcal } from "../activity/exercise-energy.js";
import { InvalidInputError } from "../errors.js";
import type { PerformedSession } from "./workout-log.js";

/**
 * Energy of a logged workout, for information only. Net kcal (what the workout adds above
 * resting) uses activity/exercise-energy.ts (Herrmann SD et al. 2024, SCIENCE.md §4). The
 * result is labelled so that no target ever adds it back (SCIENCE.md: targets from the adaptive
 * estimate already contain training).
 */

/** Strength sets without a code count as resistance training 8–15 reps, 3.5 MET (Compendium 02054). */
export const DEFAULT_STRENGTH_CODE = "02054";
/** Seconds a strength set with reps is taken to last, rest included, when nothing else is known. */
export const SECONDS_PER_STRENGTH_SET = 120;

export interface WorkoutEnergy {
  readonly netKcal: number;
  readonly method: "rmr" | "met-minus-one";
  readonly minutes: number;
  /** Always true: shown to the person, never added to an intake target. */
  readonly informationOnly: true;
  readonly addToIntakeTarget: false;
}

/**
 * Net energy of a logged session: cardio by its Compendium code (required for cardio entries),
 * strength at 3.5 MET for about 2 min a set unless `strengthMinutes` is given.
 *
 * @example
 * workoutNetKcal(session, { rmrKcal: 1680 }).netKcal; // 30 min rowing (5.0 MET) at 80 kg → 165
 */
export function workoutNetKcal(
  session: PerformedSession,
  o: { rmrKcal?: number; strengthMinutes?: number } = {},
): WorkoutEnergy {
  let kcal = 0;
  let minutes = 0;
  let method: WorkoutEnergy["method"] = o.rmrKcal === undefined ? "met-minus-one" : "rmr";
  const add = (code: string, mins: number) => {
    if (mins <= 0) return;
    const r = netKcal(
      { met: activityByCode(code).met, weightKg: session.bodyWeightKg, minutes: mins },
      o.rmrKcal,
    );
    kcal += r.kcal;
    minutes += mins;
    method = r.method;
  };
  let strengthSets = 0;
  for (const e of session.entries) {
    if (e.kind === "strength") {
      strengthSets += e.sets.filter((s) => s.reps > 0 || (s.seconds ?? 0) > 0).length;
      continue;
    }
    if (!e.activityCode) {
      throw new InvalidInputError(
        "activityCode",
        `cardio "${e.exerciseId}" needs a Compendium code for its energy`,
      );
    }
    add(e.activityCode, e.durationSeconds / 60);
  }
  add(DEFAULT_STRENGTH_CODE, o.strengthMinutes ?? (strengthSets * SECONDS_PER_STRENGTH_SET) / 60);
  return { netKcal: kcal, method, minutes, informationOnly: true, addToIntakeTarget: false };
}
