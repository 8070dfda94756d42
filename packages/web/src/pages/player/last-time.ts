import type { LoggedSet } from "../../api/workout-log.js";

/** A workout as GET /api/users/{userId}/workouts lists it (the parts used here). */
export interface HistoryWorkout {
  readonly date: string;
  readonly sets: readonly {
    readonly exerciseId: string;
    readonly setIndex: number;
    readonly reps: number | null;
    readonly loadKg: number | null;
    readonly loadType: LoggedSet["loadType"];
    readonly assistanceKg: number | null;
    readonly durationS: number | null;
  }[];
}

export interface LastTime {
  readonly date: string;
  readonly sets: readonly LoggedSet[];
}

/**
 * The most recent earlier day each exercise was done, with that day's sets in order: what the
 * player shows as "last time" so the next set can beat it (progression, docs/protocol.md §1).
 * Workouts on `beforeDate` or later are ignored (today's own sets are not "last time").
 *
 * @example
 * lastTimes([], "2026-11-20").size; // → 0
 */
export function lastTimes(workouts: readonly HistoryWorkout[], beforeDate: string): Map<string, LastTime> {
  const out = new Map<string, { date: string; sets: LoggedSet[] }>();
  const earlier = workouts.filter((w) => w.date < beforeDate).sort((a, b) => (a.date < b.date ? 1 : -1));
  for (const w of earlier) {
    const ordered = [...w.sets].sort((a, b) => a.setIndex - b.setIndex);
    for (const s of ordered) {
      const seen = out.get(s.exerciseId);
      if (seen && seen.date !== w.date) continue;
      const set: LoggedSet = {
        exerciseId: s.exerciseId,
        reps: s.reps,
        durationS: s.durationS,
        loadType: s.loadType,
        loadKg: s.loadKg,
        assistanceKg: s.assistanceKg,
      };
      if (seen) seen.sets.push(set);
      else out.set(s.exerciseId, { date: w.date, sets: [set] });
    }
  }
  return out;
}
