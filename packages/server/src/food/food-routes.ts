import { InvalidInputError } from "@leanback/core/errors";
import { searchFoods } from "@leanback/db/food/food-search";
import { getFood, getPortions, upsertFoods } from "@leanback/db/food/food-repo";
import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../http/route.js";
import { isoDate } from "../features/shared/dates.js";
import { NotFoundError } from "../features/shared/errors.js";
import { examplePost } from "../features/shared/examples.js";
import { noContent } from "../features/shared/schemas.js";
import { BarcodeLookupError, lookupBarcode } from "./barcode-lookup.js";
import { createCustomFood, createRecipe, overrideFoodTags } from "./custom-foods.js";
import { addFoodEntry, copyEntries, dayView, markDayComplete, quickAdd, removeEntry } from "./diary.js";
import {
  copySchema,
  customFoodSchema,
  dayQuerySchema,
  dayViewSchema,
  entryInputSchema,
  entrySchema,
  foodOut,
  foodSchema,
  quickAddSchema,
  recipeSchema,
  servingTagSchema,
  treatPlanSchema,
  treatSchema,
} from "./food-schemas.js";
import { offProductToFood } from "./off-product.js";
import { planTargets } from "./plan-targets.js";
import { recordTreat } from "./treats.js";

const dateParam = z.strictObject({ date: isoDate });
const foodIdParam = z.strictObject({ foodId: z.string().min(1).max(64) });

let exampleSeq = 0;
/** A custom food of the example's subject, for routes that need a food id. */
async function exampleFood(fx: ExampleFixture): Promise<string> {
  exampleSeq += 1;
  const f = (await examplePost(fx, "/api/users/me/foods", {
    name: `Example oats ${exampleSeq}`,
    per100g: { kcal: 389, proteinG: 16.9, fatG: 6.9, carbG: 66.3 },
    portions: [{ label: "1 cup", grams: 81 }],
  })) as { id: string };
  return f.id;
}

async function exampleEntry(fx: ExampleFixture): Promise<string> {
  const foodId = await exampleFood(fx);
  const e = (await examplePost(fx, "/api/users/me/diary/2026-11-20/entries", {
    meal: "breakfast",
    foodId,
    grams: 40,
  })) as { id: string };
  return e.id;
}

const search = defineRoute({
  method: "GET",
  path: "/api/foods/search",
  summary: "Search foods: typo-tolerant, prefix as you type; your recent foods first",
  tags: ["foods"],
  access: "authenticated",
  query: z.strictObject({
    q: z.string().min(1).max(200),
    limit: z.coerce.number().int().min(1).max(50).optional(),
  }),
  response: z.object({ foods: z.array(foodSchema.extend({ match: z.string(), uses: z.number() })) }),
  status: 200,
  handler: async (ctx) => {
    const hits = await searchFoods(ctx.deps.db, {
      query: ctx.query.q,
      limit: ctx.query.limit ?? 20,
      userId: ctx.caller.userId,
    });
    return { foods: hits.map((h) => ({ ...foodOut(h.food), match: h.match, uses: h.uses })) };
  },
  example: async () => ({ query: { q: "oats", limit: 5 } }),
});

const detail = defineRoute({
  method: "GET",
  path: "/api/foods/items/{foodId}",
  summary: "One food with its portions",
  tags: ["foods"],
  access: "authenticated",
  params: foodIdParam,
  response: z.object({
    food: foodSchema,
    portions: z.array(z.object({ label: z.string(), grams: z.number() })),
  }),
  status: 200,
  handler: async (ctx) => {
    const food = await getFood(ctx.deps.db, ctx.params.foodId);
    if (food === undefined || (food.ownerUserId !== null && food.ownerUserId !== ctx.caller.userId))
      throw new NotFoundError("food");
    return { food: foodOut(food), portions: await getPortions(ctx.deps.db, food.id) };
  },
  example: async (fx) => ({ params: { foodId: await exampleFood(fx) } }),
});

