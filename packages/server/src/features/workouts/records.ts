import type { Load } from "@leanback/core/training/prescription";
import { personalRecords } from "@leanback/core/training/records";
import type { PerformedSession } from "@leanback/core/training/workout-log";
import { listWeighIns, type WeighIn } from "@leanback/db/repos/weigh-ins";
import { listWorkouts, type Workout, type WorkoutSet } from "@leanback/db/repos/workouts";
import type { UseCaseDeps } from "../shared/deps.js";
import type { RecordView } from "./workout-schema.js";

/**
 * Stored set → core Load. Equipment is not stored and does not enter records (Epley uses the
 * load only), so external loads are tagged "machine" for the type's sake. Band and unloaded sets
 * count as body-weight sets (records: most reps).
 */
function loadOf(s: WorkoutSet): Load | undefined {
  switch (s.loadType) {
    case "external":
      return s.loadKg === null ? undefined : { kind: "external", kg: s.loadKg, equipment: "machine" };
    case "assisted":
      return s.assistanceKg === null ? undefined : { kind: "assisted", assistKg: s.assistanceKg };
    case "bodyweight":
      return s.loadKg !== null && s.loadKg > 0 ? { kind: "added", kg: s.loadKg } : { kind: "bodyweight" };
    case "band":
    case "none":
      return { kind: "bodyweight" };
  }
}

/** The latest weigh-in on or before `date`, else the earliest after it; undefined without any. */
function bodyWeightOn(weighIns: readonly WeighIn[], date: string): number | undefined {
  let best: WeighIn | undefined;
  for (const w of weighIns) if (w.date <= date) best = w;
  return (best ?? weighIns[0])?.weightKg;
}

/** A stored workout as core's performed session (strength sets only: records are strength). */
export function toPerformedSession(w: Workout, bodyWeightKg: number | undefined): PerformedSession {
  const byExercise = new Map<string, PerformedSession["entries"][number] & { kind: "strength" }>();
  for (const s of w.sets) {
    const load = loadOf(s);
    // Without a known body weight an added-load set has no effective load: leave it out rather
    // than invent a weight.
    if (load === undefined || s.reps === null || (load.kind === "added" && bodyWeightKg === undefined))
      continue;
    const entry = byExercise.get(s.exerciseId) ?? {
      kind: "strength" as const,
      exerciseId: s.exerciseId,
      sets: [],
    };
    entry.sets.push({ reps: s.reps, load });
    byExercise.set(s.exerciseId, entry);
  }
  return {
    id: w.id,
    plannedSessionId: w.plannedRef,
    date: w.date,
    // Only "added" loads read the body weight (core effectiveLoadKg); those were dropped above
    // when it is unknown, so the stand-in below never reaches a number shown to anyone.
    bodyWeightKg: bodyWeightKg ?? 70,
    entries: [...byExercise.values()],
  };
}

/** Personal records over the whole workout log (core/training/records.ts). */
export async function workoutRecords(deps: UseCaseDeps, userId: string): Promise<RecordView[]> {
  const [workouts, weighIns] = await Promise.all([
    listWorkouts(deps.db, userId),
    listWeighIns(deps.db, userId),
  ]);
  const sessions = workouts.map((w) => toPerformedSession(w, bodyWeightOn(weighIns, w.date)));
  return personalRecords(sessions)
    .map((r) => ({
      exerciseId: r.exerciseId,
      kind: r.kind,
      date: r.date,
      workoutId: r.sessionId,
      kg: r.kind === "e1rm" ? r.kg : null,
      reps: r.kind === "e1rm" ? r.fromSet.reps : r.reps,
      assistKg: r.kind === "min-assist" ? r.assistKg : null,
    }))
    .sort((a, b) =>
      a.exerciseId === b.exerciseId ? a.kind.localeCompare(b.kind) : a.exerciseId.localeCompare(b.exerciseId),
    );
}
