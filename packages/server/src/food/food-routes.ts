import { recentFoods } from "@leanback/core/nutrition/recent-foods";
import { getPortions, upsertFoods } from "@leanback/db/food/food-repo";
import { recentFoodLines } from "@leanback/db/food/recent-food-lines";
import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../http/route.js";
import { examplePost } from "../features/shared/examples.js";
import { BarcodeLookupError, lookupBarcode } from "./barcode-lookup.js";
import { createCustomFood, createRecipe, overrideFoodTags } from "./custom-foods.js";
import {
  customFoodSchema,
  foodOut,
  foodSchema,
  recentFoodSchema,
  recipeSchema,
  servingTagSchema,
} from "./food-schemas.js";
import { searchFoodsPageOp } from "./food-ops.js";
import { offProductToFood } from "./off-product.js";
import { searchOpenFoodFacts } from "./off-search.js";
import { visibleFood } from "./visible-food.js";

const foodIdParam = z.strictObject({ foodId: z.string().min(1).max(64) });

let exampleSeq = 0;
/** A custom food of the example's subject, for routes that need a food id. */
export async function exampleFood(fx: ExampleFixture): Promise<string> {
  exampleSeq += 1;
  const f = (await examplePost(fx, "/api/users/me/foods", {
    name: `Example oats ${exampleSeq}`,
    per100g: { kcal: 389, proteinG: 16.9, fatG: 6.9, carbG: 66.3 },
    portions: [{ label: "1 cup", grams: 81 }],
  })) as { id: string };
  return f.id;
}

const search = defineRoute({
  method: "GET",
  path: "/api/foods/search",
  summary:
    "Search foods: everyday names, typo-tolerant, prefix as you type; your recent foods lifted; `offset` pages on, `more` says whether there are more",
  tags: ["foods"],
  access: "authenticated",
  query: z.strictObject({
    q: z.string().min(1).max(200),
    limit: z.coerce.number().int().min(1).max(50).optional(),
    offset: z.coerce.number().int().min(0).max(200).optional(),
  }),
  response: z.object({
    foods: z.array(foodSchema.extend({ match: z.string(), uses: z.number() })),
    more: z.boolean(),
  }),
  status: 200,
  handler: async (ctx) => {
    const page = await searchFoodsPageOp(ctx.deps.db, {
      query: ctx.query.q,
      limit: ctx.query.limit ?? 20,
      offset: ctx.query.offset ?? 0,
      userId: ctx.caller.userId,
    });
    return {
      foods: page.hits.map((h) => ({ ...foodOut(h.food), match: h.match, uses: h.uses })),
      more: page.more,
    };
  },
  example: async () => ({ query: { q: "oats", limit: 5, offset: 0 } }),
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
    const food = await visibleFood(ctx.deps, ctx.caller.userId, ctx.params.foodId);
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
        viewerUserId: ctx.subjectUserId,
        publicOrigin: ctx.deps.config.publicOrigin,
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

const onlineSearch = defineRoute({
  method: "GET",
  path: "/api/foods/online-search",
  summary:
    "Search Open Food Facts by text (for when the local foods find little); nothing is stored until a product is picked through the barcode look-up; `unavailable` says why when it cannot be reached",
  tags: ["foods"],
  access: "authenticated",
  query: z.strictObject({
    q: z.string().min(2).max(100),
    limit: z.coerce.number().int().min(1).max(24).optional(),
  }),
  response: z.object({
    products: z.array(
      z.object({
        code: z.string(),
        displayName: z.string(),
        brand: z.string().nullable(),
        kcalPer100g: z.number(),
      }),
    ),
    unavailable: z.string().optional(),
  }),
  status: 200,
  handler: async (ctx) => {
    try {
      const products = await searchOpenFoodFacts(ctx.query.q, {
        baseUrl: ctx.deps.config.offBaseUrl,
        limit: ctx.query.limit ?? 10,
      });
      return { products };
    } catch (e) {
      // Offline or a failing product service is neither the caller's fault nor a server bug.
      if (e instanceof BarcodeLookupError) return { products: [], unavailable: e.message };
      throw e;
    }
  },
  // Tests point OFF_BASE_URL at a closed loopback port: the example answers "unavailable".
  example: async () => ({ query: { q: "skyr", limit: 5 } }),
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

/** How many of the latest logged lines the recent and frequent foods are folded from. */
const RECENT_WINDOW_LINES = 500;

const recentRoute = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/foods/recent",
  summary: "Recently logged foods with use counts and the amount last logged (newest first)",
  tags: ["foods"],
  access: "owner-or-trainer-read",
  query: z.strictObject({ limit: z.coerce.number().int().min(1).max(60).optional() }),
  response: z.object({ foods: z.array(recentFoodSchema) }),
  status: 200,
  handler: async (ctx) => ({
    foods: recentFoods(
      await recentFoodLines(ctx.deps.db, ctx.subjectUserId, RECENT_WINDOW_LINES),
      ctx.query.limit ?? 30,
    ),
  }),
  example: async (fx) => {
    const foodId = await exampleFood(fx);
    await examplePost(fx, "/api/users/me/diary/2026-11-20/entries", { meal: "lunch", foodId, grams: 60 });
    return { query: { limit: 10 } };
  },
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

export const foodRoutes: RouteModule = [
  search,
  detail,
  barcode,
  onlineSearch,
  createFood,
  recentRoute,
  createRecipeRoute,
  tagOverride,
];
