import { MEALS } from "@leanback/core/nutrition/diary";
import { NUTRIENT_KEYS } from "@leanback/core/nutrition/nutrients";
import { SERVING_TAGS } from "@leanback/core/nutrition/servings";
import type { Food } from "@leanback/db/food/food-repo";
import { z } from "zod";
import { isoDate } from "../features/shared/dates.js";
import { clientIdSchema } from "../features/shared/schemas.js";

export const mealSchema = z.enum(MEALS);
export const servingTagSchema = z.enum(SERVING_TAGS);

const nutrientNumbers = z.object(
  Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, z.number().nullable()])) as Record<
    (typeof NUTRIENT_KEYS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);

/** A food as the API shows it: nutrients per 100 g in plain units (kcal, g, mg sodium). */
export const foodSchema = z.object({
  id: z.string(),
  source: z.enum(["usda-sr28", "fdc", "off", "user"]),
  sourceId: z.string(),
  displayName: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  category: z.string().nullable(),
  barcode: z.string().nullable(),
  per100g: nutrientNumbers,
  tags: z.array(servingTagSchema),
  kcalEstimated: z.boolean(),
});

export function foodOut(f: Food): z.input<typeof foodSchema> {
  const per100g = {} as Record<(typeof NUTRIENT_KEYS)[number], number | null>;
  for (const k of NUTRIENT_KEYS) {
    const v = f.per100g[k];
    per100g[k] = v === null ? null : v / 1000;
  }
  return { ...f, tags: [...f.tags], per100g };
}

// Amount rules in words a person can act on (they are shown beside the amount box).
const gramsSchema = z
  .number()
  .min(0.001, "must be more than 0 g")
  .max(5000, "one entry can be at most 5,000 g");
const countSchema = z
  .number()
  .positive("must be more than 0")
  .max(100, "one entry can be at most 100 of a unit");
const kcalSchema = z
  .number()
  .min(1, "must be at least 1 kcal")
  .max(20_000, "one entry can be at most 20,000 kcal");

export const entryInputSchema = z
  .strictObject({
    meal: mealSchema,
    foodId: z.string().min(1).max(64),
    grams: gramsSchema.optional(),
    /** One of the food's household portions, or "oz" (count = ounces). */
    portion: z.string().min(1).max(200).optional(),
    count: countSchema.optional(),
    clientId: clientIdSchema.optional(),
    /** Log an amount far above what people eat of this food anyway (else 422). */
    confirm: z.boolean().optional(),
  })
  .refine((b) => (b.grams === undefined) !== (b.portion === undefined), {
    message: "give grams or a portion",
    path: ["grams"],
  });

/**
 * An edit of a logged entry: at least one field. A food entry takes grams (dropping its
 * portion), or a portion of the same food and/or a count; a quick add takes kcal.
 */
export const entryPatchSchema = z
  .strictObject({
    date: isoDate.optional(),
    meal: mealSchema.optional(),
    grams: gramsSchema.optional(),
    portion: z.string().min(1).max(200).optional(),
    /** Of the given portion, else of the entry's own portion. */
    count: countSchema.optional(),
    kcal: kcalSchema.optional(),
    /** Keep an amount far above what people eat of this food anyway (else 422). */
    confirm: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, "give at least one of date, meal, grams, portion, count, kcal");

export const quickAddSchema = z.strictObject({
  meal: mealSchema,
  kcal: kcalSchema,
  clientId: clientIdSchema.optional(),
});

/** A recently logged food (core's RecentFood). */
export const recentFoodSchema = z.object({
  id: z.string(),
  name: z.string(),
  uses: z.number(),
  lastUsed: z.number(),
  last: z.object({
    grams: z.number().optional(),
    portion: z.string().optional(),
    count: z.number().optional(),
  }),
});

export const entrySchema = z.object({
  id: z.string(),
  date: z.string(),
  meal: mealSchema,
  foodId: z.string().nullable(),
  foodName: z.string().nullable(),
  grams: z.number().nullable(),
  portionLabel: z.string().nullable(),
  portionCount: z.number().nullable(),
  kcal: z.number(),
  proteinG: z.number().nullable(),
  clientId: z.string(),
});

const totalsSchema = z.object(
  Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, z.number()])) as Record<
    (typeof NUTRIENT_KEYS)[number],
    z.ZodNumber
  >,
);

