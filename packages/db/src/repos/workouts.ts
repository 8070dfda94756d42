import type { Kysely } from "kysely";
import { requireIsoDate } from "../codec.js";
import { ConflictError, isUniqueViolation } from "../db-errors.js";
import { uuidv7 } from "../ids.js";
import type { Database, LoadType, WorkoutCardioTable, WorkoutSetsTable, WorkoutsTable } from "../schema.js";

export interface WorkoutSet {
  id: string;
  exerciseId: string;
  /** Order within the workout, 0-based, unique per workout. */
  setIndex: number;
  reps: number | null;
  loadKg: number | null;
  loadType: LoadType;
  assistanceKg: number | null;
  rpe: number | null;
  durationS: number | null;
}

export interface WorkoutCardio {
  id: string;
  modality: string;
  durationS: number;
  distanceM: number | null;
  avgHr: number | null;
  metCode: string | null;
}

export interface Workout {
  id: string;
  userId: string;
  date: string;
  plannedRef: string | null;
  title: string;
  startedAt: number | null;
  finishedAt: number | null;
  notes: string | null;
  clientId: string | null;
  /** "<date>/<planned session>" (the caller computes it), unique per user; null when unplanned. */
  sessionKey: string | null;
  createdAt: number;
  updatedAt: number;
  sets: WorkoutSet[];
  cardio: WorkoutCardio[];
}

export interface WorkoutInput {
  userId: string;
  date: string;
  title: string;
  plannedRef?: string | null;
  startedAt?: number | null;
  finishedAt?: number | null;
  notes?: string | null;
  clientId?: string | null;
  /** One planned session per day: a second workout with the same key is refused (ConflictError). */
  sessionKey?: string | null;
  sets: readonly (Omit<WorkoutSet, "id" | "reps" | "loadKg" | "assistanceKg" | "rpe" | "durationS"> &
    Partial<Pick<WorkoutSet, "reps" | "loadKg" | "assistanceKg" | "rpe" | "durationS">>)[];
  cardio: readonly (Omit<WorkoutCardio, "id" | "distanceM" | "avgHr" | "metCode"> &
    Partial<Pick<WorkoutCardio, "distanceM" | "avgHr" | "metCode">>)[];
}

/** The fields `replaceWorkout` overwrites: everything but the owner and the idempotency key. */
export type WorkoutReplacement = Omit<WorkoutInput, "userId" | "clientId">;

function toSet(r: WorkoutSetsTable): WorkoutSet {
  return {
    id: r.id,
    exerciseId: r.exercise_id,
    setIndex: r.set_index,
    reps: r.reps,
    loadKg: r.load_kg,
    loadType: r.load_type,
    assistanceKg: r.assistance_kg,
    rpe: r.rpe,
    durationS: r.duration_s,
  };
}

function toCardio(r: WorkoutCardioTable): WorkoutCardio {
  return {
    id: r.id,
    modality: r.modality,
    durationS: r.duration_s,
    distanceM: r.distance_m,
    avgHr: r.avg_hr,
    metCode: r.met_code,
  };
}

function toWorkout(r: WorkoutsTable, sets: WorkoutSetsTable[], cardio: WorkoutCardioTable[]): Workout {
  return {
    id: r.id,
    userId: r.user_id,
    date: r.date,
    plannedRef: r.planned_ref,
    title: r.title,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    notes: r.notes,
    clientId: r.client_id,
    sessionKey: r.session_key,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    sets: sets.sort((a, b) => a.set_index - b.set_index).map(toSet),
    cardio: cardio.sort((a, b) => (a.id < b.id ? -1 : 1)).map(toCardio),
  };
}

/**
 * Saves a workout with all its sets and cardio in ONE transaction: a failing row (say a
 * duplicate setIndex) leaves nothing behind. A clientId already stored returns the stored
 * workout unchanged (offline queue replay). A sessionKey already stored for the user (the same
 * planned session on the same day, another clientId) throws ConflictError("plannedRef").
 */
export async function saveWorkout(
  db: Kysely<Database>,
  input: WorkoutInput,
  now: number = Date.now(),
): Promise<Workout> {
  const date = requireIsoDate("date", input.date);
  const clientId = input.clientId ?? null;
  if (clientId !== null) {
    const seen = await findWorkoutByClientId(db, input.userId, clientId);
    if (seen !== undefined) return seen;
  }
  const id = uuidv7(() => now);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("workouts")
        .values({
          id,
          user_id: input.userId,
          date,
          planned_ref: input.plannedRef ?? null,
          title: input.title,
          started_at: input.startedAt ?? null,
          finished_at: input.finishedAt ?? null,
          notes: input.notes ?? null,
          client_id: clientId,
          session_key: input.sessionKey ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await insertWorkoutChildren(trx, id, input, () => uuidv7(() => now));
    });
  } catch (e) {
    // Two replays racing: the loser's insert hits unique(user_id, client_id); return the winner's.
    if (clientId !== null && isUniqueViolation(e)) {
      const seen = await findWorkoutByClientId(db, input.userId, clientId);
      if (seen !== undefined) return seen;
    }
    if (isUniqueViolation(e) && (input.sessionKey ?? null) !== null) {
      throw new ConflictError("plannedRef", "this planned session is already logged on this day", e);
    }
    throw e;
  }
  const saved = await getWorkout(db, input.userId, id);
  if (saved === undefined) throw new Error("saveWorkout: saved workout not found");
  return saved;
}

