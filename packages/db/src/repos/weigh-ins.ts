import type { Kysely } from "kysely";
import { requireIsoDate } from "../codec.js";
import { isUniqueViolation } from "../db-errors.js";
import { uuidv7 } from "../ids.js";
import type { Database, WeighInsTable } from "../schema.js";

export interface WeighIn {
  id: string;
  userId: string;
  date: string;
  weightKg: number;
  note: string | null;
  clientId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface WeighInInput {
  userId: string;
  date: string;
  weightKg: number;
  note?: string | null;
  /** Client-generated idempotency key: a replayed offline write changes nothing. */
  clientId?: string | null;
}

function toWeighIn(r: WeighInsTable): WeighIn {
  return {
    id: r.id,
    userId: r.user_id,
    date: r.date,
    weightKg: r.weight_kg,
    note: r.note,
    clientId: r.client_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Records the weigh-in of a day: one row per user and date, a second write that day replaces
 * weight and note (the trend wants one value a day; docs/adr/0003-storage.md). A write whose
 * clientId was already stored returns the stored row unchanged (offline queue replay).
 */
export async function upsertWeighIn(
  db: Kysely<Database>,
  input: WeighInInput,
  now: number = Date.now(),
): Promise<WeighIn> {
  try {
    return await upsertOnce(db, input, now);
  } catch (e) {
    // Two replays of one clientId racing on different dates: the loser hits
    // unique(user_id, client_id); answer with the winner's row, as a sequential replay would.
    if (input.clientId != null && isUniqueViolation(e)) {
      const seen = await findByClientId(db, input.userId, input.clientId);
      if (seen !== undefined) return seen;
    }
    throw e;
  }
}

/** The user's weigh-in sent with `clientId` (a replay), if any. */
async function findByClientId(
  db: Kysely<Database>,
  userId: string,
  clientId: string,
): Promise<WeighIn | undefined> {
  const r = await db
    .selectFrom("weigh_ins")
    .selectAll()
    .where("user_id", "=", userId)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return r === undefined ? undefined : toWeighIn(r);
}

async function upsertOnce(db: Kysely<Database>, input: WeighInInput, now: number): Promise<WeighIn> {
  const date = requireIsoDate("date", input.date);
  const clientId = input.clientId ?? null;
  return db.transaction().execute(async (trx) => {
    if (clientId !== null) {
      const seen = await findByClientId(trx, input.userId, clientId);
      if (seen !== undefined) return seen;
    }
    const r = await trx
      .insertInto("weigh_ins")
      .values({
        id: uuidv7(() => now),
        user_id: input.userId,
        date,
        weight_kg: input.weightKg,
        note: input.note ?? null,
        client_id: clientId,
        created_at: now,
        updated_at: now,
      })
      // The day's row keeps its id, created_at and first client_id; weight and note are replaced.
      .onConflict((oc) =>
        oc
          .columns(["user_id", "date"])
          .doUpdateSet({ weight_kg: input.weightKg, note: input.note ?? null, updated_at: now }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toWeighIn(r);
  });
}

/** Weigh-ins of a user with from <= date <= to (either bound optional), oldest first. */
export async function listWeighIns(
  db: Kysely<Database>,
  userId: string,
  range: { from?: string; to?: string } = {},
): Promise<WeighIn[]> {
  let q = db.selectFrom("weigh_ins").selectAll().where("user_id", "=", userId);
  if (range.from !== undefined) q = q.where("date", ">=", requireIsoDate("from", range.from));
  if (range.to !== undefined) q = q.where("date", "<=", requireIsoDate("to", range.to));
  const rows = await q.orderBy("date").execute();
  return rows.map(toWeighIn);
}

export async function getWeighIn(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<WeighIn | undefined> {
  const r = await db
    .selectFrom("weigh_ins")
    .selectAll()
    .where("user_id", "=", userId)
    .where("date", "=", requireIsoDate("date", date))
    .executeTakeFirst();
  return r === undefined ? undefined : toWeighIn(r);
}

/** The fields `updateWeighIn` may change; a field left out keeps its stored value. */
export interface WeighInPatch {
  date?: string;
  weightKg?: number;
  note?: string | null;
}

/**
 * Changes date, weight or note of one of the user's weigh-ins. Undefined when the user has no
 * weigh-in with that id; moving onto a day that has one throws the unique(user_id, date)
 * violation (see isUniqueViolation).
 */
export async function updateWeighIn(
  db: Kysely<Database>,
  userId: string,
  id: string,
  patch: WeighInPatch,
  now: number = Date.now(),
): Promise<WeighIn | undefined> {
  const set: { date?: string; weight_kg?: number; note?: string | null; updated_at: number } = {
    updated_at: now,
  };
  if (patch.date !== undefined) set.date = requireIsoDate("date", patch.date);
  if (patch.weightKg !== undefined) set.weight_kg = patch.weightKg;
  if (patch.note !== undefined) set.note = patch.note;
  const r = await db
    .updateTable("weigh_ins")
    .set(set)
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .returningAll()
    .executeTakeFirst();
  return r === undefined ? undefined : toWeighIn(r);
}

/** Deletes by id, only the user's own row. True when deleted. */
export async function deleteWeighIn(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom("weigh_ins")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
