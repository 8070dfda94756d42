import { toMilli } from "@leanback/core/nutrition/nutrients";
import type { Meal } from "@leanback/core/nutrition/diary";
import { insertDiaryEntries, type NewDiaryEntry } from "@leanback/db/food/diary-repo";
import type { Database } from "@leanback/db/schema";
import type { Kysely } from "kysely";
import { CsvError, csvRecords, decodeUtf8 } from "./csv-parse.js";
import { ImportError, type ImportProgress, type ImportReport, type SkippedRow } from "./import-report.js";

const MEALS: Readonly<Record<string, Meal>> = {
  breakfast: "breakfast",
  lunch: "lunch",
  dinner: "dinner",
  snacks: "snacks",
  snack: "snacks",
};

/**
 * Imports a MyFitnessPal "Nutrition" CSV export (one row per day and meal: Date, Meal, Calories,
 * …) into a person's diary as quick-add calories, one entry per day and meal, in one
 * transaction. Keys are derived from the date and meal, so importing the same file again adds
 * nothing. Other meals ("Meal 5") go to snacks. MFP exports only totals per meal, so macros are
 * not kept (leanback's quick-add is energy only).
 */
export async function importMfp(
  db: Kysely<Database>,
  userId: string,
  bytes: Uint8Array,
  deps: { now: () => number; newId: () => string; onProgress?: ImportProgress },
): Promise<ImportReport> {
  const text = decodeUtf8(bytes, "the MyFitnessPal export");
  const skipped: SkippedRow[] = [];
  const entries = new Map<string, NewDiaryEntry>();
  try {
    for (const { line, row } of csvRecords(text, ["Date", "Meal", "Calories"], {
      file: "MyFitnessPal export",
    })) {
      const date = (row.Date ?? "").trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
        skipped.push({ line, reason: "Date is not YYYY-MM-DD" });
        continue;
      }
      const kcal = Number((row.Calories ?? "").replace(/,/g, ""));
      if (!Number.isFinite(kcal) || kcal < 0 || kcal > 20_000) {
        skipped.push({ line, reason: "Calories must be 0–20000" });
        continue;
      }
      if (kcal < 1) {
        skipped.push({ line, reason: "no calories" });
        continue;
      }
      const mealKey = (row.Meal ?? "").trim().toLowerCase();
      const meal = (Object.hasOwn(MEALS, mealKey) ? MEALS[mealKey] : undefined) ?? "snacks";
      const clientId = `mfp:${date}:${(row.Meal ?? "").trim().toLowerCase()}`;
      if (entries.has(clientId)) {
        skipped.push({ line, reason: "duplicate day and meal" });
        continue;
      }
      entries.set(clientId, {
        id: deps.newId(),
        userId,
        date,
        meal,
        foodId: null,
        mg: null,
        quickMilliKcal: toMilli(kcal),
        clientId,
      });
    }
  } catch (e) {
    if (e instanceof CsvError) throw new ImportError(e.message);
    throw e;
  }
  const list = [...entries.values()];
  let imported = 0;
  await db.transaction().execute(async (trx) => {
    imported = await insertDiaryEntries(trx, list, deps.now());
    deps.onProgress?.("writing", list.length, list.length);
  });
  const already = list.length - imported;
  return {
    imported,
    skipped:
      already > 0
        ? [...skipped, ...Array.from({ length: already }, () => ({ reason: "already imported" }))]
        : skipped,
  };
}
