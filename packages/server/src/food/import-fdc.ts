import { InvalidInputError } from "@leanback/core/errors";
import { clipFoodText, displayFoodName } from "@leanback/core/nutrition/food-name";
import { per100gToMilli, type NutrientKey } from "@leanback/core/nutrition/nutrients";
import type { FoodPortion } from "@leanback/core/nutrition/sr28";
import { upsertFoods, type NewFood } from "@leanback/db/food/food-repo";
import type { Database } from "@leanback/db/schema";
import { unzipSync } from "fflate";
import type { Kysely } from "kysely";
import { CsvError, csvRecords, decodeUtf8 } from "./csv-parse.js";
import { ImportError, type ImportProgress, type ImportReport, type SkippedRow } from "./import-report.js";
import { tagsFor } from "./sr28-seed.js";

// FoodData Central CSV download (USDA ARS): nutrient ids per nutrient.csv. Amounts are per 100 g.
const NUTRIENT_IDS: Readonly<Record<number, NutrientKey>> = {
  1008: "kcal",
  1003: "proteinG",
  1004: "fatG",
  1005: "carbG",
  1079: "fiberG",
  2000: "sugarG",
  1258: "satFatG",
  1093: "sodiumMg",
};
/** Foundation foods often carry only Atwater energies: specific (2048) before general (2047). */
const ATWATER_SPECIFIC = 2048;
const ATWATER_GENERAL = 2047;

const MAX_ZIP_BYTES = 2_000_000_000;

function entryText(files: Record<string, Uint8Array>, name: string): string | undefined {
  const key = Object.keys(files).find((k) => k === name || k.endsWith(`/${name}`));
  return key === undefined ? undefined : decodeUtf8(files[key] ?? new Uint8Array(), name);
}

