import type { Generated } from "kysely";
import type { Bool01, EpochMs, IsoDate, JsonText } from "./schema.js";

// Food tables (migration 20261120T2330_food). Nutrient columns are per 100 g as integer
// milli-units — kcal_milli (milli-kcal), *_mg (milligrams of a gram-valued nutrient), sodium_ug
// (micrograms) — so diary sums are exact integers; NULL = unknown, never 0.

export type FoodSource = "usda-sr28" | "fdc" | "off" | "user";
export type MealName = "breakfast" | "lunch" | "dinner" | "snacks";

export interface FoodsTable {
  id: string;
  source: FoodSource;
  /** NDB_No, fdc_id, barcode, or the id itself for user foods; unique per source. */
  source_id: string;
  /** The full original description, abbreviations expanded, lowercase. */
  name: string;
  display_name: string;
  /** As published (e.g. the SR28 uppercase short description). */
  original_name: string | null;
  brand: string | null;
  category: string | null;
  barcode: string | null;
  kcal_milli: number;
  protein_mg: number | null;
  fat_mg: number | null;
  carb_mg: number | null;
  fiber_mg: number | null;
  sugar_mg: number | null;
  sat_fat_mg: number | null;
  sodium_ug: number | null;
  /** JSON array of computed serving tags (protein-food, healthy-fat, vegetable, treat). */
  tags: JsonText;
  /** Energy computed as 4P+9F+4C because the source had none (FDC Foundation foods). */
  kcal_estimated: Bool01;
  owner_user_id: string | null;
  /** Normalised tokens of every searchable name, space-separated (FTS5 / tsvector input). */
  search_text: string;
  /** Static ranking prior ×100 (generic whole foods high, baby/fast foods low). */
  rank_prior: number;
  created_at: EpochMs;
  updated_at: EpochMs;
}

export interface FoodPortionsTable {
  food_id: string;
  label: string;
  grams: number;
  position: number;
}

export interface RecipesTable {
  id: string;
  owner_user_id: string;
  /** The food row that carries the recipe's per-100 g nutrients, so the diary can log it. */
  food_id: string;
  name: string;
  /** Cooked weight of the whole recipe, grams; null = the sum of the ingredients. */
  yield_grams: number | null;
  created_at: EpochMs;
}

export interface RecipeIngredientsTable {
  recipe_id: string;
  position: number;
  food_id: string;
  /** Integer milligrams. */
  mg: number;
}

export interface DiaryEntriesTable {
  id: string;
  user_id: string;
  date: IsoDate;
  meal: MealName;
  food_id: string | null;
  /** Integer milligrams of the food; null for quick-add. */
  mg: number | null;
  portion_label: string | null;
  portion_count: number | null;
  quick_kcal_milli: number | null;
  /** A quick add's known nutrients (20261203T0906): mg for grams, µg for sodium; null = unknown. */
  quick_protein_mg: number | null;
  quick_fat_mg: number | null;
  quick_carb_mg: number | null;
  quick_fiber_mg: number | null;
  quick_sugar_mg: number | null;
  quick_sat_fat_mg: number | null;
  quick_sodium_ug: number | null;
  client_id: string;
  created_at: EpochMs;
}

export interface DiaryDaysTable {
  user_id: string;
  date: IsoDate;
  complete: Bool01;
  updated_at: EpochMs;
}

export interface FoodTagOverridesTable {
  user_id: string;
  food_id: string;
  /** JSON array of serving tags that replaces the computed ones for this person. */
  tags: JsonText;
  updated_at: EpochMs;
}

export interface TreatsTable {
  id: string;
  user_id: string;
  date: IsoDate;
  kcal: number;
  planned: Bool01;
  client_id: string;
  created_at: EpochMs;
  /** JSON [{date, changeKcal}]: the day-by-day changes this treat made (20261202T2003_treats). */
  adjustments: Generated<JsonText>;
  label: string | null;
  updated_at: EpochMs | null;
  /** Set when cancelled: only the changes on days already past stay. */
  cancelled_at: EpochMs | null;
}

/** The person's treat limits (20261202T2003_treats). */
export interface TreatSettingsTable {
  user_id: string;
  max_kcal: number;
  max_per_week: number;
  updated_at: EpochMs;
}

export interface FoodTables {
  foods: FoodsTable;
  food_portions: FoodPortionsTable;
  recipes: RecipesTable;
  recipe_ingredients: RecipeIngredientsTable;
  diary_entries: DiaryEntriesTable;
  diary_days: DiaryDaysTable;
  food_tag_overrides: FoodTagOverridesTable;
  treats: TreatsTable;
  treat_settings: TreatSettingsTable;
  /** SQLite only: FTS5 index over foods (external content, rowid = foods.rowid). */
  foods_fts: { rowid: Generated<number>; display_name: string; search_text: string };
}