const barcode = defineRoute({
  method: "GET",
  path: "/api/foods/barcode/{code}",
  summary:
    "Look a barcode up (stored foods, else Open Food Facts, cached); `unavailable` says why when it cannot be reached",
  tags: ["foods"],
  access: "authenticated",
  params: z.strictObject({ code: z.string().min(1).max(32) }),
  response: z.object({
    found: z.boolean(),
    food: foodSchema.optional(),
    barcode: z.string().optional(),
    unavailable: z.string().optional(),
  }),
  status: 200,
  handler: async (ctx) => {
    try {
      const r = await lookupBarcode(ctx.deps.db, ctx.params.code, {
        now: ctx.deps.now(),
        baseUrl: ctx.deps.config.offBaseUrl,
      });
      return r.found ? { found: true, food: foodOut(r.food) } : { found: false, barcode: r.barcode };
    } catch (e) {
      // Offline or a failing product service is not the caller's fault, nor a server bug: say so.
      if (e instanceof BarcodeLookupError)
        return { found: false, barcode: ctx.params.code, unavailable: e.message };
      throw e;
    }
  },
  example: async (fx) => {
    // A product already cached, so the example never needs the network.
    await upsertFoods(
      fx.deps.db,
      [
        offProductToFood({
          code: "4006381333931",
          product_name: "Example product",
          nutriments: { "energy-kcal_100g": 100 },
        }),
      ],
      fx.deps.now(),
    );
    return { params: { code: "4006381333931" } };
  },
});

const createFood = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/foods",
  summary: "Add your own food (per 100 g), visible only to you",
  tags: ["foods"],
  access: "owner",
  body: customFoodSchema,
  response: foodSchema,
  status: 201,
  handler: async (ctx) => foodOut(await createCustomFood(ctx.deps, ctx.subjectUserId, ctx.body)),
  example: async () => ({ body: { name: "Protein pancake mix", per100g: { kcal: 360, proteinG: 30 } } }),
});

const createRecipeRoute = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/recipes",
  summary: "Make a recipe from foods; it becomes a food per 100 g of the cooked dish",
  tags: ["foods"],
  access: "owner",
  body: recipeSchema,
  response: foodSchema,
  status: 201,
  handler: async (ctx) => foodOut(await createRecipe(ctx.deps, ctx.subjectUserId, ctx.body)),
  example: async (fx) => ({
    body: {
      name: "Overnight oats",
      ingredients: [{ foodId: await exampleFood(fx), grams: 80 }],
      yieldGrams: 200,
    },
  }),
});

const tagOverride = defineRoute({
  method: "PUT",
  path: "/api/users/{userId}/food-tags/{foodId}",
  summary: "Correct a food's serving tags for yourself",
  tags: ["foods"],
  access: "owner",
  params: foodIdParam,
  body: z.strictObject({ tags: z.array(servingTagSchema).max(4) }),
  response: z.object({ foodId: z.string(), tags: z.array(servingTagSchema).readonly() }),
  status: 200,
  handler: async (ctx) => overrideFoodTags(ctx.deps, ctx.subjectUserId, ctx.params.foodId, ctx.body.tags),
  example: async (fx) => ({ params: { foodId: await exampleFood(fx) }, body: { tags: ["treat" as const] } }),
});

const day = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/diary/{date}",
  summary: "The day's diary: entries, exact totals per meal and day, targets, servings",
  tags: ["diary"],
  access: "owner-or-trainer-read",
  params: dateParam,
  query: dayQuerySchema,
  response: dayViewSchema,
  status: 200,
  handler: async (ctx) =>
    // Targets: the ones asked for in the query, else the plan's targets in force (none before onboarding).
    dayView(
      ctx.deps,
      ctx.subjectUserId,
      ctx.params.date,
      ctx.query.kcalTarget === undefined
        ? await planTargets(ctx.deps, ctx.subjectUserId)
        : { kcal: ctx.query.kcalTarget, proteinG: ctx.query.proteinTargetG ?? null },
    ),
  example: async () => ({ params: { date: "2026-11-20" }, query: { kcalTarget: 1800, proteinTargetG: 120 } }),
});