function num(v: string | undefined): number | null {
  if (v === undefined || v.trim() === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * Imports a FoodData Central CSV zip (food.csv, food_nutrient.csv; optional nutrient.csv,
 * food_portion.csv, measure_unit.csv, food_category.csv) in one transaction: all or nothing,
 * idempotent by fdc_id. Energy: 1008, else Atwater 2048/2047, else 4P + 9F + 4C (Atwater general
 * factors; the food is flagged kcal_estimated). Rows that cannot be used are skipped and reported.
 */
export async function importFdcZip(
  db: Kysely<Database>,
  zip: Uint8Array,
  opts: { now?: number; onProgress?: ImportProgress } = {},
): Promise<ImportReport> {
  if (zip.length > MAX_ZIP_BYTES) throw new ImportError("the zip is larger than 2 GB");
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (e) {
    throw new ImportError(`not a readable zip file (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return await importFdcFiles(db, files, opts);
  } catch (e) {
    if (e instanceof CsvError) throw new ImportError(e.message);
    throw e;
  }
}

async function importFdcFiles(
  db: Kysely<Database>,
  files: Record<string, Uint8Array>,
  opts: { now?: number; onProgress?: ImportProgress },
): Promise<ImportReport> {
  const foodCsv = entryText(files, "food.csv");
  const nutrientCsv = entryText(files, "food_nutrient.csv");
  if (foodCsv === undefined || nutrientCsv === undefined) {
    throw new ImportError(
      `a FoodData Central CSV zip holds food.csv and food_nutrient.csv (found: ${Object.keys(files).slice(0, 10).join(", ") || "nothing"})`,
    );
  }
  const skipped: SkippedRow[] = [];
  const categories = new Map<string, string>();
  const catCsv = entryText(files, "food_category.csv");
  if (catCsv !== undefined)
    for (const { row } of csvRecords(catCsv, ["id", "description"], { file: "food_category.csv" }))
      categories.set(row.id ?? "", clipFoodText(row.description ?? ""));
  const units = new Map<string, string>();
  const unitCsv = entryText(files, "measure_unit.csv");
  if (unitCsv !== undefined)
    for (const { row } of csvRecords(unitCsv, ["id", "name"], { file: "measure_unit.csv" }))
      units.set(row.id ?? "", row.name ?? "");

  const foods = new Map<
    string,
    { line: number; description: string; category: string | null; dataType: string }
  >();
  for (const { line, row } of csvRecords(foodCsv, ["fdc_id", "description"], { file: "food.csv" })) {
    const id = (row.fdc_id ?? "").trim();
    const description = clipFoodText(row.description ?? "");
    if (!/^\d+$/.test(id)) skipped.push({ file: "food.csv", line, id, reason: "fdc_id is not a number" });
    else if (description === "") skipped.push({ file: "food.csv", line, id, reason: "no description" });
    else if (foods.has(id)) skipped.push({ file: "food.csv", line, id, reason: "duplicate fdc_id" });
    else
      foods.set(id, {
        line,
        description,
        category: categories.get(row.food_category_id ?? "") ?? null,
        dataType: row.data_type ?? "",
      });
  }
  opts.onProgress?.("foods", foods.size, foods.size);

  const amounts = new Map<string, Map<number, number>>();
  let n = 0;
  for (const { line, row } of csvRecords(nutrientCsv, ["fdc_id", "nutrient_id", "amount"], {
    file: "food_nutrient.csv",
  })) {
    const id = row.fdc_id ?? "";
    const nid = Number(row.nutrient_id);
    if (
      !foods.has(id) ||
      !(Object.hasOwn(NUTRIENT_IDS, nid) || nid === ATWATER_GENERAL || nid === ATWATER_SPECIFIC)
    )
      continue;
    const amount = num(row.amount);
    if (amount === null || Number.isNaN(amount)) {
      skipped.push({ file: "food_nutrient.csv", line, id, reason: "amount is not a number" });
      continue;
    }
    let m = amounts.get(id);
    if (m === undefined) amounts.set(id, (m = new Map()));
    m.set(nid, amount);
    if (++n % 100_000 === 0) opts.onProgress?.("nutrients", n, n);
  }

  const portions = new Map<string, FoodPortion[]>();
  const portionCsv = entryText(files, "food_portion.csv");
  if (portionCsv !== undefined) {
    for (const { row } of csvRecords(portionCsv, ["fdc_id", "gram_weight"], { file: "food_portion.csv" })) {
      const id = row.fdc_id ?? "";
      const grams = num(row.gram_weight);
      if (!foods.has(id) || grams === null || !(grams > 0 && grams <= 100_000)) continue;
      const unit = row.measure_unit_id === "9999" ? "" : (units.get(row.measure_unit_id ?? "") ?? "");
      const label = clipFoodText(
        [row.amount, unit, row.modifier || row.portion_description]
          .map((s) => (s ?? "").trim())
          .filter((s) => s !== "" && s !== "undetermined")
          .join(" "),
      );
      if (label === "") continue;
      const list = portions.get(id) ?? [];
      list.push({ label, grams });
      portions.set(id, list);
    }
  }

  const out: NewFood[] = [];
  for (const [id, f] of foods) {
    const m = amounts.get(id) ?? new Map<number, number>();
    const values: Partial<Record<NutrientKey, number | null>> = {};
    for (const [nid, key] of Object.entries(NUTRIENT_IDS)) values[key] = m.get(Number(nid)) ?? null;
    let estimated = false;
    if (values.kcal === null) values.kcal = m.get(ATWATER_SPECIFIC) ?? m.get(ATWATER_GENERAL) ?? null;
    if (values.kcal === null && values.proteinG != null && values.fatG != null && values.carbG != null) {
      values.kcal = 4 * values.proteinG + 9 * values.fatG + 4 * values.carbG; // Atwater general factors
      estimated = true;
    }
    if (values.kcal === null || values.kcal === undefined) {
      skipped.push({
        file: "food.csv",
        line: f.line,
        id,
        reason: "no energy and no protein/fat/carbohydrate to compute it",
      });
      continue;
    }
    let per100g;
    try {
      per100g = per100gToMilli(values);
    } catch (e) {
      skipped.push({
        file: "food_nutrient.csv",
        id,
        reason: e instanceof InvalidInputError ? `impossible value: ${e.rule}` : String(e),
      });
      continue;
    }
    const name = f.description.toLowerCase();
    out.push({
      source: "fdc",
      sourceId: id,
      name,
      displayName: displayFoodName(name),
      originalName: f.description,
      category: f.category,
      per100g,
      kcalEstimated: estimated,
      tags: tagsFor(name, f.category ?? "", per100g),
      portions: portions.get(id) ?? [],
    });
  }
  const now = opts.now ?? Date.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < out.length; i += 1000) {
      await upsertFoods(trx, out.slice(i, i + 1000), now);
      opts.onProgress?.("writing", Math.min(i + 1000, out.length), out.length);
    }
  });
  return { imported: out.length, skipped };
}
