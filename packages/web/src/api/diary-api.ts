import type { Meal, TargetComparison } from "@leanback/core/nutrition/diary";
import type { ServingsSummary } from "@leanback/core/nutrition/servings";
import type { RecentFood } from "@leanback/core/nutrition/recent-foods";
import { api } from "./client.js";

// Shapes of the food and diary API (packages/server/src/food/food-schemas.ts); /api/openapi.json
// is the reference.

export type NutrientKey =
  "kcal" | "proteinG" | "fatG" | "carbG" | "fiberG" | "sugarG" | "satFatG" | "sodiumMg";

export interface Food {
  readonly id: string;
  readonly source: "usda-sr28" | "fdc" | "off" | "user";
  readonly displayName: string;
  readonly brand: string | null;
  readonly category: string | null;
  readonly barcode: string | null;
  /** Per 100 g in plain units (kcal, g, mg sodium); null where the source has no value. */
  readonly per100g: Readonly<Record<NutrientKey, number | null>>;
  readonly tags: readonly string[];
}

export interface FoodHit extends Food {
  readonly match: string;
  readonly uses: number;
}

export interface Portion {
  readonly label: string;
  readonly grams: number;
}

export interface Entry {
  readonly id: string;
  readonly date: string;
  readonly meal: Meal;
  readonly foodId: string | null;
  readonly foodName: string | null;
  readonly grams: number | null;
  readonly portionLabel: string | null;
  readonly portionCount: number | null;
  readonly kcal: number;
  readonly proteinG: number | null;
  /** The idempotency key it was logged with (Undo of a remove logs it again under the same). */
  readonly clientId: string;
}

/** PATCH body for an entry: only what changes (the server refuses what does not fit it). */
export interface EntryEdit {
  readonly date?: string;
  readonly meal?: Meal;
  readonly grams?: number;
  readonly portion?: string;
  readonly count?: number;
  readonly kcal?: number;
  /** Keep an amount far above what people eat of the food (the server asks first). */
  readonly confirm?: boolean;
}

export type Totals = Readonly<Record<NutrientKey, number>>;

export interface DayView {
  readonly date: string;
  readonly complete: boolean;
  readonly entries: readonly Entry[];
  readonly meals: Readonly<Record<Meal, Totals>>;
  readonly totals: Totals;
  readonly incomplete: readonly string[];
  // The server sends core's TargetComparison and ServingsSummary; the page reads these fields.
  readonly targets: Omit<TargetComparison, "incomplete"> | null;
  readonly servings: Omit<ServingsSummary, "fatGoal" | "vegetableGoal">;
}

/** The parts of GET /api/users/me/targets the diary shows. */
export interface DiaryTargets {
  readonly targetKcal: number;
  readonly proteinGPerDay: number;
  readonly proteinFoodGPerMeal: number;
  readonly fatServings: number;
  readonly vegetableServings: number;
}

const me = "/api/users/me";

export const diaryApi = {
  search: (q: string, signal: AbortSignal) =>
    api
      .get<{ foods: FoodHit[] }>("/api/foods/search", { signal, query: { q, limit: 12 } })
      .then((r) => r.foods),
  food: (id: string, signal?: AbortSignal) =>
    api.get<{ food: Food; portions: Portion[] }>(`/api/foods/items/${encodeURIComponent(id)}`, { signal }),
  barcode: (code: string) =>
    api.get<{ found: boolean; food?: Food; unavailable?: string }>(
      `/api/foods/barcode/${encodeURIComponent(code)}`,
    ),
  recent: (signal: AbortSignal) =>
    api
      .get<{ foods: RecentFood[] }>(`${me}/foods/recent`, { signal, query: { limit: 60 } })
      .then((r) => r.foods),
  targets: (signal: AbortSignal) => api.get<DiaryTargets>(`${me}/targets`, { signal }),
  day: (date: string, targets: DiaryTargets | null, signal: AbortSignal) =>
    api.get<DayView>(`${me}/diary/${date}`, {
      signal,
      query: targets
        ? { kcalTarget: Math.round(targets.targetKcal), proteinTargetG: Math.round(targets.proteinGPerDay) }
        : {},
    }),
  edit: (id: string, body: EntryEdit) =>
    api.patch<Entry>(`${me}/diary/entries/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.del(`${me}/diary/entries/${encodeURIComponent(id)}`),
  /** Logs a removed entry again (Undo): restore-entry.ts builds the request. */
  restore: (r: { path: string; body: Readonly<Record<string, unknown>> }) => api.post<Entry>(r.path, r.body),
  copy: (body: { fromDate: string; toDate: string; meal?: Meal; toMeal?: Meal }) =>
    api.post<{ copied: number }>(`${me}/diary/copy`, body),
  complete: (date: string, complete: boolean) =>
    api.put<{ date: string; complete: boolean }>(`${me}/diary/${date}/complete`, { complete }),
  createFood: (body: {
    name: string;
    brand?: string | null;
    per100g: { kcal: number; proteinG?: number | null; fatG?: number | null; carbG?: number | null };
    portions?: Portion[];
    clientId: string;
  }) => api.post<Food>(`${me}/foods`, body),
  createRecipe: (body: {
    name: string;
    ingredients: { foodId: string; grams: number }[];
    yieldGrams?: number;
    clientId: string;
  }) => api.post<Food>(`${me}/recipes`, body),
};
