import type { Kysely } from "kysely";
import { fromBool01, fromJsonTextOrNull, requireIsoDate, toBool01, toJsonTextOrNull } from "../codec.js";
import { uuidv7 } from "../ids.js";
import type { CheckInsTable, Database } from "../schema.js";

export interface CheckIn {
  id: string;
  userId: string;
  weekStart: string;
  expenditureKcal: number | null;
  targetKcal: number;
  proposedKcal: number;
  /** null = not decided yet. */
  accepted: boolean | null;
  details: unknown;
  createdAt: number;
  updatedAt: number;
}

export interface CheckInInput {
  userId: string;
  weekStart: string;
  expenditureKcal: number | null;
  targetKcal: number;
  proposedKcal: number;
  accepted?: boolean | null;
  details?: unknown;
}

function toCheckIn(r: CheckInsTable): CheckIn {
  return {
    id: r.id,
    userId: r.user_id,
    weekStart: r.week_start,
    expenditureKcal: r.expenditure_kcal,
    targetKcal: r.target_kcal,
    proposedKcal: r.proposed_kcal,
    accepted: r.accepted === null ? null : fromBool01(r.accepted),
    details: fromJsonTextOrNull(r.details),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** One check-in per user and week: a re-run of the same week replaces the numbers. */
export async function saveCheckIn(
  db: Kysely<Database>,
  input: CheckInInput,
  now: number = Date.now(),
): Promise<CheckIn> {
  const values = {
    expenditure_kcal: input.expenditureKcal,
    target_kcal: input.targetKcal,
    proposed_kcal: input.proposedKcal,
    accepted: input.accepted === undefined || input.accepted === null ? null : toBool01(input.accepted),
    details: toJsonTextOrNull("details", input.details),
    updated_at: now,
  };
  const r = await db
    .insertInto("check_ins")
    .values({
      id: uuidv7(() => now),
      user_id: input.userId,
      week_start: requireIsoDate("weekStart", input.weekStart),
      created_at: now,
      ...values,
    })
    .onConflict((oc) => oc.columns(["user_id", "week_start"]).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCheckIn(r);
}

/** Records the user's decision on a proposal; undefined when no check-in that week. */
export async function decideCheckIn(
  db: Kysely<Database>,
  userId: string,
  weekStart: string,
  accepted: boolean,
  now: number = Date.now(),
): Promise<CheckIn | undefined> {
  const r = await db
    .updateTable("check_ins")
    .set({ accepted: toBool01(accepted), updated_at: now })
    .where("user_id", "=", userId)
    .where("week_start", "=", requireIsoDate("weekStart", weekStart))
    .returningAll()
    .executeTakeFirst();
  return r === undefined ? undefined : toCheckIn(r);
}

export async function getCheckIn(
  db: Kysely<Database>,
  userId: string,
  weekStart: string,
): Promise<CheckIn | undefined> {
  const r = await db
    .selectFrom("check_ins")
    .selectAll()
    .where("user_id", "=", userId)
    .where("week_start", "=", requireIsoDate("weekStart", weekStart))
    .executeTakeFirst();
  return r === undefined ? undefined : toCheckIn(r);
}

/** Check-ins of a user, newest week first (limit optional; offset skips that many first). */
export async function listCheckIns(
  db: Kysely<Database>,
  userId: string,
  limit?: number,
  offset = 0,
): Promise<CheckIn[]> {
  let q = db.selectFrom("check_ins").selectAll().where("user_id", "=", userId).orderBy("week_start", "desc");
  if (limit !== undefined) q = q.limit(limit).offset(offset);
  return (await q.execute()).map(toCheckIn);
}
