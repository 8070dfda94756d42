import { workoutSessionKey } from "@leanback/core/training/workout-log";
import { ConflictError as StoredConflict, isUniqueViolation } from "@leanback/db/db-errors";
import {
  deleteWorkout,
  findWorkoutBySessionKey,
  getWorkout,
  listWorkouts,
  replaceWorkout as replaceStoredWorkout,
  saveWorkout,
  type Workout,
  type WorkoutReplacement,
} from "@leanback/db/repos/workouts";
import { requireNotFuture } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";
import {
  workoutInputSchema,
  workoutPatchSchema,
  workoutReplaceSchema,
  type WorkoutInputBody,
  type WorkoutView,
} from "./workout-schema.js";
import { resolveRange, type RangeRule } from "../shared/bounded-range.js";

export function workoutView(w: Workout): WorkoutView {
  return {
    id: w.id,
    date: w.date,
    title: w.title,
    plannedRef: w.plannedRef,
    startedAt: w.startedAt,
    finishedAt: w.finishedAt,
    notes: w.notes,
    clientId: w.clientId,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    sets: w.sets.map((s) => ({
      exerciseId: s.exerciseId,
      setIndex: s.setIndex,
      reps: s.reps,
      loadKg: s.loadKg,
      loadType: s.loadType,
      assistanceKg: s.assistanceKg,
      rpe: s.rpe,
      durationS: s.durationS,
    })),
    cardio: w.cardio.map((c) => ({
      modality: c.modality,
      durationS: c.durationS,
      distanceM: c.distanceM,
      avgHr: c.avgHr,
      metCode: c.metCode,
    })),
  };
}

/**
 * The repository's fields from a request body. Sets are numbered in the order sent: that order
 * is the workout's order.
 */
function fieldsOf(input: Omit<WorkoutInputBody, "clientId">): WorkoutReplacement {
  return {
    date: input.date,
    title: input.title,
    plannedRef: input.plannedRef ?? null,
    sessionKey: workoutSessionKey(input.date, input.plannedRef),
    startedAt: input.startedAt ?? null,
    finishedAt: input.finishedAt ?? null,
    notes: input.notes ?? null,
    sets: input.sets.map((s, i) => ({
      exerciseId: s.exerciseId,
      setIndex: i,
      reps: s.reps ?? null,
      loadKg: s.loadKg ?? null,
      loadType: s.loadType,
      assistanceKg: s.assistanceKg ?? null,
      rpe: s.rpe ?? null,
      durationS: s.durationS ?? null,
    })),
    cardio: input.cardio.map((c) => ({
      modality: c.modality,
      durationS: c.durationS,
      distanceM: c.distanceM ?? null,
      avgHr: c.avgHr ?? null,
      metCode: c.metCode ?? null,
    })),
  };
}

/**
 * The 409 for a second workout of one planned session on one day, naming the stored one so the
 * caller can open it (PATCH/PUT) instead.
 */
async function alreadyLogged(deps: UseCaseDeps, userId: string, sessionKey: string | null | undefined) {
  const first = sessionKey ? await findWorkoutBySessionKey(deps.db, userId, sessionKey) : undefined;
  return new ConflictError(
    first === undefined
      ? "this planned session is already logged on this day"
      : `this planned session is already logged on ${first.date} (workout ${first.id}): edit that workout instead`,
  );
}

/**
 * Logs a workout with its sets and cardio in one transaction. Idempotent twice over: a known
 * clientId (a retry, an outbox replay) returns the first workout unchanged; a second workout for
 * the same planned session on the same day (another clientId: a reopened player, another
 * device) is refused with 409 naming the stored workout, which is edited instead.
 */
