import type { MilliNutrients } from "@leanback/core/nutrition/nutrients";
import type { ServingTag } from "@leanback/core/nutrition/servings";
import type { FoodPortion } from "@leanback/core/nutrition/sr28";
import type { Kysely, Selectable } from "kysely";
import { fromJsonText, toBool01, fromBool01 } from "../codec.js";
import { uuidv7 } from "../ids.js";
import type { Database } from "../schema.js";
import type { FoodSource, FoodsTable } from "../schema-food.js";
import { rankPrior, searchTextOf } from "./search-text.js";
import { noteVocabularyWrite } from "./vocabulary.js";

export interface NewFood {
  readonly source: FoodSource;
  readonly sourceId: string;
  readonly name: string;
  readonly displayName: string;
  readonly originalName?: string | null;
  readonly brand?: string | null;
  readonly category?: string | null;
  readonly barcode?: string | null;
  readonly per100g: MilliNutrients;
  readonly tags: readonly ServingTag[];
  readonly kcalEstimated?: boolean;
  readonly ownerUserId?: string | null;
  readonly portions: readonly FoodPortion[];
}

export interface Food {
  readonly id: string;
  readonly source: FoodSource;
  readonly sourceId: string;
  readonly name: string;
  readonly displayName: string;
  readonly originalName: string | null;
  readonly brand: string | null;
  readonly category: string | null;
  readonly barcode: string | null;
  readonly per100g: MilliNutrients;
  readonly tags: readonly ServingTag[];
  readonly kcalEstimated: boolean;
  readonly ownerUserId: string | null;
}

/** The per-100 g nutrient columns of foods, as read (a left join may make any of them null). */
export type NutrientColumns = {
  readonly [
    K in
      | "kcal_milli"
      | "protein_mg"
      | "fat_mg"
      | "carb_mg"
      | "fiber_mg"
      | "sugar_mg"
      | "sat_fat_mg"
      | "sodium_ug"
  ]: number | null;
};

/** A food row's nutrient columns as MilliNutrients (both in milli-units: schema-food.ts). */
export function milliNutrientsOf(r: NutrientColumns): MilliNutrients {
  return {
    kcal: r.kcal_milli,
    proteinG: r.protein_mg,
    fatG: r.fat_mg,
    carbG: r.carb_mg,
    fiberG: r.fiber_mg,
    sugarG: r.sugar_mg,
    satFatG: r.sat_fat_mg,
    sodiumMg: r.sodium_ug,
  };
}

export function toFood(r: Selectable<FoodsTable>): Food {
  return {
    id: r.id,
    source: r.source,
    sourceId: r.source_id,
    name: r.name,
    displayName: r.display_name,
    originalName: r.original_name,
    brand: r.brand,
    category: r.category,
    barcode: r.barcode,
    per100g: milliNutrientsOf(r),
    tags: fromJsonText(r.tags) as ServingTag[],
    kcalEstimated: fromBool01(r.kcal_estimated),
    ownerUserId: r.owner_user_id,
  };
}

function row(f: NewFood, id: string, now: number): FoodsTable {
  if (f.per100g.kcal === null) throw new RangeError(`food ${f.source}:${f.sourceId} has no energy value`);
  return {
    id,
    source: f.source,
    source_id: f.sourceId,
    name: f.name,
    display_name: f.displayName,
    original_name: f.originalName ?? null,
    brand: f.brand ?? null,
    category: f.category ?? null,
    barcode: f.barcode ?? null,
    kcal_milli: f.per100g.kcal,
    protein_mg: f.per100g.proteinG,
    fat_mg: f.per100g.fatG,
    carb_mg: f.per100g.carbG,
    fiber_mg: f.per100g.fiberG,
    sugar_mg: f.per100g.sugarG,
    sat_fat_mg: f.per100g.satFatG,
    sodium_ug: f.per100g.sodiumMg,
    tags: JSON.stringify(f.tags),
    kcal_estimated: toBool01(f.kcalEstimated ?? false),
    owner_user_id: f.ownerUserId ?? null,
    search_text: searchTextOf([f.displayName, f.name, f.originalName, f.brand, f.barcode]),
    rank_prior: rankPrior({
      category: f.category ?? null,
      brand: f.brand ?? null,
      name: f.name,
      source: f.source,
    }),
    created_at: now,
    updated_at: now,
  };
}

const BATCH = 400;

/**
 * Inserts or updates foods by (source, sourceId) and replaces their portions; idempotent.
 * Runs inside the caller's transaction when given one. Returns the ids in input order.
 */
