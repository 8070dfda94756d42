import { InvalidInputError } from "../errors.js";
import type { Meal } from "./diary.js";
import { isProteinFood } from "./protein-food.js";

/** Protocol food groups (docs/protocol.md §5). */
export const SERVING_TAGS = ["protein-food", "healthy-fat", "vegetable", "treat"] as const;
export type ServingTag = (typeof SERVING_TAGS)[number];

/** What the tagging rules look at: category, name and plain per-100 g amounts (null = unknown). */
export interface TaggableFood {
  readonly name: string;
  readonly category: string;
  readonly kcal: number;
  readonly proteinG: number | null;
  readonly fatG: number | null;
  readonly carbG: number | null;
  readonly sugarG: number | null;
  readonly satFatG: number | null;
}

const FAT_CATEGORIES = new Set([
  "Fats and Oils",
  "Nut and Seed Products",
  "Fruits and Fruit Juices",
  "Legumes and Legume Products",
  "Finfish and Shellfish Products",
  "Vegetables and Vegetable Products",
]);
const TREAT_CATEGORIES = new Set(["Sweets", "Snacks", "Baked Products", "Fast Foods", "Restaurant Foods"]);
const LEAFY = /\b(spinach|kale|lettuce|arugula|chard|collards|greens|watercress|cabbage|endive|romaine)\b/;
const STARCHY = /\b(potato|potatoes|corn|yam|cassava|plantain)\b/;
const FRIED = /\b(fried|batter|breaded)\b/;
const DESSERT =
  /\b(chips|pies?|cakes?|cookies?|brownies|candies|candy|pastry|pastries|donuts?|doughnuts?|ice creams?|puddings?|frosting|chocolate|choc)\b/;

/**
 * Tags a food from its category and nutrients (our rules, after the protocol's food lists in
 * docs/protocol.md §5):
 * - treat: desserts and sweets by name with ≥ 10 g sugar or ≥ 300 kcal/100 g; sweets, snacks,
 *   baked, fast or restaurant foods with ≥ 350 kcal/100 g; or ≥ 25 g sugar/100 g outside fruit;
 * - protein-food: by protein density, whatever the category (isProteinFood in protein-food.ts:
 *   ≥ 20 % of energy from protein and ≥ 8 g protein/100 g), so eggs, dairy and legumes count;
 * - healthy-fat: ≥ 10 g fat/100 g, ≥ 50 % of energy from fat (9 kcal/g) and saturated fat ≤ 25 %
 *   of fat (olive oil, nuts, avocado, olives, oily fish — not butter or lard);
 * - vegetable: vegetable group, ≤ 60 kcal/100 g, not starchy, not fried.
 *
 * @example
 * tagFood({ name: "oil, olive", category: "Fats and Oils", kcal: 884, proteinG: 0, fatG: 100, carbG: 0, sugarG: 0, satFatG: 13.8 });
 * // → ["healthy-fat"]
 */
export function tagFood(food: TaggableFood): ServingTag[] {
  if (!Number.isFinite(food.kcal) || food.kcal < 0)
    throw new InvalidInputError("kcal", "kcal per 100 g must be 0 or more");
  const tags: ServingTag[] = [];
  const name = food.name.toLowerCase();
  const sugar = food.sugarG ?? 0;
  const isFruit = food.category === "Fruits and Fruit Juices";
  const treat =
    (DESSERT.test(name) && (sugar >= 10 || food.kcal >= 300)) ||
    (TREAT_CATEGORIES.has(food.category) && food.kcal >= 350) ||
    (!isFruit && sugar >= 25 && food.category !== "Spices and Herbs");
  if (treat) return ["treat"];
  if (isProteinFood(food)) tags.push("protein-food");
  const fat = food.fatG;
  if (
    fat !== null &&
    food.kcal > 0 &&
    fat >= 10 &&
    (fat * 9) / food.kcal >= 0.5 &&
    food.satFatG !== null &&
    food.satFatG <= fat * 0.25 &&
    FAT_CATEGORIES.has(food.category) &&
    (food.category !== "Legumes and Legume Products" || /\bpeanut/.test(name)) &&
    !/\b(margarine|shortening|mayonnaise|dressing|fried)\b/.test(name)
  ) {
    tags.push("healthy-fat");
  }
  if (
    food.category === "Vegetables and Vegetable Products" &&
    food.kcal <= 60 &&
    !STARCHY.test(name) &&
    !FRIED.test(name) &&
    !DESSERT.test(name) &&
    !tags.includes("healthy-fat")
  ) {
    tags.push("vegetable");
  }
  return tags;
}