export async function logWorkout(deps: UseCaseDeps, userId: string, raw: unknown): Promise<WorkoutView> {
  const input = parseInput(workoutInputSchema, raw);
  requireNotFuture("date", input.date, deps.now());
  const fields = fieldsOf(input);
  try {
    const saved = await saveWorkout(
      deps.db,
      { userId, clientId: input.clientId ?? null, ...fields },
      deps.now(),
    );
    return workoutView(saved);
  } catch (e) {
    if (e instanceof StoredConflict) throw await alreadyLogged(deps, userId, fields.sessionKey);
    throw e;
  }
}

/**
 * Replaces a workout's fields, sets and cardio in ONE transaction (the repository's
 * replaceWorkout): a failing row leaves the old workout exactly as it was.
 */
export async function replaceWorkout(
  deps: UseCaseDeps,
  userId: string,
  id: string,
  raw: unknown,
): Promise<WorkoutView> {
  const input = parseInput(workoutReplaceSchema, raw);
  requireNotFuture("date", input.date, deps.now());
  const fields = fieldsOf(input);
  let replaced: Workout | undefined;
  try {
    replaced = await replaceStoredWorkout(deps.db, userId, id, fields, deps.now(), deps.newId);
  } catch (e) {
    if (isUniqueViolation(e) && fields.sessionKey) {
      const other = await findWorkoutBySessionKey(deps.db, userId, fields.sessionKey);
      if (other !== undefined && other.id !== id) throw await alreadyLogged(deps, userId, fields.sessionKey);
    }
    if (isUniqueViolation(e)) throw new ConflictError("the workout clashes with a stored row");
    throw e;
  }
  if (replaced === undefined) throw new NotFoundError("workout");
  return workoutView(replaced);
}

/**
 * Edits some of a workout's fields: those sent replace the stored ones (sets or cardio, when
 * sent, replace the whole list), the rest stay. The merged workout must still be a valid one
 * (at least one set or bout); one transaction, as PUT.
 */
export async function patchWorkout(
  deps: UseCaseDeps,
  userId: string,
  id: string,
  raw: unknown,
): Promise<WorkoutView> {
  const patch = parseInput(workoutPatchSchema, raw);
  const old = await getWorkout(deps.db, userId, id);
  if (old === undefined) throw new NotFoundError("workout");
  const stripSet = ({ setIndex: _i, id: _id, ...s }: Workout["sets"][number]) => s;
  const stripCardio = ({ id: _id, ...c }: Workout["cardio"][number]) => c;
  const merged = {
    date: patch.date ?? old.date,
    title: patch.title ?? old.title,
    plannedRef: patch.plannedRef === undefined ? old.plannedRef : patch.plannedRef,
    startedAt: patch.startedAt === undefined ? old.startedAt : patch.startedAt,
    finishedAt: patch.finishedAt === undefined ? old.finishedAt : patch.finishedAt,
    notes: patch.notes === undefined ? old.notes : patch.notes,
    sets: patch.sets ?? old.sets.map(stripSet),
    cardio: patch.cardio ?? old.cardio.map(stripCardio),
  };
  return replaceWorkout(deps, userId, id, merged);
}

export async function requireWorkout(deps: UseCaseDeps, userId: string, id: string): Promise<WorkoutView> {
  const w = await getWorkout(deps.db, userId, id);
  if (w === undefined) throw new NotFoundError("workout");
  return workoutView(w);
}

/** Workouts lists answer at most 400 days of dates (a longer range is a 422); default the last 400. */
export const WORKOUT_RANGE: RangeRule = { maxDays: 400, defaultDays: 400 };

export async function workoutHistory(
  deps: UseCaseDeps,
  userId: string,
  query: { from?: string | undefined; to?: string | undefined } = {},
): Promise<WorkoutView[]> {
  return (await listWorkouts(deps.db, userId, resolveRange(query, deps.now(), WORKOUT_RANGE))).map(
    workoutView,
  );
}

export async function removeWorkout(deps: UseCaseDeps, userId: string, id: string): Promise<void> {
  if (!(await deleteWorkout(deps.db, userId, id))) throw new NotFoundError("workout");
}