export async function upsertFoods(
  db: Kysely<Database>,
  foods: readonly NewFood[],
  now: number = Date.now(),
): Promise<string[]> {
  const ids: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < foods.length; i += BATCH) {
    const batch = foods.slice(i, i + BATCH);
    const rows = batch.map((f) =>
      row(
        f,
        uuidv7(() => now),
        now,
      ),
    );
    const returned = await db
      .insertInto("foods")
      .values(rows)
      .onConflict((oc) =>
        oc.columns(["source", "source_id"]).doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          display_name: eb.ref("excluded.display_name"),
          original_name: eb.ref("excluded.original_name"),
          brand: eb.ref("excluded.brand"),
          category: eb.ref("excluded.category"),
          barcode: eb.ref("excluded.barcode"),
          kcal_milli: eb.ref("excluded.kcal_milli"),
          protein_mg: eb.ref("excluded.protein_mg"),
          fat_mg: eb.ref("excluded.fat_mg"),
          carb_mg: eb.ref("excluded.carb_mg"),
          fiber_mg: eb.ref("excluded.fiber_mg"),
          sugar_mg: eb.ref("excluded.sugar_mg"),
          sat_fat_mg: eb.ref("excluded.sat_fat_mg"),
          sodium_ug: eb.ref("excluded.sodium_ug"),
          tags: eb.ref("excluded.tags"),
          kcal_estimated: eb.ref("excluded.kcal_estimated"),
          search_text: eb.ref("excluded.search_text"),
          rank_prior: eb.ref("excluded.rank_prior"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .returning(["id", "source", "source_id"])
      .execute();
    const byKey = new Map(returned.map((r) => [`${r.source}\u0000${r.source_id}`, r.id]));
    const batchIds = batch.map((f) => {
      const id = byKey.get(`${f.source}\u0000${f.sourceId}`);
      if (id === undefined) throw new Error(`upsert returned no id for ${f.source}:${f.sourceId}`);
      return id;
    });
    await db.deleteFrom("food_portions").where("food_id", "in", batchIds).execute();
    const portions = batch.flatMap((f, k) => {
      const seen = new Set<string>();
      return f.portions
        .filter((p) => !seen.has(p.label) && seen.add(p.label) !== undefined)
        .map((p, position) => ({ food_id: batchIds[k] ?? "", label: p.label, grams: p.grams, position }));
    });
    for (let j = 0; j < portions.length; j += BATCH) {
      await db
        .insertInto("food_portions")
        .values(portions.slice(j, j + BATCH))
        .execute();
    }
    ids.push(...batchIds);
    for (const r of rows) texts.push(r.search_text);
  }
  noteVocabularyWrite(texts);
  return ids;
}

export async function countFoods(db: Kysely<Database>, source?: FoodSource): Promise<number> {
  let q = db.selectFrom("foods").select((eb) => eb.fn.countAll<number>().as("n"));
  if (source !== undefined) q = q.where("source", "=", source);
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function getFood(db: Kysely<Database>, id: string): Promise<Food | undefined> {
  const r = await db.selectFrom("foods").selectAll().where("id", "=", id).executeTakeFirst();
  return r === undefined ? undefined : toFood(r);
}

export async function getFoodsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, Food>> {
  const out = new Map<string, Food>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    if (chunk.length === 0) continue;
    const rows = await db.selectFrom("foods").selectAll().where("id", "in", chunk).execute();
    for (const r of rows) out.set(r.id, toFood(r));
  }
  return out;
}

export async function findFoodBySource(
  db: Kysely<Database>,
  source: FoodSource,
  sourceId: string,
): Promise<Food | undefined> {
  const r = await db
    .selectFrom("foods")
    .selectAll()
    .where("source", "=", source)
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
  return r === undefined ? undefined : toFood(r);
}

/**
 * The food with this barcode that `viewerUserId` may see: a shared one first, else their own;
 * another person's private food never answers (it would shadow the shared catalogue).
 * `barcode` is one code or every form of one GTIN (core gtinForms: UPC-A, EAN-13, GTIN-14).
 */
export async function findFoodByBarcode(
  db: Kysely<Database>,
  barcode: string | readonly string[],
  viewerUserId: string | null = null,
): Promise<Food | undefined> {
  const forms = typeof barcode === "string" ? [barcode] : barcode;
  if (forms.length === 0) return undefined;
  const rows = await db
    .selectFrom("foods")
    .selectAll()
    .where("barcode", "in", forms)
    .where((eb) =>
      viewerUserId === null
        ? eb("owner_user_id", "is", null)
        : eb.or([eb("owner_user_id", "is", null), eb("owner_user_id", "=", viewerUserId)]),
    )
    .execute();
  const r = rows.find((x) => x.owner_user_id === null) ?? rows[0];
  return r === undefined ? undefined : toFood(r);
}

export async function getPortions(db: Kysely<Database>, foodId: string): Promise<FoodPortion[]> {
  const rows = await db
    .selectFrom("food_portions")
    .select(["label", "grams"])
    .where("food_id", "=", foodId)
    .orderBy("position")
    .execute();
  return rows.map((r) => ({ label: r.label, grams: r.grams }));
}

/** A person's own food (source "user"), e.g. a recipe result or a label they typed in. */
export function userFoodSourceId(ownerUserId: string, clientKey: string): string {
  return `${ownerUserId}:${clientKey}`;
}
