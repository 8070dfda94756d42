import { InvalidInputError } from "@leanback/core/errors";
import {
  compareToTargets,
  dayTotals,
  entryGrams,
  planCopy,
  type DayTargets,
  type Meal,
  type TargetComparison,
} from "@leanback/core/nutrition/diary";
import {
  displayTotals,
  gramsToMg,
  quickAddMilliKcal,
  type NutrientKey,
} from "@leanback/core/nutrition/nutrients";
import {
  effectiveTags,
  summariseServings,
  type ServingsSummary,
  type ServingTag,
} from "@leanback/core/nutrition/servings";
import {
  deleteDiaryEntry,
  findEntryByClientId,
  insertDiaryEntries,
  isDayComplete,
  listDiaryEntries,
  setDayComplete,
  tagOverrides,
  type DiaryEntry,
  type NewDiaryEntry,
} from "@leanback/db/food/diary-repo";
import type { FoodPortion } from "@leanback/core/nutrition/sr28";
import { tidyPortionLabel } from "@leanback/core/nutrition/food-layer";
import { getPortions, type Food } from "@leanback/db/food/food-repo";
import { assertPlausible, OUNCES_UNIT } from "@leanback/core/nutrition/entry-amount";
import { withProteinDensity } from "@leanback/core/nutrition/protein-food";
import { ozToG } from "@leanback/core/units/convert";
import type { ServerDeps } from "../deps.js";
import { NotFoundError } from "../features/shared/errors.js";
import { visibleFood } from "./visible-food.js";

type Deps = Pick<ServerDeps, "db" | "now" | "newId">;

export interface AddFoodEntry {
  readonly date: string;
  readonly meal: Meal;
  readonly foodId: string;
  /** Either grams, or a unit with a count: a portion label of the food, or "oz" (ounces). */
  readonly grams?: number;
  readonly portion?: string;
  readonly count?: number;
  readonly clientId?: string;
  /** The person confirmed an amount far above what people eat of this food. */
  readonly confirm?: boolean;
}

export interface EntryView {
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
  readonly clientId: string;
}

/** An entry as the API shows it (kcal and protein rounded for display). */
export function entryView(e: DiaryEntry): EntryView {
  const t = dayTotals(e.date, [e]).day;
  const d = displayTotals(t);
  return {
    id: e.id,
    date: e.date,
    meal: e.meal,
    foodId: e.foodId,
    foodName: e.foodName,
    grams: e.mg === null ? null : e.mg / 1000,
    portionLabel: e.portionLabel ?? null,
    portionCount: e.portionCount ?? null,
    kcal: d.kcal,
    proteinG: t.incomplete.includes("proteinG") ? null : d.proteinG,
    clientId: e.clientId,
  };
}

/** Logs a food in grams or portions; a replay with the same clientId returns the first entry. */
export async function addFoodEntry(deps: Deps, userId: string, input: AddFoodEntry): Promise<EntryView> {
  const clientId = input.clientId ?? deps.newId();
  const seen = await findEntryByClientId(deps.db, userId, clientId);
  if (seen !== undefined) return entryView(seen);
  const food = await visibleFood(deps, userId, input.foodId);
  let grams: number;
  let portionLabel: string | null = null;
  let portionCount: number | null = null;
  if (input.grams !== undefined) {
    if (input.portion !== undefined)
      throw new InvalidInputError("portion", "give grams or a portion, not both");
    grams = entryGrams({ grams: input.grams });
  } else if (input.portion !== undefined) {
    const portion = await findPortion(deps, input.foodId, input.portion);
    portionCount = input.count ?? 1;
    grams = entryGrams({ portion, count: portionCount });
    portionLabel = portion.label;
  } else {
    throw new InvalidInputError("grams", "give grams or a portion");
  }
  await checkPlausible(deps, food, grams, {
    field: portionLabel === null ? "grams" : "count",
    unit: portionLabel ?? "g",
    confirmed: input.confirm === true,
  });
  return storeOne(deps, {
    id: deps.newId(),
    userId,
    date: input.date,
    meal: input.meal,
    foodId: input.foodId,
    mg: gramsToMg(grams),
    portionLabel,
    portionCount,
    quickMilliKcal: null,
    clientId,
  });
}

/** Refuses (InvalidInputError naming grams or count) an amount far above what people eat of `food`. */
export async function checkPlausible(
  deps: Pick<ServerDeps, "db">,
  food: Food,
  grams: number,
  opts: { field: "grams" | "count"; unit: string; confirmed: boolean },
): Promise<void> {
  const portions = await getPortions(deps.db, food.id);
  const kcal = food.per100g.kcal;
  assertPlausible({ kcalPer100g: kcal === null ? null : kcal / 1000, portions }, grams, opts);
}

/**
 * The unit `label` of a food: ounces ("oz", any food) or one of its household portions; refused
 * naming the units there are. Ounces are stored like a portion (label "oz", the count in ounces),
 * so the entry reads back "5 oz" while its grams stay the stored truth.
 */
export async function findPortion(
  deps: Pick<ServerDeps, "db">,
  foodId: string,
  label: string,
): Promise<FoodPortion> {
  if (label === OUNCES_UNIT) return { label: OUNCES_UNIT, grams: ozToG(1) };
  const portions = await getPortions(deps.db, foodId);
  // An entry logged before SR28 labels were tidied (".5 breast (yield …)") still finds its portion.
  const tidied = tidyPortionLabel(label).label;
  const portion = portions.find((p) => p.label === label) ?? portions.find((p) => p.label === tidied);
  if (portion === undefined) {
    throw new InvalidInputError(
      "portion",
      `portion must be one of: ${[...portions.map((p) => p.label), OUNCES_UNIT].join("; ")} (or give grams)`,
    );
  }
  return portion;
}

