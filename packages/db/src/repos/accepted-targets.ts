import type { Kysely } from "kysely";
import { fromJsonText, requireIsoDate, toJsonText } from "../codec.js";
import { uuidv7 } from "../ids.js";
import type { AcceptedTargetsTable, Database } from "../schema.js";

export type AcceptedTargetsReason = AcceptedTargetsTable["reason"];

export interface AcceptedTargetsRow {
  readonly id: string;
  readonly userId: string;
  readonly effectiveFrom: string;
  readonly reason: AcceptedTargetsReason;
  readonly targetKcal: number;
  /** The stored snapshot, as written (the server validates it on read). */
  readonly snapshot: unknown;
  readonly createdAt: number;
}

function toRow(r: AcceptedTargetsTable): AcceptedTargetsRow {
  return {
    id: r.id,
    userId: r.user_id,
    effectiveFrom: r.effective_from,
    reason: r.reason,
    targetKcal: r.target_kcal,
    snapshot: fromJsonText(r.snapshot),
    createdAt: r.created_at,
  };
}

/**
 * Stores the accepted targets from `effectiveFrom` on. `replace`: a later decision the same day
 * (an accepted check-in, a plan edit) replaces that day's row; without it (the first snapshot,
 * computed on first read) an existing row wins, so two concurrent first reads store one row.
 */
export async function saveAcceptedTargets(
  db: Kysely<Database>,
  input: {
    userId: string;
    effectiveFrom: string;
    reason: AcceptedTargetsReason;
    targetKcal: number;
    snapshot: unknown;
    replace: boolean;
  },
  now: number,
): Promise<AcceptedTargetsRow> {
  const values = {
    reason: input.reason,
    target_kcal: input.targetKcal,
    snapshot: toJsonText("snapshot", input.snapshot),
    created_at: now,
  };
  await db
    .insertInto("accepted_targets")
    .values({
      id: uuidv7(() => now),
      user_id: input.userId,
      effective_from: requireIsoDate("effectiveFrom", input.effectiveFrom),
      ...values,
    })
    .onConflict((oc) => {
      const c = oc.columns(["user_id", "effective_from"]);
      return input.replace ? c.doUpdateSet(values) : c.doNothing();
    })
    .execute();
  const r = await db
    .selectFrom("accepted_targets")
    .selectAll()
    .where("user_id", "=", input.userId)
    .where("effective_from", "=", input.effectiveFrom)
    .executeTakeFirstOrThrow();
  return toRow(r);
}

/**
 * The accepted targets in force on `date`: the latest row from that day or before; for a day
 * before the first row, the first row (the plan's starting targets). undefined: none stored yet.
 */
export async function acceptedTargetsOn(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<AcceptedTargetsRow | undefined> {
  const day = requireIsoDate("date", date);
  const before = await db
    .selectFrom("accepted_targets")
    .selectAll()
    .where("user_id", "=", userId)
    .where("effective_from", "<=", day)
    .orderBy("effective_from", "desc")
    .limit(1)
    .executeTakeFirst();
  if (before !== undefined) return toRow(before);
  const first = await db
    .selectFrom("accepted_targets")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("effective_from", "asc")
    .limit(1)
    .executeTakeFirst();
  return first === undefined ? undefined : toRow(first);
}
