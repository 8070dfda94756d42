import type { Kysely } from "kysely";
import type { Database } from "@leanback/db/schema";
import { isUniqueViolation } from "@leanback/db/db-errors";
import {
  deleteWorkout,
  getWorkout,
  listWorkouts,
  saveWorkout,
  type Workout,
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

function setsOf(input: Omit<WorkoutInputBody, "clientId">) {
  // Sets are numbered in the order sent: that order is the workout's order.
  return input.sets.map((s, i) => ({
    exerciseId: s.exerciseId,
    setIndex: i,
    reps: s.reps ?? null,
    loadKg: s.loadKg ?? null,
    loadType: s.loadType,
    assistanceKg: s.assistanceKg ?? null,
    rpe: s.rpe ?? null,
    durationS: s.durationS ?? null,
  }));
}

/** Logs a workout with its sets and cardio in one transaction; a known clientId returns the first. */
export async function logWorkout(deps: UseCaseDeps, userId: string, raw: unknown): Promise<WorkoutView> {
  const input = parseInput(workoutInputSchema, raw);
  requireNotFuture("date", input.date, deps.now());
  const saved = await saveWorkout(
    deps.db,
    {
      userId,
      date: input.date,
      title: input.title,
      plannedRef: input.plannedRef ?? null,
      startedAt: input.startedAt ?? null,
      finishedAt: input.finishedAt ?? null,
      notes: input.notes ?? null,
      clientId: input.clientId ?? null,
      sets: setsOf(input),
      cardio: input.cardio.map((c) => ({
        modality: c.modality,
        durationS: c.durationS,
        distanceM: c.distanceM ?? null,
        avgHr: c.avgHr ?? null,
        metCode: c.metCode ?? null,
      })),
    },
    deps.now(),
  );
  return workoutView(saved);
}

/**
 * Replaces a workout's fields, sets and cardio in ONE transaction (the repository has no update):
 * a failing row leaves the old workout exactly as it was.
 */
export async function replaceWorkout(
  deps: UseCaseDeps,
  userId: string,
  id: string,
  raw: unknown,
): Promise<WorkoutView> {
  const input = parseInput(workoutReplaceSchema, raw);
  requireNotFuture("date", input.date, deps.now());
  const now = deps.now();
  try {
    await deps.db.transaction().execute(async (trx: Kysely<Database>) => {
      const r = await trx
        .updateTable("workouts")
        .set({
          date: input.date,
          title: input.title,
          planned_ref: input.plannedRef ?? null,
          started_at: input.startedAt ?? null,
          finished_at: input.finishedAt ?? null,
          notes: input.notes ?? null,
          updated_at: now,
        })
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw new NotFoundError("workout");
      await trx.deleteFrom("workout_sets").where("workout_id", "=", id).execute();
      await trx.deleteFrom("workout_cardio").where("workout_id", "=", id).execute();
      const sets = setsOf(input);
      if (sets.length > 0) {
        await trx
          .insertInto("workout_sets")
          .values(
            sets.map((s) => ({
              id: deps.newId(),
              workout_id: id,
              exercise_id: s.exerciseId,
              set_index: s.setIndex,
              reps: s.reps,
              load_kg: s.loadKg,
              load_type: s.loadType,
              assistance_kg: s.assistanceKg,
              rpe: s.rpe,
              duration_s: s.durationS,
            })),
          )
          .execute();
      }
      if (input.cardio.length > 0) {
        await trx
          .insertInto("workout_cardio")
          .values(
            input.cardio.map((c) => ({
              id: deps.newId(),
              workout_id: id,
              modality: c.modality,
              duration_s: c.durationS,
              distance_m: c.distanceM ?? null,
              avg_hr: c.avgHr ?? null,
              met_code: c.metCode ?? null,
            })),
          )
          .execute();
      }
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError("the workout clashes with a stored row");
    throw e;
  }
  return requireWorkout(deps, userId, id);
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