/**
 * Grams of one protocol serving of `tag` for this food (docs/protocol.md §5): protein food 55 g cooked
 * (the low end of 2–4 oz, 55–115 g); fat: 1 tbsp oil 13.5 g, 1/3 avocado 50 g, 1 oz nuts 28 g,
 * 1 tbsp nut butter 16 g (SR28 16098: 2 tbsp = 32 g), olives 30 g (ours), oily fish 85 g (3 oz);
 * vegetables: 1 cup leafy greens raw 30 g, otherwise 1/2 cup ≈ 80 g (the middle of 75–90 g).
 *
 * @example
 * servingGrams("healthy-fat", "oil, olive, salad or cooking", "Fats and Oils"); // → 13.5
 */
export function servingGrams(tag: ServingTag, name: string, category: string): number | null {
  const n = name.toLowerCase();
  switch (tag) {
    case "protein-food":
      return 55;
    case "healthy-fat":
      if (category === "Fats and Oils" || /\boil\b/.test(n)) return 13.5;
      if (/\bavocado/.test(n)) return 50;
      if (/\bbutter\b/.test(n)) return 16;
      if (/\bolives?\b/.test(n)) return 30;
      if (category === "Finfish and Shellfish Products") return 85;
      return 28;
    case "vegetable":
      return LEAFY.test(n) && /\braw\b/.test(n) ? 30 : 80;
    case "treat":
      return null;
  }
}

/** A diary line as the servings maths sees it. */
export interface ServingLine {
  readonly meal: Meal;
  readonly grams: number;
  readonly name: string;
  readonly category: string;
  readonly tags: readonly ServingTag[];
}

export interface ServingsSummary {
  readonly proteinFoodGramsByMeal: Readonly<Record<Meal, number>>;
  /** Main meals with fewer than 55 g of a protein food (the protocol's minimum). */
  readonly mealsShortOfProtein: readonly Meal[];
  readonly fatServings: number;
  readonly vegetableServings: number;
  readonly treats: number;
  /** Protocol goals: 2–3 fat servings a day; vegetables with each main meal (3 a day, ours). */
  readonly fatGoal: { readonly min: 2; readonly max: 3 };
  readonly vegetableGoal: 3;
}

const MAIN_MEALS: readonly Meal[] = ["breakfast", "lunch", "dinner"];

/**
 * Per-meal protein check and per-day fat and vegetable servings (one decimal).
 *
 * @example
 * summariseServings([{ meal: "lunch", grams: 120, name: "chicken breast", category: "Poultry Products", tags: ["protein-food"] }])
 *   .mealsShortOfProtein; // → ["breakfast", "dinner"]
 */
export function summariseServings(lines: readonly ServingLine[]): ServingsSummary {
  const protein: Record<Meal, number> = { breakfast: 0, lunch: 0, dinner: 0, snacks: 0 };
  let fat = 0;
  let veg = 0;
  let treats = 0;
  for (const line of lines) {
    if (!Number.isFinite(line.grams) || line.grams <= 0)
      throw new InvalidInputError("grams", "grams must be more than 0");
    if (line.tags.includes("protein-food")) protein[line.meal] += line.grams;
    if (line.tags.includes("healthy-fat"))
      fat += line.grams / (servingGrams("healthy-fat", line.name, line.category) ?? 1);
    if (line.tags.includes("vegetable"))
      veg += line.grams / (servingGrams("vegetable", line.name, line.category) ?? 1);
    if (line.tags.includes("treat")) treats += 1;
  }
  return {
    proteinFoodGramsByMeal: protein,
    mealsShortOfProtein: MAIN_MEALS.filter((m) => protein[m] < 55),
    fatServings: Math.round(fat * 10) / 10,
    vegetableServings: Math.round(veg * 10) / 10,
    treats,
    fatGoal: { min: 2, max: 3 },
    vegetableGoal: 3,
  };
}

/**
 * Applies a person's corrections: an override replaces the computed tags for that food.
 *
 * @example
 * effectiveTags(["vegetable"], ["treat"]); // → ["treat"]
 */
export function effectiveTags(
  computed: readonly ServingTag[],
  override: readonly ServingTag[] | undefined,
): readonly ServingTag[] {
  return override ?? computed;
}
