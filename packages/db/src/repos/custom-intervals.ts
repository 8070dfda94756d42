import type { Kysely } from "kysely";
import { isUniqueViolation } from "../db-errors.js";
import { uuidv7 } from "../ids.js";
import type { CustomIntervalsTable, Database } from "../schema.js";

/** A person's own interval timer, seconds throughout. */
export interface CustomInterval {
  id: string;
  userId: string;
  name: string;
  workSeconds: number;
  restSeconds: number;
  rounds: number;
  warmupSeconds: number;
  cooldownSeconds: number;
  clientId: string | null;
  createdAt: number;
  updatedAt: number;
}

export type CustomIntervalFields = Pick<
  CustomInterval,
  "name" | "workSeconds" | "restSeconds" | "rounds" | "warmupSeconds" | "cooldownSeconds"
>;

function toInterval(r: CustomIntervalsTable): CustomInterval {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    workSeconds: r.work_s,
    restSeconds: r.rest_s,
    rounds: r.rounds,
    warmupSeconds: r.warmup_s,
    cooldownSeconds: r.cooldown_s,
    clientId: r.client_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const columns = (f: CustomIntervalFields) => ({
  name: f.name,
  work_s: f.workSeconds,
  rest_s: f.restSeconds,
  rounds: f.rounds,
  warmup_s: f.warmupSeconds,
  cooldown_s: f.cooldownSeconds,
});

async function byClientId(db: Kysely<Database>, userId: string, clientId: string) {
  const r = await db
    .selectFrom("custom_intervals")
    .selectAll()
    .where("user_id", "=", userId)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return r === undefined ? undefined : toInterval(r);
}

/** Saves a new timer; a clientId already stored returns the stored timer unchanged (replay). */
export async function addCustomInterval(
  db: Kysely<Database>,
  userId: string,
  fields: CustomIntervalFields,
  clientId: string | null,
  now: number,
): Promise<CustomInterval> {
  if (clientId !== null) {
    const seen = await byClientId(db, userId, clientId);
    if (seen !== undefined) return seen;
  }
  const row: CustomIntervalsTable = {
    id: uuidv7(() => now),
    user_id: userId,
    ...columns(fields),
    client_id: clientId,
    created_at: now,
    updated_at: now,
  };
  try {
    await db.insertInto("custom_intervals").values(row).execute();
  } catch (e) {
    // Two replays racing: the loser hits unique(user_id, client_id) and returns the winner's.
    if (clientId !== null && isUniqueViolation(e)) {
      const seen = await byClientId(db, userId, clientId);
      if (seen !== undefined) return seen;
    }
    throw e;
  }
  return toInterval(row);
}

/** The user's timers, oldest first. */
/** One's interval timers, oldest first (`page`: skip offset rows, read at most limit). */
export async function listCustomIntervals(
  db: Kysely<Database>,
  userId: string,
  page?: { limit: number; offset: number },
): Promise<CustomInterval[]> {
  let q = db
    .selectFrom("custom_intervals")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id");
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q.execute();
  return rows.map(toInterval);
}

export async function getCustomInterval(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<CustomInterval | undefined> {
  const r = await db
    .selectFrom("custom_intervals")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r === undefined ? undefined : toInterval(r);
}

/** Replaces a timer's fields; undefined when the user has no timer with that id. */
export async function updateCustomInterval(
  db: Kysely<Database>,
  userId: string,
  id: string,
  fields: CustomIntervalFields,
  now: number,
): Promise<CustomInterval | undefined> {
  const r = await db
    .updateTable("custom_intervals")
    .set({ ...columns(fields), updated_at: now })
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1 ? getCustomInterval(db, userId, id) : undefined;
}

export async function deleteCustomInterval(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom("custom_intervals")
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
