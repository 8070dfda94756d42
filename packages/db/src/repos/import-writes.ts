import type { Kysely } from "kysely";
import { requireIsoDate } from "../codec.js";
import { insertDiaryEntries, type NewDiaryEntry } from "../food/diary-repo.js";
import type { Database, LoadType } from "../schema.js";
import { insertWorkoutChildren, type WorkoutInput } from "./workouts.js";

export interface ImportWeighIn {
  readonly date: string;
  readonly weightKg: number;
  readonly clientId: string;
}

/** A workout to import; its sets are numbered in the order given. */
export interface ImportWorkout {
  readonly clientId: string;
  readonly date: string;
  readonly title: string;
  readonly startedAt?: number | null;
  readonly finishedAt?: number | null;
  readonly notes?: string | null;
  readonly sets: readonly {
    readonly exerciseId: string;
    readonly reps?: number | null;
    readonly loadKg?: number | null;
    readonly loadType: LoadType;
    readonly assistanceKg?: number | null;
    readonly rpe?: number | null;
    readonly durationS?: number | null;
  }[];
  readonly cardio: WorkoutInput["cardio"];
}

export interface ImportRows {
  readonly diary: readonly NewDiaryEntry[];
  readonly weighIns: readonly ImportWeighIn[];
  readonly workouts: readonly ImportWorkout[];
}

export interface ImportWritten {
  readonly diaryEntries: number;
  readonly weighIns: number;
  readonly workouts: number;
  readonly sets: number;
  readonly cardio: number;
  /** Rows skipped because the person already has them (same key, or a weigh-in that day). */
  readonly already: number;
}

const CHUNK = 200;

/**
 * Writes an import's diary entries, weigh-ins and workouts for one user in ONE transaction:
 * any failing row rolls back everything. Rows already there are skipped, never overwritten: a
 * diary entry or workout with a stored clientId, a weigh-in on a day that has one.
 */
export async function writeImportRows(
  db: Kysely<Database>,
  userId: string,
  rows: ImportRows,
  now: number,
  newId: () => string,
): Promise<ImportWritten> {
  return db.transaction().execute(async (trx) => {
    const diaryEntries = await insertDiaryEntries(trx, rows.diary, now);
    let weighIns = 0;
    for (const w of rows.weighIns) {
      const r = await trx
        .insertInto("weigh_ins")
        .values({
          id: newId(),
          user_id: userId,
          date: requireIsoDate("date", w.date),
          weight_kg: w.weightKg,
          note: null,
          client_id: w.clientId,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      weighIns += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    const known = new Set<string>();
    const ids = rows.workouts.map((w) => w.clientId);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await trx
        .selectFrom("workouts")
        .select("client_id")
        .where("user_id", "=", userId)
        .where("client_id", "in", ids.slice(i, i + CHUNK))
        .execute();
      for (const f of found) if (f.client_id !== null) known.add(f.client_id);
    }
    let workouts = 0;
    let sets = 0;
    let cardio = 0;
    for (const w of rows.workouts) {
      if (known.has(w.clientId)) continue;
      known.add(w.clientId);
      const id = newId();
      await trx
        .insertInto("workouts")
        .values({
          id,
          user_id: userId,
          date: requireIsoDate("date", w.date),
          planned_ref: null,
          title: w.title,
          started_at: w.startedAt ?? null,
          finished_at: w.finishedAt ?? null,
          notes: w.notes ?? null,
          client_id: w.clientId,
          session_key: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      // The import's sets are numbered in the order given.
      await insertWorkoutChildren(
        trx,
        id,
        { sets: w.sets.map((set, i) => ({ ...set, setIndex: i })), cardio: w.cardio },
        newId,
      );
      workouts++;
      sets += w.sets.length;
      cardio += w.cardio.length;
    }
    const already =
      rows.diary.length -
      diaryEntries +
      (rows.weighIns.length - weighIns) +
      (rows.workouts.length - workouts);
    return { diaryEntries, weighIns, workouts, sets, cardio, already };
  });
}
