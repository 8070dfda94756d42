import type { Kysely } from "kysely";
import type { Database } from "@leanback/db/schema";
import { refreshCuratedSr28, seedSr28IfEmpty } from "./food/sr28-seed.js";
import type { Logger } from "./http/log.js";

export type StartSeedResult = "disabled" | "present" | { readonly seeded: number; readonly ms: number };

/**
 * At server start: loads the USDA SR28 foods (8,790 rows, about a second on SQLite) when the
 * foods table has none, so food search works on a fresh install without `leanback foods seed`.
 * Skipped when `enabled` is false (LEANBACK_SEED_FOODS=0); a later start with rows present is a
 * no-op apart from bringing the curated foods (data/food-aliases.json, data/portions.json) up to
 * date: only the ones whose name or portions changed are rewritten.
 */
export async function seedFoodsOnStart(
  db: Kysely<Database>,
  enabled: boolean,
  log: Logger,
  clock: () => number = () => performance.now(),
): Promise<StartSeedResult> {
  if (!enabled) {
    log.log("info", "food seed skipped (LEANBACK_SEED_FOODS=0)");
    return "disabled";
  }
  const started = clock();
  const report = await seedSr28IfEmpty(db);
  if (report === null) {
    const refreshed = await refreshCuratedSr28(db);
    if (refreshed > 0) log.log("info", "updated curated foods", { foods: refreshed });
    return "present";
  }
  const ms = Math.round(clock() - started);
  log.log("info", "seeded USDA SR28 foods (first start)", {
    foods: report.foods,
    skipped: report.skipped.length,
    ms,
  });
  return { seeded: report.foods, ms };
}
