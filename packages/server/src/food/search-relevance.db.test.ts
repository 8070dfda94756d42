import { countFoods } from "@leanback/db/food/food-repo";
import { searchFoods } from "@leanback/db/food/food-search";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { beforeAll, expect, it } from "vitest";
import { seedSr28 } from "./sr28-seed.js";

// Everyday queries on the real SR28 seed: what a person expects in the top 3. Each expectation is
// a pattern one of the top three display names must match (generic whole foods, not soups, baby
// foods or branded products). Typos and prefixes must find the same foods.
const TOP3: readonly (readonly [string, RegExp])[] = [
  ["chicken breast", /^Chicken breast, (raw|cooked, roasted)/],
  ["greek yogurt", /^Greek yogurt, plain/],
  ["olive oil", /^Olive oil$/],
  ["egg", /^Egg, whole, raw$/],
  ["eggs", /^Egg, whole/],
  ["salmon", /^Salmon, \w+, raw/],
  ["avocado", /^Avocados, raw/],
  ["spinach", /^Spinach, raw$/],
  ["oats", /^Oats$/],
  ["banana", /^Bananas, raw$/],
  ["brown rice", /^Brown rice, (long|medium)-grain/],
  ["almonds", /^Almonds$/],
  ["peanut butter", /^Peanut butter, (smooth|chunk)/],
  ["tuna", /^Tuna, \w+, raw$/],
  ["cottage cheese", /^Cottage cheese, lowfat/],
  ["broccoli", /^Broccoli, raw$/],
  ["sweet potato", /^Sweet potato, (raw|cooked)/],
  ["apple", /^Apples, raw/],
  ["whey protein", /whey protein/i],
  ["lentils", /^Lentils, raw$/],
  ["tofu", /^Tofu, raw/],
  ["cheddar", /^Cheddar cheese$/],
  ["kale", /^Kale, raw$/],
  ["blueberries", /^Blueberries, raw$/],
  ["strawberries", /^Strawberries, raw$/],
  ["orange", /^Oranges, raw/],
  ["turkey breast", /^Turkey breast/],
  ["ground beef", /^Beef ground/],
  ["quinoa", /^Quinoa, (cooked|uncooked)$/],
  ["butter", /^Butter, (with|without) salt$/],
  ["shrimp", /^Shrimp, mixed species, raw/],
  ["cod", /^Cod, atlantic, raw$/],
  ["carrots", /^Carrots, raw$/],
  ["cucumber", /^Cucumber, .*raw$/],
  ["asparagus", /^Asparagus, raw$/],
  ["green beans", /^Snap beans, green, raw$/],
  ["olives", /^Olives, /],
  ["mackerel", /^Mackerel, \w+, raw$/],
  ["chia seeds", /^Chia seeds/],
  ["flaxseed", /^Flaxseed$/],
  ["hummus", /^Hummus/],
  ["walnuts", /^Walnuts, english$/],
  // Prefix as you type.
  ["greek yog", /^Greek yogurt, plain/],
  ["chicken bre", /^Chicken breast/],
  ["avoc", /^Avocados, raw/],
  ["bluebe", /^Blueberries, raw$/],
  // One typo (insertion, deletion, substitution, transposition) and British spelling.
  ["chiken brest", /^Chicken breast, (raw|cooked, roasted)/],
  ["avocdo", /^Avocados, raw/],
  ["yoghurt", /^Yogurt, plain/],
  ["salmn", /^Salmon, \w+, raw/],
  ["brocoli", /^Broccoli, raw$/],
  ["spinnach", /^Spinach, raw$/],
  ["bluberries", /^Blueberries, raw$/],
  ["almodns", /^Almonds$/],
  ["banan", /^Bananas, raw$/],
];

describeEachDialect("food search relevance on SR28", (getDb) => {
  beforeAll(async () => {
    await seedSr28(getDb());
  }, 120_000);

  it.each(TOP3)("%s → top 3 has %s", async (query, pattern) => {
    const hits = await searchFoods(getDb(), { query, limit: 3 });
    const names = hits.map((h) => h.food.displayName);
    expect(
      names.some((n) => pattern.test(n)),
      `top 3 for "${query}": ${names.join(" | ")}`,
    ).toBe(true);
  });

  it("tells raw from cooked and reports the match kind", async () => {
    const hits = await searchFoods(getDb(), { query: "chicken breast roasted", limit: 5 });
    expect(hits[0]?.food.displayName).toMatch(/roasted/);
    const typo = await searchFoods(getDb(), { query: "salmn", limit: 1 });
    expect(typo[0]?.match).toBe("typo");
  });

  it("seeding again is idempotent: same rows, nothing added", async () => {
    const before = await countFoods(getDb(), "usda-sr28");
    const report = await seedSr28(getDb());
    expect(report.foods).toBe(8790);
    expect(await countFoods(getDb(), "usda-sr28")).toBe(before);
    expect(before).toBe(8790);
  }, 120_000);

  it("rejects an empty query and a silly limit", async () => {
    await expect(searchFoods(getDb(), { query: " ,; " })).rejects.toThrow(/query/);
    await expect(searchFoods(getDb(), { query: "egg", limit: 0 })).rejects.toThrow(/limit/);
  });
});