const addEntry = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/diary/{date}/entries",
  summary: "Log a food in grams or portions (clientId makes replays safe)",
  tags: ["diary"],
  access: "owner",
  params: dateParam,
  body: entryInputSchema,
  response: entrySchema,
  status: 201,
  handler: async (ctx) => addFoodEntry(ctx.deps, ctx.subjectUserId, { date: ctx.params.date, ...ctx.body }),
  example: async (fx) => ({
    params: { date: "2026-11-20" },
    body: { meal: "breakfast" as const, foodId: await exampleFood(fx), portion: "1 cup", count: 1 },
  }),
});

const quick = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/diary/{date}/quick-add",
  summary: "Quick-add calories without a food",
  tags: ["diary"],
  access: "owner",
  params: dateParam,
  body: quickAddSchema,
  response: entrySchema,
  status: 201,
  handler: async (ctx) => quickAdd(ctx.deps, ctx.subjectUserId, { date: ctx.params.date, ...ctx.body }),
  example: async () => ({ params: { date: "2026-11-20" }, body: { meal: "snacks" as const, kcal: 180 } }),
});

const removeEntryRoute = defineRoute({
  method: "DELETE",
  path: "/api/users/{userId}/diary/entries/{id}",
  summary: "Delete a diary entry",
  tags: ["diary"],
  access: "owner",
  params: z.strictObject({ id: z.string().min(1).max(64) }),
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await removeEntry(ctx.deps, ctx.subjectUserId, ctx.params.id);
    return null;
  },
  example: async (fx) => ({ params: { id: await exampleEntry(fx) } }),
});

const copy = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/diary/copy",
  summary: "Copy a day, or one meal (optionally into another meal), to another date; replays add nothing",
  tags: ["diary"],
  access: "owner",
  body: copySchema,
  response: z.object({ copied: z.number() }),
  status: 200,
  handler: async (ctx) => copyEntries(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async () => ({ body: { fromDate: "2026-11-20", toDate: "2026-11-21" } }),
});

const complete = defineRoute({
  method: "PUT",
  path: "/api/users/{userId}/diary/{date}/complete",
  summary: "Mark the day's diary complete (or not)",
  tags: ["diary"],
  access: "owner",
  params: dateParam,
  body: z.strictObject({ complete: z.boolean() }),
  response: z.object({ date: z.string(), complete: z.boolean() }),
  status: 200,
  handler: async (ctx) => markDayComplete(ctx.deps, ctx.subjectUserId, ctx.params.date, ctx.body.complete),
  example: async () => ({ params: { date: "2026-11-20" }, body: { complete: true } }),
});

const treat = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/treats",
  summary:
    "Plan (or record) a treat; the rest of the week is lowered to keep the budget, never below the floor",
  tags: ["diary"],
  access: "owner",
  body: treatSchema,
  response: treatPlanSchema,
  status: 201,
  handler: async (ctx) => {
    const b = ctx.body;
    const plan =
      b.targetKcal === undefined || b.floorKcal === undefined
        ? await planTargets(ctx.deps, ctx.subjectUserId)
        : null;
    const targetKcal = b.targetKcal ?? plan?.kcal;
    const floorKcal = b.floorKcal ?? plan?.floorKcal;
    if (targetKcal === undefined || floorKcal === undefined) {
      throw new InvalidInputError("targetKcal", "no plan targets yet: give targetKcal and floorKcal");
    }
    const dailyDeficitKcal = b.dailyDeficitKcal ?? plan?.dailyDeficitKcal;
    return recordTreat(ctx.deps, ctx.subjectUserId, {
      ...b,
      targetKcal,
      floorKcal,
      ...(dailyDeficitKcal !== undefined ? { dailyDeficitKcal } : {}),
    });
  },
  example: async () => ({
    body: {
      date: "2026-11-21",
      kcal: 600,
      planned: true,
      targetKcal: 1800,
      floorKcal: 1500,
      today: "2026-11-18",
    },
  }),
});

export const foodRoutes: RouteModule = [
  search,
  detail,
  barcode,
  createFood,
  createRecipeRoute,
  tagOverride,
  day,
  addEntry,
  quick,
  removeEntryRoute,
  copy,
  complete,
  treat,
];
