import { catalogue } from "@leanback/core/training/catalogue";
import {
  customExerciseId,
  exerciseMatcher,
  type ExerciseMatcher,
} from "@leanback/core/training/exercise-match";
import type { Modality } from "@leanback/core/training/exercise";
import type { CardioInput, SetInput } from "./import-plan.js";
import type { ImportLog } from "./import-problems.js";

/** One performed set or bout as a workout app's CSV row gives it, in canonical units. */
export interface ActivityRow {
  readonly name: string;
  readonly reps: number | null;
  readonly weightKg: number | null;
  readonly seconds: number | null;
  readonly distanceM: number | null;
  readonly rpe: number | null;
}

export type RowOutcome =
  | { readonly kind: "set"; readonly set: SetInput }
  | { readonly kind: "cardio"; readonly bout: CardioInput }
  | { readonly kind: "ignore"; readonly reason: string }
  | { readonly kind: "problem"; readonly reason: string };

/** The longest exercise name kept from a file: what a custom exercise may be called (80). */
export const EXERCISE_NAME_MAX = 80;

/** A file's exercise name as matched, reported and stored: spaces folded, at most 80 characters. */
export function exerciseNameOf(raw: string): string {
  return raw.replace(/\s+/g, " ").trim().slice(0, EXERCISE_NAME_MAX).trim();
}

let cachedMatcher: ExerciseMatcher | undefined;
/** The catalogue matcher, remembering the names it has seen (a file repeats a few names). */
function matcher(): ExerciseMatcher {
  if (cachedMatcher === undefined) {
    const m = exerciseMatcher(catalogue());
    const seen = new Map<string, ReturnType<ExerciseMatcher["match"]>>();
    cachedMatcher = {
      match(name) {
        let e = seen.get(name);
        if (e === undefined) {
          e = m.match(name);
          if (seen.size < 10_000) seen.set(name, e);
        }
        return e;
      },
    };
  }
  return cachedMatcher;
}

// Cardio names no catalogue entry matches, by the modality a word in them names.
const MODALITY_WORDS: ReadonlyArray<readonly [RegExp, Modality]> = [
  [/\bwalk/i, "walking"],
  [/\bhik/i, "walking"],
  [/\b(run|jog)/i, "running"],
  [/\b(cycl|bik|bicycl|spin)/i, "cycling"],
  [/\brow/i, "rowing"],
  [/\bswim/i, "swimming"],
  [/\belliptic/i, "elliptical"],
  [/\bstair/i, "stairs"],
  [/\b(jump rope|skipping)/i, "jump-rope"],
  [/\bbox/i, "boxing"],
  [/\b(aerobic|zumba|class)/i, "fitness-class"],
];

/** The cardio modality of a name: its catalogue entry's, else a word in it; null when neither. */
export function cardioModality(name: string): Modality | null {
  const e = matcher().match(name);
  if (e !== null) return e.modality ?? null;
  for (const [re, m] of MODALITY_WORDS) if (re.test(name)) return m;
  return null;
}

/** The report's note on warm-up, drop and failure sets. */
export function taggedSetsNote(count: number): string {
  return `${count} warm-up, drop or failure set${count === 1 ? " is" : "s are"} kept as ordinary sets (the workout log has no set types)`;
}

function validRpe(rpe: number | null): boolean {
  return rpe === null || (rpe >= 1 && rpe <= 10 && Number.isInteger(rpe * 2));
}

/**
 * A row as a set of a catalogue exercise (or a custom one, logged in `log`), a cardio bout, a
 * row to leave out, or a problem. The catalogue entry's load type says how the weight reads
 * (added to the body, assistance, or held).
 */
export function activityOutcome(row: ActivityRow, log: ImportLog): RowOutcome {
  const name = exerciseNameOf(row.name);
  if (name === "") return { kind: "problem", reason: "the exercise name is empty" };
  for (const [label, v] of [
    ["reps", row.reps],
    ["weight", row.weightKg],
    ["time", row.seconds],
    ["distance", row.distanceM],
  ] as const) {
    if (v !== null && (!Number.isFinite(v) || v < 0))
      return { kind: "problem", reason: `${label} is not a number ≥ 0` };
  }
  if (row.rpe !== null && !validRpe(row.rpe))
    return { kind: "problem", reason: "RPE must be 1–10 in steps of 0.5" };
  const reps = row.reps !== null && row.reps > 0 ? row.reps : null;
  const seconds = row.seconds !== null && row.seconds > 0 ? Math.round(row.seconds) : null;
  const distanceM = row.distanceM !== null && row.distanceM > 0 ? row.distanceM : null;
  const weightKg = row.weightKg !== null && row.weightKg > 0 ? row.weightKg : null;
  if (reps === null && seconds === null && distanceM === null) {
    return { kind: "ignore", reason: "empty set (no reps, time or distance)" };
  }
  if (reps !== null && !Number.isInteger(reps))
    return { kind: "problem", reason: "reps must be a whole number" };
  const chosen = log.chosenExercise(name);
  const exercise =
    chosen !== undefined && catalogue().has(chosen) ? catalogue().byId(chosen) : matcher().match(name);
  const cardioLike =
    reps === null && (distanceM !== null || (exercise !== null && exercise.modality !== undefined));
  if (cardioLike) {
    const modality = exercise !== null ? (exercise.modality ?? null) : cardioModality(name);
    if (modality !== null) {
      if (seconds === null || seconds < 60) {
        return { kind: "problem", reason: "a cardio bout needs its time, at least 60 s" };
      }
      if (seconds > 86_400) return { kind: "problem", reason: "a cardio bout lasts at most 24 h" };
      return {
        kind: "cardio",
        bout: { modality, durationS: seconds, distanceM: distanceM === null ? null : Math.round(distanceM) },
      };
    }
  }
  if (reps === null && seconds === null) {
    return {
      kind: "problem",
      reason: `distance without time for an exercise leanback has no cardio kind for`,
    };
  }
  if (reps === null && seconds !== null && seconds > 3600) {
    return {
      kind: "problem",
      reason:
        exercise === null
          ? `over an hour of "${name}", which leanback does not know as cardio: check the file and pick the exercise it is, or skip the row`
          : "a timed set lasts at most 3600 s",
    };
  }
  const rpe = row.rpe;
  if (exercise === null || exercise.modality !== undefined) {
    log.unmatched(name);
    return {
      kind: "set",
      set: {
        exerciseId: customExerciseId(name),
        reps,
        durationS: reps === null ? seconds : null,
        loadKg: weightKg,
        loadType: weightKg === null ? "bodyweight" : "external",
        rpe,
      },
    };
  }
  const base = { exerciseId: exercise.id, reps, durationS: reps === null ? seconds : null, rpe };
  switch (exercise.loadType) {
    case "assisted":
      return {
        kind: "set",
        set:
          weightKg === null
            ? { ...base, loadType: "bodyweight", loadKg: null }
            : { ...base, loadType: "assisted", assistanceKg: weightKg },
      };
    case "external":
      return {
        kind: "set",
        set:
          weightKg === null
            ? { ...base, loadType: "none" }
            : { ...base, loadType: "external", loadKg: weightKg },
      };
    default:
      return { kind: "set", set: { ...base, loadType: exercise.loadType, loadKg: weightKg } };
  }
}
