import type { Kysely } from "kysely";
import { fromBool01, fromJsonText, toJsonText } from "../codec.js";
import { NotFoundError } from "../db-errors.js";
import { uuidv7 } from "../ids.js";
import type { Database, PlansTable } from "../schema.js";

export interface Plan {
  id: string;
  userId: string;
  params: unknown;
  plan: unknown;
  createdAt: number;
  isCurrent: boolean;
}

function toPlan(r: PlansTable): Plan {
  return {
    id: r.id,
    userId: r.user_id,
    params: fromJsonText(r.params),
    plan: fromJsonText(r.plan),
    createdAt: r.created_at,
    isCurrent: fromBool01(r.is_current),
  };
}

/** Saves a plan; with makeCurrent (default) it becomes the user's only current plan, atomically. */
export async function savePlan(
  db: Kysely<Database>,
  input: { userId: string; params: unknown; plan: unknown; makeCurrent?: boolean },
  now: number = Date.now(),
): Promise<Plan> {
  const r: PlansTable = {
    id: uuidv7(() => now),
    user_id: input.userId,
    params: toJsonText("params", input.params),
    plan: toJsonText("plan", input.plan),
    created_at: now,
    is_current: 0,
  };
  const makeCurrent = input.makeCurrent ?? true;
  return db.transaction().execute(async (trx) => {
    await trx.insertInto("plans").values(r).execute();
    if (makeCurrent) await setCurrentIn(trx, input.userId, r.id);
    return toPlan({ ...r, is_current: makeCurrent ? 1 : 0 });
  });
}

async function setCurrentIn(trx: Kysely<Database>, userId: string, planId: string): Promise<void> {
  // Clear first, then set: the partial unique index allows at most one current plan per user.
  await trx
    .updateTable("plans")
    .set({ is_current: 0 })
    .where("user_id", "=", userId)
    .where("is_current", "=", 1)
    .execute();
  const r = await trx
    .updateTable("plans")
    .set({ is_current: 1 })
    .where("id", "=", planId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new NotFoundError("plan", planId);
}

/** Makes `planId` the current plan of `userId` in one transaction; NotFoundError leaves all as was. */
export async function setCurrentPlan(db: Kysely<Database>, userId: string, planId: string): Promise<void> {
  await db.transaction().execute((trx) => setCurrentIn(trx, userId, planId));
}

export async function getCurrentPlan(db: Kysely<Database>, userId: string): Promise<Plan | undefined> {
  const r = await db
    .selectFrom("plans")
    .selectAll()
    .where("user_id", "=", userId)
    .where("is_current", "=", 1)
    .executeTakeFirst();
  return r === undefined ? undefined : toPlan(r);
}

export async function getPlan(
  db: Kysely<Database>,
  userId: string,
  planId: string,
): Promise<Plan | undefined> {
  const r = await db
    .selectFrom("plans")
    .selectAll()
    .where("id", "=", planId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return r === undefined ? undefined : toPlan(r);
}

/** All plans of a user, newest first. */
export async function listPlans(db: Kysely<Database>, userId: string): Promise<Plan[]> {
  const rows = await db
    .selectFrom("plans")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toPlan);
}

/**
 * Replaces the params of one of the user's plans (e.g. its exercise swaps); the generated plan
 * stays as it was. NotFoundError for an unknown or foreign plan.
 */
export async function updatePlanParams(
  db: Kysely<Database>,
  userId: string,
  planId: string,
  params: unknown,
): Promise<void> {
  const r = await db
    .updateTable("plans")
    .set({ params: toJsonText("params", params) })
    .where("id", "=", planId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new NotFoundError("plan", planId);
}
