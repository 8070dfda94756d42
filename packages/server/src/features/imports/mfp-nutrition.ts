import type { Meal } from "@leanback/core/nutrition/diary";
import { NUTRIENT_KEYS, type MilliNutrients, type NutrientKey } from "@leanback/core/nutrition/nutrients";
import type { CsvTable } from "./csv-table.js";
import { parseDayDate } from "./import-dates.js";
import { parseAmount, type PlannedDiaryEntry } from "./import-plan.js";
import type { ImportLog } from "./import-problems.js";

// MyFitnessPal's "Nutrition-Summary" CSV (in the zip MFP e-mails: support.myfitnesspal.com,
// "Export your data"), header as in real exports (marcus-furius/health-intel
// data/raw/mfp/File-Export-…/Nutrition-Summary-….csv; mtmk/mfp_nut_csv_parser mfp.csv, with BOM):
//   Date,Meal[,Time],Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,
//   Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),
//   Vitamin A,Vitamin C,Calcium,Iron[,Note]
// Without Time there is one row per day and meal; with Time (or a Food column) one row per food,
// summed here into the meal. Saturated fat, fibre and sugar are grams without the "(g)";
// vitamins, calcium and iron are % of daily value and are not imported.

export const MFP_NUTRITION_REQUIRED = ["Date", "Meal", "Calories"] as const;

export function isMfpNutritionHeader(header: readonly string[]): boolean {
  return MFP_NUTRITION_REQUIRED.every((c) => header.includes(c));
}

/** Columns → our nutrient and the factor from the file's unit to milli-units. */
const COLUMNS: ReadonlyArray<readonly [NutrientKey, readonly string[], number]> = [
  ["proteinG", ["Protein (g)", "Protein"], 1000],
  ["fatG", ["Fat (g)", "Fat", "Total Fat"], 1000],
  ["carbG", ["Carbohydrates (g)", "Carbohydrates", "Carbs"], 1000],
  ["fiberG", ["Fiber", "Fibre", "Fiber (g)"], 1000],
  ["sugarG", ["Sugar", "Sugars", "Sugar (g)"], 1000],
  ["satFatG", ["Saturated Fat", "Saturated Fat (g)"], 1000],
  // mg in the file; µg is the milli-unit of sodiumMg.
  ["sodiumMg", ["Sodium (mg)", "Sodium"], 1000],
];

const MEALS: Readonly<Record<string, Meal>> = {
  breakfast: "breakfast",
  lunch: "lunch",
  dinner: "dinner",
  snacks: "snacks",
  snack: "snacks",
};

interface MealSum {
  readonly file: string;
  readonly lines: number[];
  readonly date: string;
  readonly meal: Meal;
  readonly clientId: string;
  readonly milli: Record<NutrientKey, number | null>;
}

/**
 * The meals of a Nutrition-Summary file as quick adds with their macros, one per day and meal
 * (the key "mfp:<date>:<meal>" makes a second import add nothing). Meals other than breakfast,
 * lunch, dinner and snacks ("Post-Workout") go to snacks under their own key.
 */
export function mfpMeals(table: CsvTable, log: ImportLog, notes: string[]): PlannedDiaryEntry[] {
  const perFood = table.header.includes("Time") || table.header.includes("Food");
  const columns = COLUMNS.map(
    ([key, names, factor]) => [key, names.find((n) => table.header.includes(n)), factor] as const,
  );
  const sums = new Map<string, MealSum>();
  let otherMeals = false;
  for (const row of table.rows) {
    const date = parseDayDate(row.get("Date"));
    if (date === null) {
      log.problem(table.file, row.line, `Date "${row.get("Date")}" is not YYYY-MM-DD or MM/DD/YYYY`);
      continue;
    }
    const rawMeal = row.get("Meal").replace(/\s+/g, " ");
    if (rawMeal === "") {
      log.problem(table.file, row.line, "Meal is empty");
      continue;
    }
    const values: Partial<Record<NutrientKey, number | null>> = {};
    const kcal = parseAmount(row.get("Calories"));
    if (kcal !== null && (Number.isNaN(kcal) || kcal < 0 || kcal > 20_000)) {
      log.problem(table.file, row.line, "Calories must be a number 0–20000");
      continue;
    }
    values.kcal = kcal === null ? null : Math.round(kcal * 1000);
    let bad: string | null = null;
    for (const [key, column, factor] of columns) {
      if (column === undefined) continue;
      const v = parseAmount(row.get(column));
      if (v !== null && (Number.isNaN(v) || v < 0 || v > 5000)) bad = `${column} must be a number 0–5000`;
      else values[key] = v === null ? null : Math.round(v * factor);
    }
    if (bad !== null) {
      log.problem(table.file, row.line, bad);
      continue;
    }
    const mealKey = rawMeal.toLowerCase();
    const meal = (Object.hasOwn(MEALS, mealKey) ? MEALS[mealKey] : undefined) ?? "snacks";
    if (!Object.hasOwn(MEALS, mealKey)) otherMeals = true;
    const key = `${date}:${mealKey}`;
    let sum = sums.get(key);
    if (sum !== undefined && !perFood) {
      log.problem(
        table.file,
        row.line,
        `a second row for ${date} ${rawMeal} (this file has one row per meal)`,
      );
      continue;
    }
    if (sum === undefined) {
      const milli = {} as Record<NutrientKey, number | null>;
      for (const k of NUTRIENT_KEYS) milli[k] = null;
      sum = {
        file: table.file,
        lines: [],
        date,
        meal,
        clientId: `mfp:${date}:${mealClientKey(mealKey)}`,
        milli,
      };
      sums.set(key, sum);
    }
    sum.lines.push(row.line);
    for (const k of NUTRIENT_KEYS) {
      const v = values[k];
      if (v !== undefined && v !== null) sum.milli[k] = (sum.milli[k] ?? 0) + v;
    }
  }
  if (otherMeals) notes.push("meals other than breakfast, lunch, dinner and snacks were added to snacks");
  if (perFood) notes.push(`${table.file}: one row per food, summed into each meal`);
  const out: PlannedDiaryEntry[] = [];
  for (const s of sums.values()) {
    const kcal = s.milli.kcal ?? 0;
    if (kcal < 1000) {
      log.ignore("meal with no calories");
      continue;
    }
    if (kcal > 20_000_000) {
      log.problem(s.file, s.lines[0] ?? 0, `${s.date}: a meal over 20000 kcal`);
      continue;
    }
    const nutrients: MilliNutrients = { ...s.milli, kcal };
    out.push({ file: s.file, lines: s.lines, date: s.date, meal: s.meal, clientId: s.clientId, nutrients });
  }
  return out;
}

/** The meal's part of the idempotency key: letters and digits only, at most 60. */
function mealClientKey(meal: string): string {
  const k = meal
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return k === "" ? "meal" : k;
}
