import type { Kysely } from "kysely";
import { requireIsoDate } from "../codec.js";
import { uuidv7 } from "../ids.js";
import type { BodyMeasurementsTable, Database } from "../schema.js";

export interface BodyMeasurement {
  id: string;
  userId: string;
  date: string;
  waistMm: number | null;
  neckMm: number | null;
  hipMm: number | null;
  chestMm: number | null;
  armMm: number | null;
  thighMm: number | null;
  bodyFatPct: number | null;
  note: string | null;
  clientId: string | null;
  createdAt: number;
  updatedAt: number;
}

export type BodyMeasurementValues = Pick<
  BodyMeasurement,
  "waistMm" | "neckMm" | "hipMm" | "chestMm" | "armMm" | "thighMm" | "bodyFatPct" | "note"
>;

export interface BodyMeasurementInput extends Partial<BodyMeasurementValues> {
  userId: string;
  date: string;
  clientId?: string | null;
}

function toMeasurement(r: BodyMeasurementsTable): BodyMeasurement {
  return {
    id: r.id,
    userId: r.user_id,
    date: r.date,
    waistMm: r.waist_mm,
    neckMm: r.neck_mm,
    hipMm: r.hip_mm,
    chestMm: r.chest_mm,
    armMm: r.arm_mm,
    thighMm: r.thigh_mm,
    bodyFatPct: r.body_fat_pct,
    note: r.note,
    clientId: r.client_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Adds a measurement (several a day are allowed: tape sessions are rare and each is a record).
 * A clientId already stored for the user returns the stored row (offline queue replay).
 */
export async function addBodyMeasurement(
  db: Kysely<Database>,
  input: BodyMeasurementInput,
  now: number = Date.now(),
): Promise<BodyMeasurement> {
  const r: BodyMeasurementsTable = {
    id: uuidv7(() => now),
    user_id: input.userId,
    date: requireIsoDate("date", input.date),
    waist_mm: input.waistMm ?? null,
    neck_mm: input.neckMm ?? null,
    hip_mm: input.hipMm ?? null,
    chest_mm: input.chestMm ?? null,
    arm_mm: input.armMm ?? null,
    thigh_mm: input.thighMm ?? null,
    body_fat_pct: input.bodyFatPct ?? null,
    note: input.note ?? null,
    client_id: input.clientId ?? null,
    created_at: now,
    updated_at: now,
  };
  const inserted = await db
    .insertInto("body_measurements")
    .values(r)
    .onConflict((oc) => oc.columns(["user_id", "client_id"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted !== undefined) return toMeasurement(inserted);
  const existing = await db
    .selectFrom("body_measurements")
    .selectAll()
    .where("user_id", "=", input.userId)
    .where("client_id", "=", r.client_id)
    .executeTakeFirstOrThrow();
  return toMeasurement(existing);
}

/** Replaces the given values of the user's own measurement; undefined when not found. */
export async function updateBodyMeasurement(
  db: Kysely<Database>,
  userId: string,
  id: string,
  patch: Partial<BodyMeasurementValues> & { date?: string },
  now: number = Date.now(),
): Promise<BodyMeasurement | undefined> {
  const set: Partial<BodyMeasurementsTable> = { updated_at: now };
  if (patch.date !== undefined) set.date = requireIsoDate("date", patch.date);
  if (patch.waistMm !== undefined) set.waist_mm = patch.waistMm;
  if (patch.neckMm !== undefined) set.neck_mm = patch.neckMm;
  if (patch.hipMm !== undefined) set.hip_mm = patch.hipMm;
  if (patch.chestMm !== undefined) set.chest_mm = patch.chestMm;
  if (patch.armMm !== undefined) set.arm_mm = patch.armMm;
  if (patch.thighMm !== undefined) set.thigh_mm = patch.thighMm;
  if (patch.bodyFatPct !== undefined) set.body_fat_pct = patch.bodyFatPct;
  if (patch.note !== undefined) set.note = patch.note;
  const r = await db
    .updateTable("body_measurements")
    .set(set)
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .returningAll()
    .executeTakeFirst();
  return r === undefined ? undefined : toMeasurement(r);
}

/** Measurements with from <= date <= to, oldest first. */
export async function listBodyMeasurements(
  db: Kysely<Database>,
  userId: string,
  range: { from?: string; to?: string } = {},
): Promise<BodyMeasurement[]> {
  let q = db.selectFrom("body_measurements").selectAll().where("user_id", "=", userId);
  if (range.from !== undefined) q = q.where("date", ">=", requireIsoDate("from", range.from));
  if (range.to !== undefined) q = q.where("date", "<=", requireIsoDate("to", range.to));
  const rows = await q.orderBy("date").orderBy("created_at").orderBy("id").execute();
  return rows.map(toMeasurement);
}

export async function deleteBodyMeasurement(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom("body_measurements")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