/** Stores one new entry and answers with the row as read back (with its food joined). */
async function storeOne(deps: Deps, entry: NewDiaryEntry): Promise<EntryView> {
  await insertDiaryEntries(deps.db, [entry], deps.now());
  const stored = await findEntryByClientId(deps.db, entry.userId, entry.clientId);
  if (stored === undefined) throw new Error("diary entry vanished after insert");
  return entryView(stored);
}

/** Quick-add calories (no food): counts toward energy only. */
export async function quickAdd(
  deps: Deps,
  userId: string,
  input: { date: string; meal: Meal; kcal: number; clientId?: string },
): Promise<EntryView> {
  const quickMilliKcal = quickAddMilliKcal(input.kcal);
  const clientId = input.clientId ?? deps.newId();
  return storeOne(deps, {
    id: deps.newId(),
    userId,
    date: input.date,
    meal: input.meal,
    foodId: null,
    mg: null,
    quickMilliKcal,
    clientId,
  });
}

export async function removeEntry(deps: Deps, userId: string, id: string): Promise<void> {
  if (!(await deleteDiaryEntry(deps.db, userId, id))) throw new NotFoundError("diary entry");
}

/**
 * Copies a day (or one meal, optionally into another meal) to another date. Copy keys are
 * derived from the source entries, so running the same copy twice adds nothing.
 */
export async function copyEntries(
  deps: Deps,
  userId: string,
  input: { fromDate: string; toDate: string; meal?: Meal; toMeal?: Meal },
): Promise<{ copied: number }> {
  if (input.toMeal !== undefined && input.meal === undefined)
    throw new InvalidInputError("meal", "copying into a meal needs the source meal");
  const source = (await listDiaryEntries(deps.db, userId, input.fromDate)).filter(
    (e) => input.meal === undefined || e.meal === input.meal,
  );
  const existing = await listDiaryEntries(deps.db, userId, input.toDate);
  const plan = planCopy(
    source,
    existing,
    { toDate: input.toDate, ...(input.toMeal ? { toMeal: input.toMeal } : {}) },
    deps.newId,
  );
  const copied = await insertDiaryEntries(
    deps.db,
    plan.map((l) => ({
      id: l.id,
      userId,
      date: l.date,
      meal: l.meal,
      foodId: l.foodId,
      mg: l.mg,
      portionLabel: l.portionLabel ?? null,
      portionCount: l.portionCount ?? null,
      quickMilliKcal: l.quickMilliKcal,
      quickNutrients: l.quickNutrients ?? null,
      clientId: l.clientId,
    })),
    deps.now(),
  );
  return { copied };
}

export interface DayView {
  readonly date: string;
  readonly complete: boolean;
  readonly entries: readonly EntryView[];
  readonly meals: Readonly<Record<Meal, Readonly<Record<NutrientKey, number>>>>;
  readonly totals: Readonly<Record<NutrientKey, number>>;
  /** Nutrients some entries lack (quick-adds, incomplete foods): their totals are lower bounds. */
  readonly incomplete: readonly NutrientKey[];
  readonly targets: TargetComparison | null;
  readonly servings: ServingsSummary;
}

/** The diary of one day: entries, exact totals (rounded for display), targets, servings. */
export async function dayView(
  deps: Deps,
  userId: string,
  date: string,
  targets: DayTargets | null,
): Promise<DayView> {
  const entries = await listDiaryEntries(deps.db, userId, date);
  const totals = dayTotals(date, entries);
  const overrides = await tagOverrides(
    deps.db,
    userId,
    entries.flatMap((e) => (e.foodId === null ? [] : [e.foodId])),
  );
  const servings = summariseServings(
    entries.flatMap((e) =>
      e.foodId === null || e.mg === null
        ? []
        : [
            {
              meal: e.meal,
              grams: e.mg / 1000,
              name: e.foodName ?? "",
              category: e.category ?? "",
              // Protein food is decided from the nutrients now, also for foods stored before.
              tags: effectiveTags(
                e.per100g === null
                  ? e.tags
                  : withProteinDensity(e.tags, {
                      kcal: e.per100g.kcal === null ? null : e.per100g.kcal / 1000,
                      proteinG: e.per100g.proteinG === null ? null : e.per100g.proteinG / 1000,
                    }),
                overrides.get(e.foodId),
              ) as ServingTag[],
            },
          ],
    ),
  );
  const meals = {} as Record<Meal, Readonly<Record<NutrientKey, number>>>;
  for (const m of ["breakfast", "lunch", "dinner", "snacks"] as const)
    meals[m] = displayTotals(totals.meals[m]);
  return {
    date,
    complete: await isDayComplete(deps.db, userId, date),
    entries: entries.map(entryView),
    meals,
    totals: displayTotals(totals.day),
    incomplete: totals.day.incomplete,
    targets: targets === null ? null : compareToTargets(totals.day, targets),
    servings,
  };
}

export async function markDayComplete(
  deps: Deps,
  userId: string,
  date: string,
  complete: boolean,
): Promise<{ date: string; complete: boolean }> {
  await setDayComplete(deps.db, userId, date, complete, deps.now());
  return { date, complete };
}