export const dayViewSchema = z.object({
  date: z.string(),
  complete: z.boolean(),
  entries: z.array(entrySchema).readonly(),
  meals: z.object({
    breakfast: totalsSchema,
    lunch: totalsSchema,
    dinner: totalsSchema,
    snacks: totalsSchema,
  }),
  totals: totalsSchema,
  incomplete: z.array(z.string()).readonly(),
  targets: z
    .object({
      kcalEaten: z.number(),
      kcalTarget: z.number(),
      kcalRemaining: z.number(),
      proteinEatenG: z.number(),
      proteinTargetG: z.number().nullable(),
      proteinRemainingG: z.number().nullable(),
    })
    .nullable(),
  servings: z.object({
    proteinFoodGramsByMeal: z.object({
      breakfast: z.number(),
      lunch: z.number(),
      dinner: z.number(),
      snacks: z.number(),
    }),
    mealsShortOfProtein: z.array(mealSchema).readonly(),
    fatServings: z.number(),
    vegetableServings: z.number(),
    treats: z.number(),
  }),
});

export const dayQuerySchema = z.strictObject({
  kcalTarget: z.coerce.number().int().min(800).max(6000).optional(),
  proteinTargetG: z.coerce.number().min(0).max(500).optional(),
});

export const copySchema = z.strictObject({
  fromDate: isoDate,
  toDate: isoDate,
  meal: mealSchema.optional(),
  toMeal: mealSchema.optional(),
});

export const customFoodSchema = z.strictObject({
  name: z.string().min(2).max(200),
  brand: z.string().max(200).nullable().optional(),
  per100g: z.strictObject({
    kcal: z.number().min(0).max(950),
    proteinG: z.number().min(0).max(100).nullable().optional(),
    fatG: z.number().min(0).max(100).nullable().optional(),
    carbG: z.number().min(0).max(100).nullable().optional(),
    fiberG: z.number().min(0).max(100).nullable().optional(),
    sugarG: z.number().min(0).max(100).nullable().optional(),
    satFatG: z.number().min(0).max(100).nullable().optional(),
    sodiumMg: z.number().min(0).max(100_000).nullable().optional(),
  }),
  portions: z
    .array(z.strictObject({ label: z.string().min(1).max(100), grams: z.number().positive().max(100_000) }))
    .max(20)
    .optional(),
  clientId: clientIdSchema.optional(),
});

export const recipeSchema = z.strictObject({
  name: z.string().min(2).max(200),
  ingredients: z
    .array(z.strictObject({ foodId: z.string().min(1).max(64), grams: z.number().min(0.001).max(5000) }))
    .min(1)
    .max(100),
  yieldGrams: z.number().positive().max(50_000).optional(),
  clientId: clientIdSchema.optional(),
});

export const treatSchema = z.strictObject({
  date: isoDate,
  kcal: z.number().int().min(1).max(10_000),
  planned: z.boolean(),
  /** Default: the plan's target and floor in force. */
  targetKcal: z.number().int().min(800).max(6000).optional(),
  floorKcal: z.number().int().min(800).max(4000).optional(),
  today: isoDate,
  label: z.string().min(1).max(80).optional(),
  dailyDeficitKcal: z.number().positive().max(3000).optional(),
  clientId: clientIdSchema.optional(),
});

export const treatPlanSchema = z.object({
  treat: z.object({ id: z.string(), date: z.string(), kcal: z.number(), planned: z.boolean() }),
  plan: z.object({
    days: z.array(z.object({ date: z.string(), targetKcal: z.number(), changeKcal: z.number() })).readonly(),
    weeklyBudgetKcal: z.number(),
    weeklyPlannedKcal: z.number(),
    feasible: z.boolean(),
    overBudgetKcal: z.number(),
    forecastDelayDays: z.number().nullable(),
    estimatedExtraKg: z.number(),
  }),
});
