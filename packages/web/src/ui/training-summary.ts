import { catalogue } from "@leanback/core/training/catalogue";
import { regionsOf } from "@leanback/core/training/exercise";
import { ladderById } from "@leanback/core/training/ladder";
import { addDays } from "@leanback/core/trend/iso-day";
import { mondayOf } from "./dates.js";
import type { Workout } from "../api/progress-api.js";

export interface WeekSummary {
  /** Monday of the ISO week, YYYY-MM-DD. */
  readonly weekStart: string;
  readonly workouts: number;
  /** Strength and posture sets whose primary muscles are in the upper or lower back (docs/protocol.md §1). */
  readonly backSets: number;
  /** Logged cardio bouts plus timed sets of cardio exercises, whole minutes. */
  readonly cardioMinutes: number;
  /** Each logged set of an interval exercise is one round (the player logs one set a round). */
  readonly intervalRounds: number;
}

export { mondayOf };

function kindOf(exerciseId: string): { back: boolean; kind: string } {
  const cat = catalogue();
  if (!cat.has(exerciseId)) return { back: false, kind: "unknown" };
  const e = cat.byId(exerciseId);
  const regions = regionsOf(e);
  // Rowing intervals work the back too, but "back sets" counts resistance sets (docs/protocol.md §1).
  const resistance = e.kind === "strength" || e.kind === "posture";
  return {
    back: resistance && (regions.includes("upper-back") || regions.includes("lower-back")),
    kind: e.kind,
  };
}

/**
 * Weekly training totals, newest week first, for the `weeks` ISO weeks ending with the week of
 * `today` (weeks without workouts are listed with zeros, so a missed week shows).
 *
 * @example
 * weeklyTraining([], "2026-11-20", 1); // → [{ weekStart: "2026-11-16", workouts: 0, backSets: 0, … }]
 */
export function weeklyTraining(workouts: readonly Workout[], today: string, weeks: number): WeekSummary[] {
  const thisWeek = mondayOf(today);
  const out: WeekSummary[] = [];
  for (let w = 0; w < weeks; w++) {
    const start = addDays(thisWeek, -7 * w);
    const end = addDays(start, 6);
    const inWeek = workouts.filter((x) => x.date >= start && x.date <= end);
    let backSets = 0;
    let cardioSeconds = 0;
    let intervalRounds = 0;
    for (const wo of inWeek) {
      for (const s of wo.sets) {
        const k = kindOf(s.exerciseId);
        if (k.back) backSets += 1;
        if (k.kind === "interval") intervalRounds += 1;
        if (k.kind === "cardio") cardioSeconds += s.durationS ?? 0;
      }
      for (const c of wo.cardio) cardioSeconds += c.durationS;
    }
    out.push({
      weekStart: start,
      workouts: inWeek.length,
      backSets,
      cardioMinutes: Math.round(cardioSeconds / 60),
      intervalRounds,
    });
  }
  return out;
}

export interface LadderPosition {
  readonly rung: number;
  readonly of: number;
  readonly exerciseId: string;
  readonly name: string;
  /** "logged": the latest logged pull-up ladder exercise; "plan": where the plan placed the person. */
  readonly source: "logged" | "plan";
}

/**
 * The pull-up ladder rung: the most recent logged exercise on that ladder, else where the plan
 * placed the person (core program-slots.ts ladderChoice: onboarding answers, moved to a rung
 * their equipment allows), else null.
 */
export function pullUpRung(
  workouts: readonly Workout[],
  placedExerciseId: string | null,
): LadderPosition | null {
  const rungs = ladderById("pull-up").rungs.map((r) => r.exerciseId);
  const name = (id: string) => (catalogue().has(id) ? catalogue().byId(id).name : id);
  const newestFirst = [...workouts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const wo of newestFirst) {
    const onLadder = wo.sets.map((s) => rungs.indexOf(s.exerciseId)).filter((i) => i >= 0);
    if (onLadder.length > 0) {
      const i = Math.max(...onLadder);
      const id = rungs[i] as string;
      return { rung: i + 1, of: rungs.length, exerciseId: id, name: name(id), source: "logged" };
    }
  }
  const placed = placedExerciseId === null ? -1 : rungs.indexOf(placedExerciseId);
  if (placed < 0) return null;
  const id = rungs[placed] as string;
  return { rung: placed + 1, of: rungs.length, exerciseId: id, name: name(id), source: "plan" };
}
