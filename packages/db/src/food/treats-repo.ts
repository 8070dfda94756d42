import type { Kysely, Selectable } from "kysely";
import { fromBool01, fromJsonText, requireIsoDate, toBool01, toJsonText } from "../codec.js";
import type { Database } from "../schema.js";
import type { TreatsTable } from "../schema-food.js";

export interface StoredTreatRow {
  readonly id: string;
  readonly date: string;
  readonly kcal: number;
  readonly planned: boolean;
  readonly label: string | null;
  readonly adjustments: readonly { date: string; changeKcal: number }[];
  readonly cancelled: boolean;
  readonly clientId: string;
  readonly createdAt: number;
}

function adjustmentsOf(text: string): StoredTreatRow["adjustments"] {
  const v = fromJsonText(text);
  if (!Array.isArray(v)) return [];
  return v.filter(
    (a): a is { date: string; changeKcal: number } =>
      typeof a === "object" && a !== null && typeof a.date === "string" && Number.isInteger(a.changeKcal),
  );
}

function toRow(r: Selectable<TreatsTable>): StoredTreatRow {
  return {
    id: r.id,
    date: r.date,
    kcal: r.kcal,
    planned: fromBool01(r.planned),
    label: r.label,
    adjustments: adjustmentsOf(r.adjustments),
    cancelled: r.cancelled_at !== null,
    clientId: r.client_id,
    createdAt: r.created_at,
  };
}

/** Every treat dated from..to, live and cancelled (cancelled ones keep their past days' changes). */
export async function treatsBetween(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string,
): Promise<StoredTreatRow[]> {
  const rows = await db
    .selectFrom("treats")
    .selectAll()
    .where("user_id", "=", userId)
    .where("date", ">=", requireIsoDate("from", from))
    .where("date", "<=", requireIsoDate("to", to))
    .orderBy("date")
    .orderBy("id")
    .execute();
  return rows.map(toRow);
}

export async function getTreat(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<StoredTreatRow | undefined> {
  const r = await db
    .selectFrom("treats")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .where("cancelled_at", "is", null)
    .executeTakeFirst();
  return r === undefined ? undefined : toRow(r);
}

export async function insertPlannedTreat(
  db: Kysely<Database>,
  userId: string,
  t: {
    id: string;
    date: string;
    kcal: number;
    planned: boolean;
    label: string | null;
    clientId: string;
    adjustments: readonly { date: string; changeKcal: number }[];
  },
  now: number,
): Promise<void> {
  await db
    .insertInto("treats")
    .values({
      id: t.id,
      user_id: userId,
      date: requireIsoDate("date", t.date),
      kcal: t.kcal,
      planned: toBool01(t.planned),
      label: t.label,
      client_id: t.clientId,
      adjustments: toJsonText("adjustments", t.adjustments),
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Cancels a treat, keeping only `kept` changes (days already past or complete); none: deleted. */
export async function cancelTreat(
  db: Kysely<Database>,
  userId: string,
  id: string,
  kept: readonly { date: string; changeKcal: number }[],
  now: number,
): Promise<void> {
  const q = db.updateTable("treats").where("user_id", "=", userId).where("id", "=", id);
  if (kept.length === 0) {
    await db.deleteFrom("treats").where("user_id", "=", userId).where("id", "=", id).execute();
    return;
  }
  await q.set({ adjustments: toJsonText("adjustments", kept), cancelled_at: now, updated_at: now }).execute();
}

export async function getTreatSettings(
  db: Kysely<Database>,
  userId: string,
): Promise<{ maxKcal: number; maxPerWeek: number } | undefined> {
  const r = await db
    .selectFrom("treat_settings")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return r === undefined ? undefined : { maxKcal: r.max_kcal, maxPerWeek: r.max_per_week };
}

export async function saveTreatSettings(
  db: Kysely<Database>,
  userId: string,
  s: { maxKcal: number; maxPerWeek: number },
  now: number,
): Promise<void> {
  const values = { max_kcal: s.maxKcal, max_per_week: s.maxPerWeek, updated_at: now };
  await db
    .insertInto("treat_settings")
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
    .execute();
}
