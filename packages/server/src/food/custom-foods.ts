import { InvalidInputError } from "@leanback/core/errors";
import {
  gramsToMg,
  per100gToMilli,
  scaleNutrients,
  sumNutrients,
  NUTRIENT_KEYS,
  type MilliNutrients,
  type NutrientKey,
} from "@leanback/core/nutrition/nutrients";
import { setTagOverride } from "@leanback/db/food/diary-repo";
import {
  getFood,
  getFoodsByIds,
  upsertFoods,
  userFoodSourceId,
  type Food,
} from "@leanback/db/food/food-repo";
import type { ServingTag } from "@leanback/core/nutrition/servings";
import type { ServerDeps } from "../deps.js";
import { isVisibleTo, visibleFood } from "./visible-food.js";
import { NotFoundError } from "../features/shared/errors.js";
import { tagsFor } from "./sr28-seed.js";

type Deps = Pick<ServerDeps, "db" | "now" | "newId">;

export interface CustomFoodInput {
  readonly name: string;
  readonly brand?: string | null;
  /** Per 100 g, plain units (kcal, g, mg for sodium). */
  readonly per100g: Readonly<Partial<Record<NutrientKey, number | null>>> & { readonly kcal: number };
  readonly portions?: readonly { readonly label: string; readonly grams: number }[];
  readonly clientId?: string;
}

/** A person's own food (e.g. a label typed in); visible only to them; a replay updates it. */
export async function createCustomFood(deps: Deps, userId: string, input: CustomFoodInput): Promise<Food> {
  const name = input.name.trim();
  if (name.length < 2 || name.length > 200)
    throw new InvalidInputError("name", "name must be 2–200 characters");
  const per100g = per100gToMilli(input.per100g);
  const lower = name.toLowerCase();
  const [id] = await upsertFoods(
    deps.db,
    [
      {
        source: "user",
        sourceId: userFoodSourceId(userId, input.clientId ?? deps.newId()),
        name: lower,
        displayName: name,
        brand: input.brand ?? null,
        category: "My foods",
        per100g,
        tags: tagsFor(lower, "", per100g),
        ownerUserId: userId,
        portions: input.portions ?? [],
      },
    ],
    deps.now(),
  );
  const food = id === undefined ? undefined : await getFood(deps.db, id);
  if (food === undefined) throw new Error("custom food vanished after insert");
  return food;
}

export interface RecipeInput {
  readonly name: string;
  readonly ingredients: readonly { readonly foodId: string; readonly grams: number }[];
  /** Cooked weight of the whole dish; default the sum of the ingredients (no water loss). */
  readonly yieldGrams?: number;
  readonly clientId?: string;
}

/**
 * A recipe becomes a food of its own (per 100 g of the cooked dish) so it can be logged by
 * weight or by portion; nutrients are the exact sum of the ingredients divided by the yield.
 */
export async function createRecipe(deps: Deps, userId: string, input: RecipeInput): Promise<Food> {
  if (input.ingredients.length === 0 || input.ingredients.length > 100)
    throw new InvalidInputError("ingredients", "a recipe has 1–100 ingredients");
  const foods = await getFoodsByIds(
    deps.db,
    input.ingredients.map((i) => i.foodId),
  );
  const parts: MilliNutrients[] = [];
  let totalMg = 0;
  for (const ing of input.ingredients) {
    const food = foods.get(ing.foodId);
    if (food === undefined || !isVisibleTo(food, userId))
      throw new NotFoundError("food", `ingredient food ${ing.foodId} not found`);
    const mg = gramsToMg(ing.grams, "grams");
    totalMg += mg;
    parts.push(scaleNutrients(food.per100g, mg));
  }
  const yieldMg = input.yieldGrams === undefined ? totalMg : gramsToMg(input.yieldGrams, "yieldGrams");
  const totals = sumNutrients(parts);
  const per100g = {} as Record<NutrientKey, number | null>;
  for (const key of NUTRIENT_KEYS) {
    per100g[key] = totals.incomplete.includes(key)
      ? null
      : Math.round((totals.milli[key] * 100_000) / yieldMg) / 1000;
  }
  const clientId = input.clientId ?? deps.newId();
  const food = await createCustomFood(deps, userId, {
    name: input.name,
    per100g: { ...per100g, kcal: per100g.kcal ?? 0 },
    portions: [{ label: "whole recipe", grams: yieldMg / 1000 }],
    clientId: `recipe:${clientId}`,
  });
  await deps.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("recipes")
      .select("id")
      .where("food_id", "=", food.id)
      .executeTakeFirst();
    const recipeId = existing?.id ?? deps.newId();
    if (existing === undefined) {
      await trx
        .insertInto("recipes")
        .values({
          id: recipeId,
          owner_user_id: userId,
          food_id: food.id,
          name: input.name.trim(),
          yield_grams: input.yieldGrams ?? null,
          created_at: deps.now(),
        })
        .execute();
    }
    await trx.deleteFrom("recipe_ingredients").where("recipe_id", "=", recipeId).execute();
    await trx
      .insertInto("recipe_ingredients")
      .values(
        input.ingredients.map((ing, position) => ({
          recipe_id: recipeId,
          position,
          food_id: ing.foodId,
          mg: gramsToMg(ing.grams),
        })),
      )
      .execute();
  });
  return food;
}

/** The person corrects a food's serving tags (e.g. "this is a treat for me"). */
export async function overrideFoodTags(
  deps: Deps,
  userId: string,
  foodId: string,
  tags: readonly ServingTag[],
): Promise<{ foodId: string; tags: readonly ServingTag[] }> {
  await visibleFood(deps, userId, foodId);
  await setTagOverride(deps.db, userId, foodId, [...new Set(tags)], deps.now());
  return { foodId, tags: [...new Set(tags)] };
}
