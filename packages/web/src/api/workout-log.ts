import type { LoadType } from "@leanback/core/training/exercise";
import type { IntervalSpecInput } from "@leanback/core/training/interval-spec";
import { buildTimeline } from "@leanback/core/training/interval-timeline";

/**
 * What the player has logged so far, in the API's canonical units (kg, seconds), and the POST
 * body for /api/users/{userId}/workouts (packages/server/src/features/workouts/workout-schema.ts).
 */

export interface LoggedSet {
  readonly exerciseId: string;
  readonly reps: number | null;
  readonly durationS: number | null;
  readonly loadType: LoadType;
  /** external: the load held; bodyweight: load added on a belt (null for none). */
  readonly loadKg: number | null;
  /** assisted: the assistance taken off the body weight. */
  readonly assistanceKg: number | null;
  /** How hard the set was, 1–10 (10 = no rep left), when the person says. */
  readonly rpe?: number;
}

export interface LoggedCardio {
  readonly exerciseId: string;
  readonly modality: string;
  readonly durationS: number;
}

export interface SessionLog {
  readonly startedAt: number;
  readonly sets: readonly LoggedSet[];
  readonly cardio: readonly LoggedCardio[];
  /** Step indexes ticked off (mobility, or timed steps logged). */
  readonly done: readonly number[];
}

export function emptyLog(startedAt: number): SessionLog {
  return { startedAt, sets: [], cardio: [], done: [] };
}

/**
 * One set from the form's fields. Throws a message naming the field when a value the load type
 * needs is missing or out of the API's range, so the form can show it.
 *
 * @example
 * setFromForm("pullup-assisted-machine", "assisted", { reps: "8", kg: "25" }).assistanceKg; // → 25
 */
export function setFromForm(
  exerciseId: string,
  loadType: LoadType,
  f: { reps?: string; seconds?: string; kg?: string; rpe?: string },
): LoggedSet {
  const num = (raw: string | undefined) => {
    const t = (raw ?? "").trim().replace(",", ".");
    return t === "" ? null : Number(t);
  };
  const reps = num(f.reps);
  const seconds = num(f.seconds);
  const kg = num(f.kg);
  if (reps !== null && (!Number.isInteger(reps) || reps < 0 || reps > 500))
    throw new SetFieldError("reps", "Reps must be a whole number from 0 to 500.");
  if (seconds !== null && (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600))
    throw new SetFieldError("seconds", "Seconds must be a whole number from 1 to 3600.");
  if (reps === null && seconds === null)
    throw new SetFieldError("reps", "Enter the reps (or seconds) you did.");
  if (kg !== null && (!Number.isFinite(kg) || kg < 0 || kg > (loadType === "assisted" ? 200 : 500)))
    throw new SetFieldError("kg", `The weight must be 0–${loadType === "assisted" ? 200 : 500} kg.`);
  const rpe = num(f.rpe);
  if (rpe !== null && (!Number.isFinite(rpe) || rpe < 1 || rpe > 10 || !Number.isInteger(rpe * 2)))
    throw new SetFieldError("rpe", "Effort must be 1–10 in half steps (10 = no rep left).");
  if (loadType === "external" && kg === null) throw new SetFieldError("kg", "Enter the load you lifted.");
  if (loadType === "assisted" && kg === null)
    throw new SetFieldError("kg", "Enter the assistance the machine gave.");
  return {
    exerciseId,
    reps,
    durationS: seconds,
    loadType,
    loadKg: loadType === "external" || (loadType === "bodyweight" && kg !== null && kg > 0) ? kg : null,
    assistanceKg: loadType === "assisted" ? kg : null,
    ...(rpe !== null ? { rpe } : {}),
  };
}

/** A form value the set cannot be logged with; `field` is "reps", "seconds", "kg" or "rpe". */
export class SetFieldError extends Error {
  constructor(
    readonly field: "reps" | "seconds" | "kg" | "rpe",
    message: string,
  ) {
    super(message);
    this.name = "SetFieldError";
  }
}

/** Work rounds of an interval timeline: what "one set a round" logs for it. */
export function workRounds(spec: IntervalSpecInput): { count: number; seconds: number } {
  const work = buildTimeline(spec).segments.filter((s) => s.kind === "work");
  const seconds = work.length === 0 ? 0 : Math.round(work.reduce((a, s) => a + s.duration, 0) / work.length);
  return { count: work.length, seconds };
}

export interface WorkoutBody {
  readonly date: string;
  readonly title: string;
  readonly plannedRef: string | null;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly sets: readonly Record<string, unknown>[];
  readonly cardio: readonly Record<string, unknown>[];
  readonly clientId: string;
}

/** The POST body; absent optional values are left out rather than sent as null. */
export function workoutBody(
  log: SessionLog,
  meta: { date: string; title: string; plannedRef: string | null; finishedAt: number; clientId: string },
): WorkoutBody {
  return {
    date: meta.date,
    title: meta.title,
    plannedRef: meta.plannedRef,
    startedAt: log.startedAt,
    finishedAt: Math.max(meta.finishedAt, log.startedAt),
    clientId: meta.clientId,
    sets: log.sets.map((s) => ({
      exerciseId: s.exerciseId,
      loadType: s.loadType,
      ...(s.reps !== null ? { reps: s.reps } : {}),
      ...(s.durationS !== null ? { durationS: s.durationS } : {}),
      ...(s.loadKg !== null ? { loadKg: s.loadKg } : {}),
      ...(s.assistanceKg !== null ? { assistanceKg: s.assistanceKg } : {}),
      ...(s.rpe !== undefined ? { rpe: s.rpe } : {}),
    })),
    cardio: log.cardio.map((c) => ({ modality: c.modality, durationS: c.durationS })),
  };
}
