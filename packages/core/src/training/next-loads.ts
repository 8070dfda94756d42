import { nextLoad, type LoadChange, type RatedSet } from "./autoregulation.js";
import { catalogue } from "./catalogue.js";
import type { Load, LoadEquipment, RepRange } from "./prescription.js";
import type { Plan, StrengthItem } from "./program-types.js";
import type { WeightUnit } from "./progression-steps.js";

/**
 * The next load of every exercise from the log: for each strength exercise, its most recent
 * logged session, read against what the plan asked that day (autoregulation.ts), starting
 * from the load actually lifted. Sessions of a lighter week move nothing.
 */

/** A logged workout as the API stores it (canonical units). */
export interface LoggedWorkout {
  readonly date: string;
  /** "<planId>:w<week>-<day>" for a planned session, null otherwise. */
  readonly plannedRef: string | null;
  readonly sets: readonly {
    readonly exerciseId: string;
    readonly reps: number | null;
    readonly loadKg: number | null;
    readonly loadType: "external" | "bodyweight" | "assisted" | "band" | "none";
    readonly assistanceKg: number | null;
    readonly rpe: number | null;
  }[];
}

export interface ExerciseNextLoad {
  readonly exerciseId: string;
  /** The workout this is based on. */
  readonly date: string;
  readonly load: Load;
  readonly change: LoadChange;
  readonly reason: string;
}

/** The equipment whose steps move an exercise's external load. */
function equipmentFor(exerciseId: string, planned: Load | undefined): LoadEquipment {
  if (planned?.kind === "external") return planned.equipment;
  const eq = catalogue().has(exerciseId) ? catalogue().byId(exerciseId).equipment : [];
  return eq.includes("cable-machine") ? "cable" : "dumbbell";
}

function loggedLoad(s: LoggedWorkout["sets"][number], equipment: LoadEquipment): Load {
  if (s.loadType === "external") return { kind: "external", kg: s.loadKg ?? 0, equipment };
  if (s.loadType === "assisted") return { kind: "assisted", assistKg: s.assistanceKg ?? 0 };
  if (s.loadType === "bodyweight" && (s.loadKg ?? 0) > 0) return { kind: "added", kg: s.loadKg ?? 0 };
  return { kind: "bodyweight" };
}

/** The plan's item for an exercise on the session a workout carried out, if it names one. */
function plannedItem(plan: Plan | undefined, ref: string | null, exerciseId: string) {
  const m = ref ? /(?:^|:)w(\d+)-(mon|tue|wed|thu|fri|sat|sun)$/.exec(ref) : null;
  if (!plan || !m) return undefined;
  const week = plan.weeks.find((w) => w.week === Number(m[1]));
  const item = week?.sessions
    .filter((s) => s.day === m[2])
    .flatMap((s) => s.items)
    .find((i): i is StrengthItem => i.type === "strength" && i.exerciseId === exerciseId);
  return item ? { item, lighter: week?.lighter === true } : undefined;
}

function anyPlanned(plan: Plan | undefined, exerciseId: string): StrengthItem | undefined {
  return plan?.weeks
    .flatMap((w) => w.sessions.flatMap((s) => s.items))
    .find((i): i is StrengthItem => i.type === "strength" && i.exerciseId === exerciseId);
}

/**
 * Next loads from the log (latest workout per exercise), for exercises logged with reps.
 *
 * @example
 * nextLoads(plan, [{ date: "2026-11-20", plannedRef: "p:w1-mon", sets: [...3 easy sets of rows] }], "kg")[0]?.change;
 * // → "up"
 */
export function nextLoads(
  plan: Plan | undefined,
  workouts: readonly LoggedWorkout[],
  unit: WeightUnit,
): ExerciseNextLoad[] {
  const latest = new Map<string, LoggedWorkout>();
  for (const w of [...workouts].sort((a, b) => a.date.localeCompare(b.date)))
    for (const s of w.sets) if (s.reps !== null) latest.set(s.exerciseId, w);
  const out: ExerciseNextLoad[] = [];
  for (const [exerciseId, w] of latest) {
    const sets = w.sets.filter((s) => s.exerciseId === exerciseId && s.reps !== null);
    const last = sets[sets.length - 1];
    if (!last) continue;
    const found = plannedItem(plan, w.plannedRef, exerciseId);
    const item = found?.item ?? anyPlanned(plan, exerciseId);
    const cat = catalogue().has(exerciseId) ? catalogue().byId(exerciseId).dosage : undefined;
    const reps: RepRange | undefined =
      item?.dosage.kind === "reps"
        ? item.dosage.reps
        : cat?.type === "reps"
          ? { min: cat.repsMin, max: cat.repsMax }
          : undefined;
    if (!reps) continue;
    const load = loggedLoad(last, equipmentFor(exerciseId, item?.load));
    if (found?.lighter) {
      out.push({ exerciseId, date: w.date, load, change: "hold", reason: "lighter week: nothing changes" });
      continue;
    }
    const rated: RatedSet[] = sets.map((s) => ({
      reps: s.reps ?? 0,
      load: loggedLoad(s, equipmentFor(exerciseId, item?.load)),
      ...(s.rpe !== null ? { rpe: s.rpe } : {}),
    }));
    const plannedSets = item?.dosage.sets ?? Math.min(sets.length, cat?.sets ?? sets.length);
    const n = nextLoad({ sets: plannedSets, reps, load }, rated, unit);
    out.push({ exerciseId, date: w.date, ...n });
  }
  return out.sort((a, b) => a.exerciseId.localeCompare(b.exerciseId));
}
