import { isUniqueViolation } from "@leanback/db/db-errors";
import {
  deleteWorkout,
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
  workoutReplaceSchema,
  type WorkoutInputBody,
  type WorkoutView,
} from "./workout-schema.js";

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

/** Logs a workout with its sets and cardio in one transaction; a known clientId returns the first. */
export async function logWorkout(deps: UseCaseDeps, userId: string, raw: unknown): Promise<WorkoutView> {
  const input = parseInput(workoutInputSchema, raw);
  requireNotFuture("date", input.date, deps.now());
  const saved = await saveWorkout(
    deps.db,
    { userId, clientId: input.clientId ?? null, ...fieldsOf(input) },
    deps.now(),
  );
  return workoutView(saved);
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
  let replaced: Workout | undefined;
  try {
    replaced = await replaceStoredWorkout(deps.db, userId, id, fieldsOf(input), deps.now(), deps.newId);
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError("the workout clashes with a stored row");
    throw e;
  }
  if (replaced === undefined) throw new NotFoundError("workout");
  return workoutView(replaced);
}

export async function requireWorkout(deps: UseCaseDeps, userId: string, id: string): Promise<WorkoutView> {
  const w = await getWorkout(deps.db, userId, id);
  if (w === undefined) throw new NotFoundError("workout");
  return workoutView(w);
}

export async function workoutHistory(
  deps: UseCaseDeps,
  userId: string,
  range: { from?: string; to?: string } = {},
): Promise<WorkoutView[]> {
  return (await listWorkouts(deps.db, userId, range)).map(workoutView);
}

export async function removeWorkout(deps: UseCaseDeps, userId: string, id: string): Promise<void> {
  if (!(await deleteWorkout(deps.db, userId, id))) throw new NotFoundError("workout");
}