/** Inserts a workout's sets and cardio inside the caller's transaction, each row id from newId. */
export async function insertWorkoutChildren(
  trx: Kysely<Database>,
  workoutId: string,
  input: Pick<WorkoutInput, "sets" | "cardio">,
  newId: () => string,
): Promise<void> {
  if (input.sets.length > 0) {
    await trx
      .insertInto("workout_sets")
      .values(
        input.sets.map((s) => ({
          id: newId(),
          workout_id: workoutId,
          exercise_id: s.exerciseId,
          set_index: s.setIndex,
          reps: s.reps ?? null,
          load_kg: s.loadKg ?? null,
          load_type: s.loadType,
          assistance_kg: s.assistanceKg ?? null,
          rpe: s.rpe ?? null,
          duration_s: s.durationS ?? null,
        })),
      )
      .execute();
  }
  if (input.cardio.length > 0) {
    await trx
      .insertInto("workout_cardio")
      .values(
        input.cardio.map((c) => ({
          id: newId(),
          workout_id: workoutId,
          modality: c.modality,
          duration_s: c.durationS,
          distance_m: c.distanceM ?? null,
          avg_hr: c.avgHr ?? null,
          met_code: c.metCode ?? null,
        })),
      )
      .execute();
  }
}

/**
 * Replaces a workout's fields, sets and cardio in ONE transaction: a failing row (say a
 * duplicate setIndex) leaves the old workout exactly as it was. id, createdAt and clientId stay.
 * Undefined when the user has no workout with that id.
 */
export async function replaceWorkout(
  db: Kysely<Database>,
  userId: string,
  id: string,
  input: WorkoutReplacement,
  now: number = Date.now(),
  newId: () => string = () => uuidv7(() => now),
): Promise<Workout | undefined> {
  const date = requireIsoDate("date", input.date);
  const found = await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("workouts")
      .set({
        date,
        title: input.title,
        planned_ref: input.plannedRef ?? null,
        started_at: input.startedAt ?? null,
        finished_at: input.finishedAt ?? null,
        notes: input.notes ?? null,
        session_key: input.sessionKey ?? null,
        updated_at: now,
      })
      .where("id", "=", id)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await trx.deleteFrom("workout_sets").where("workout_id", "=", id).execute();
    await trx.deleteFrom("workout_cardio").where("workout_id", "=", id).execute();
    await insertWorkoutChildren(trx, id, input, newId);
    return true;
  });
  return found ? getWorkout(db, userId, id) : undefined;
}

async function findWorkoutByClientId(
  db: Kysely<Database>,
  userId: string,
  clientId: string,
): Promise<Workout | undefined> {
  const r = await db
    .selectFrom("workouts")
    .select("id")
    .where("user_id", "=", userId)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return r === undefined ? undefined : getWorkout(db, userId, r.id);
}

/** One workout of the user with its sets (by setIndex) and cardio. */
export async function getWorkout(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<Workout | undefined> {
  const w = await db
    .selectFrom("workouts")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (w === undefined) return undefined;
  const [sets, cardio] = await Promise.all([
    db.selectFrom("workout_sets").selectAll().where("workout_id", "=", id).execute(),
    db.selectFrom("workout_cardio").selectAll().where("workout_id", "=", id).execute(),
  ]);
  return toWorkout(w, sets, cardio);
}

/** Workouts with from <= date <= to, oldest first, each with sets and cardio (3 queries total). */
export async function listWorkouts(
  db: Kysely<Database>,
  userId: string,
  range: { from?: string; to?: string } = {},
): Promise<Workout[]> {
  let q = db.selectFrom("workouts").selectAll().where("user_id", "=", userId);
  if (range.from !== undefined) q = q.where("date", ">=", requireIsoDate("from", range.from));
  if (range.to !== undefined) q = q.where("date", "<=", requireIsoDate("to", range.to));
  const ws = await q.orderBy("date").orderBy("created_at").orderBy("id").execute();
  if (ws.length === 0) return [];
  const ids = ws.map((w) => w.id);
  const [sets, cardio] = await Promise.all([
    db.selectFrom("workout_sets").selectAll().where("workout_id", "in", ids).execute(),
    db.selectFrom("workout_cardio").selectAll().where("workout_id", "in", ids).execute(),
  ]);
  return ws.map((w) =>
    toWorkout(
      w,
      sets.filter((s) => s.workout_id === w.id),
      cardio.filter((c) => c.workout_id === w.id),
    ),
  );
}

/** Deletes the user's workout; its sets and cardio go by ON DELETE CASCADE. */
export async function deleteWorkout(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom("workouts")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The user's workout carrying out the planned session with this key, if one is stored. */
export async function findWorkoutBySessionKey(
  db: Kysely<Database>,
  userId: string,
  sessionKey: string,
): Promise<Workout | undefined> {
  const r = await db
    .selectFrom("workouts")
    .select("id")
    .where("user_id", "=", userId)
    .where("session_key", "=", sessionKey)
    .executeTakeFirst();
  return r === undefined ? undefined : getWorkout(db, userId, r.id);
}
