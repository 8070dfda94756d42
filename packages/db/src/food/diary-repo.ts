import type { DiaryLine, Meal } from "@leanback/core/nutrition/diary";
import type { MilliNutrients } from "@leanback/core/nutrition/nutrients";
import type { ServingTag } from "@leanback/core/nutrition/servings";
import type { Kysely } from "kysely";
import { fromBool01, fromJsonText, requireIsoDate, toBool01 } from "../codec.js";
import type { Database } from "../schema.js";
import { milliNutrientsOf } from "./food-repo.js";

/** A stored diary entry with what the maths and the screen need from its food. */
export interface DiaryEntry extends DiaryLine {
  readonly userId: string;
  readonly foodName: string | null;
  readonly category: string | null;
  readonly tags: readonly ServingTag[];
  readonly createdAt: number;
}

export interface NewDiaryEntry {
  readonly id: string;
  readonly userId: string;
  readonly date: string;
  readonly meal: Meal;
  readonly foodId: string | null;
  readonly mg: number | null;
  readonly portionLabel?: string | null;
  readonly portionCount?: number | null;
  readonly quickMilliKcal: number | null;
  /** A quick add's other nutrients (kcal is quickMilliKcal), milli-units; omitted = unknown. */
  readonly quickNutrients?: MilliNutrients | null;
  readonly clientId: string;
}

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom("diary_entries as e")
    .leftJoin("foods as f", "f.id", "e.food_id")
    .select([
      "e.id",
      "e.user_id",
      "e.date",
      "e.meal",
      "e.food_id",
      "e.mg",
      "e.portion_label",
      "e.portion_count",
      "e.quick_kcal_milli",
      "e.quick_protein_mg",
      "e.quick_fat_mg",
      "e.quick_carb_mg",
      "e.quick_fiber_mg",
      "e.quick_sugar_mg",
      "e.quick_sat_fat_mg",
      "e.quick_sodium_ug",
      "e.client_id",
      "e.created_at",
      "f.display_name",
      "f.category",
      "f.tags",
      "f.kcal_milli",
      "f.protein_mg",
      "f.fat_mg",
      "f.carb_mg",
      "f.fiber_mg",
      "f.sugar_mg",
      "f.sat_fat_mg",
      "f.sodium_ug",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>["execute"]>>[number];

/** The quick add's stored nutrients, or null when it carries energy only. */
function quickNutrientsOf(r: Row): MilliNutrients | null {
  const n: MilliNutrients = {
    kcal: r.quick_kcal_milli,
    proteinG: r.quick_protein_mg,
    fatG: r.quick_fat_mg,
    carbG: r.quick_carb_mg,
    fiberG: r.quick_fiber_mg,
    sugarG: r.quick_sugar_mg,
    satFatG: r.quick_sat_fat_mg,
    sodiumMg: r.quick_sodium_ug,
  };
  const known = Object.entries(n).some(([k, v]) => k !== "kcal" && v !== null);
  return r.quick_kcal_milli !== null && known ? n : null;
}

function toEntry(r: Row): DiaryEntry {
  const hasFood = r.food_id !== null && r.kcal_milli !== null;
  return {
    id: r.id,
    userId: r.user_id,
    date: r.date,
    meal: r.meal,
    foodId: r.food_id,
    mg: r.mg,
    per100g: hasFood ? milliNutrientsOf(r) : null,
    quickMilliKcal: r.quick_kcal_milli,
    quickNutrients: quickNutrientsOf(r),
    clientId: r.client_id,
    portionLabel: r.portion_label,
    portionCount: r.portion_count,
    foodName: r.display_name,
    category: r.category,
    tags: r.tags === null ? [] : (fromJsonText(r.tags) as ServingTag[]),
    createdAt: r.created_at,
  };
}

/** Entries of one person between two dates (inclusive), oldest first. */
export async function listDiaryEntries(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string = from,
): Promise<DiaryEntry[]> {
  requireIsoDate("from", from);
  requireIsoDate("to", to);
  const rows = await baseQuery(db)
    .where("e.user_id", "=", userId)
    .where("e.date", ">=", from)
    .where("e.date", "<=", to)
    .orderBy("e.date")
    .orderBy("e.created_at")
    .orderBy("e.id")
    .execute();
  return rows.map(toEntry);
}

export async function getDiaryEntry(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<DiaryEntry | undefined> {
  const r = await baseQuery(db).where("e.user_id", "=", userId).where("e.id", "=", id).executeTakeFirst();
  return r === undefined ? undefined : toEntry(r);
}

/**
 * Inserts entries; an entry whose (user, clientId) is already stored is skipped, so a replayed
 * request or copy adds nothing. Returns how many rows were new.
 */
export async function insertDiaryEntries(
  db: Kysely<Database>,
  entries: readonly NewDiaryEntry[],
  now: number,
): Promise<number> {
  if (entries.length === 0) return 0;
  let added = 0;
  for (let i = 0; i < entries.length; i += 200) {
    const chunk = entries.slice(i, i + 200);
    const r = await db
      .insertInto("diary_entries")
      .values(
        chunk.map((e) => ({
          id: e.id,
          user_id: e.userId,
          date: requireIsoDate("date", e.date),
          meal: e.meal,
          food_id: e.foodId,
          mg: e.mg,
          portion_label: e.portionLabel ?? null,
          portion_count: e.portionCount ?? null,
          quick_kcal_milli: e.quickMilliKcal,
          quick_protein_mg: e.quickNutrients?.proteinG ?? null,
          quick_fat_mg: e.quickNutrients?.fatG ?? null,
          quick_carb_mg: e.quickNutrients?.carbG ?? null,
          quick_fiber_mg: e.quickNutrients?.fiberG ?? null,
          quick_sugar_mg: e.quickNutrients?.sugarG ?? null,
          quick_sat_fat_mg: e.quickNutrients?.satFatG ?? null,
          quick_sodium_ug: e.quickNutrients?.sodiumMg ?? null,
          client_id: e.clientId,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(["user_id", "client_id"]).doNothing())
      .executeTakeFirst();
    added += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export async function findEntryByClientId(
  db: Kysely<Database>,
  userId: string,
  clientId: string,
): Promise<DiaryEntry | undefined> {
  const r = await baseQuery(db)
    .where("e.user_id", "=", userId)
    .where("e.client_id", "=", clientId)
    .executeTakeFirst();
  return r === undefined ? undefined : toEntry(r);
}

/** What an edit may change. A food entry's amount and a quick add's calories never mix. */
export interface DiaryEntryPatch {
  readonly date?: string;
  readonly meal?: Meal;
  /** A food entry's new amount; the portion fields describe it (null for plain grams). */
  readonly amount?: {
    readonly mg: number;
    readonly portionLabel: string | null;
    readonly portionCount: number | null;
  };
  readonly quickMilliKcal?: number;
}

/**
 * Changes one of the user's entries in place (id, clientId and position in the day are kept).
 * False when the user has no such entry.
 */
export async function updateDiaryEntry(
  db: Kysely<Database>,
  userId: string,
  id: string,
  patch: DiaryEntryPatch,
): Promise<boolean> {
  const set: {
    date?: string;
    meal?: Meal;
    mg?: number;
    portion_label?: string | null;
    portion_count?: number | null;
    quick_kcal_milli?: number;
  } = {};
  if (patch.date !== undefined) set.date = requireIsoDate("date", patch.date);
  if (patch.meal !== undefined) set.meal = patch.meal;
  if (patch.amount !== undefined) {
    set.mg = patch.amount.mg;
    set.portion_label = patch.amount.portionLabel;
    set.portion_count = patch.amount.portionCount;
  }
  if (patch.quickMilliKcal !== undefined) set.quick_kcal_milli = patch.quickMilliKcal;
  if (Object.keys(set).length === 0) return (await getDiaryEntry(db, userId, id)) !== undefined;
  const r = await db
    .updateTable("diary_entries")
    .set(set)
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteDiaryEntry(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom("diary_entries")
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function setDayComplete(
  db: Kysely<Database>,
  userId: string,
  date: string,
  complete: boolean,
  now: number,
): Promise<void> {
  await db
    .insertInto("diary_days")
    .values({
      user_id: userId,
      date: requireIsoDate("date", date),
      complete: toBool01(complete),
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(["user_id", "date"]).doUpdateSet({ complete: toBool01(complete), updated_at: now }),
    )
    .execute();
}

/** The days between two dates (inclusive) the user marked complete, oldest first. */
export async function listCompleteDays(
  db: Kysely<Database>,
  userId: string,
  from: string,
  to: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("diary_days")
    .select(["date", "complete"])
    .where("user_id", "=", userId)
    .where("date", ">=", from)
    .where("date", "<=", to)
    .orderBy("date")
    .execute();
  return rows.filter((r) => fromBool01(r.complete)).map((r) => r.date);
}

export async function isDayComplete(db: Kysely<Database>, userId: string, date: string): Promise<boolean> {
  const r = await db
    .selectFrom("diary_days")
    .select("complete")
    .where("user_id", "=", userId)
    .where("date", "=", date)
    .executeTakeFirst();
  return r !== undefined && fromBool01(r.complete);
}

export async function setTagOverride(
  db: Kysely<Database>,
  userId: string,
  foodId: string,
  tags: readonly ServingTag[],
  now: number,
): Promise<void> {
  const text = JSON.stringify(tags);
  await db
    .insertInto("food_tag_overrides")
    .values({ user_id: userId, food_id: foodId, tags: text, updated_at: now })
    .onConflict((oc) => oc.columns(["user_id", "food_id"]).doUpdateSet({ tags: text, updated_at: now }))
    .execute();
}

export async function tagOverrides(
  db: Kysely<Database>,
  userId: string,
  foodIds: readonly string[],
): Promise<Map<string, ServingTag[]>> {
  if (foodIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("food_tag_overrides")
    .select(["food_id", "tags"])
    .where("user_id", "=", userId)
    .where("food_id", "in", [...new Set(foodIds)])
    .execute();
  return new Map(rows.map((r) => [r.food_id, fromJsonText(r.tags) as ServingTag[]]));
}
