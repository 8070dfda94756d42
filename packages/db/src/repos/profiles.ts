import type { Kysely } from "kysely";
import { fromJsonTextOrNull, requireIsoDate, toJsonTextOrNull } from "../codec.js";
import type { Database, ProfilesTable } from "../schema.js";

/** JSON fields are opaque here: the server validates them with its zod schemas. */
export interface Profile {
  userId: string;
  sex: "female" | "male";
  birthDate: string;
  heightMm: number;
  unitSystem: "metric" | "imperial";
  floorKcal: number | null;
  pal: number | null;
  bodyFatPct: number | null;
  goal: unknown;
  equipment: unknown;
  /** e.g. { weekdays: [1, 3, 5], minutes: 45 } */
  schedule: unknown;
  cardioPrefs: unknown;
  exclusions: unknown;
  pullupAnswer: unknown;
  timezone: string;
  updatedAt: number;
}

export type ProfileInput = Omit<Profile, "updatedAt">;

function toProfile(r: ProfilesTable): Profile {
  return {
    userId: r.user_id,
    sex: r.sex,
    birthDate: r.birth_date,
    heightMm: r.height_mm,
    unitSystem: r.unit_system,
    floorKcal: r.floor_kcal,
    pal: r.pal,
    bodyFatPct: r.body_fat_pct,
    goal: fromJsonTextOrNull(r.goal),
    equipment: fromJsonTextOrNull(r.equipment),
    schedule: fromJsonTextOrNull(r.schedule),
    cardioPrefs: fromJsonTextOrNull(r.cardio_prefs),
    exclusions: fromJsonTextOrNull(r.exclusions),
    pullupAnswer: fromJsonTextOrNull(r.pullup_answer),
    timezone: r.timezone,
    updatedAt: r.updated_at,
  };
}

export async function getProfile(db: Kysely<Database>, userId: string): Promise<Profile | undefined> {
  const r = await db.selectFrom("profiles").selectAll().where("user_id", "=", userId).executeTakeFirst();
  return r === undefined ? undefined : toProfile(r);
}

/** Inserts or replaces the whole profile of a user (one row per user). */
export async function upsertProfile(
  db: Kysely<Database>,
  p: ProfileInput,
  now: number = Date.now(),
): Promise<Profile> {
  const r: ProfilesTable = {
    user_id: p.userId,
    sex: p.sex,
    birth_date: requireIsoDate("birthDate", p.birthDate),
    height_mm: p.heightMm,
    unit_system: p.unitSystem,
    floor_kcal: p.floorKcal,
    pal: p.pal,
    body_fat_pct: p.bodyFatPct,
    goal: toJsonTextOrNull("goal", p.goal),
    equipment: toJsonTextOrNull("equipment", p.equipment),
    schedule: toJsonTextOrNull("schedule", p.schedule),
    cardio_prefs: toJsonTextOrNull("cardioPrefs", p.cardioPrefs),
    exclusions: toJsonTextOrNull("exclusions", p.exclusions),
    pullup_answer: toJsonTextOrNull("pullupAnswer", p.pullupAnswer),
    timezone: p.timezone,
    updated_at: now,
  };
  const { user_id: _key, ...rest } = r;
  await db
    .insertInto("profiles")
    .values(r)
    .onConflict((oc) => oc.column("user_id").doUpdateSet(rest))
    .execute();
  return toProfile(r);
}

export async function deleteProfile(db: Kysely<Database>, userId: string): Promise<boolean> {
  const r = await db.deleteFrom("profiles").where("user_id", "=", userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
