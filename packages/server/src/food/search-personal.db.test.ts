import { per100gToMilli } from "@leanback/core/nutrition/nutrients";
import { upsertFoods, type NewFood } from "@leanback/db/food/food-repo";
import { searchFoods } from "@leanback/db/food/food-search";
import { uuidv7 } from "@leanback/db/ids";
import { createUser } from "@leanback/db/repos/users";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { expect, it } from "vitest";
import { addFoodEntry } from "./diary.js";
import { createCustomFood } from "./custom-foods.js";

const food = (sourceId: string, displayName: string, category: string, kcal: number): NewFood => ({
  source: "usda-sr28",
  sourceId,
  name: displayName.toLowerCase(),
  displayName,
  category,
  per100g: per100gToMilli({ kcal }),
  tags: [],
  portions: [],
});

describeEachDialect("personal search ranking", (getDb) => {
  it("puts the person's own frequent foods first, for them only, and keeps own foods private", async () => {
    const db = getDb();
    const [, yolk] = await upsertFoods(db, [
      food("p-01123", "Egg, whole, raw", "Dairy and Egg Products", 143),
      food("p-01125", "Egg, yolk, raw", "Dairy and Egg Products", 322),
      food("p-01124", "Egg, white, raw", "Dairy and Egg Products", 52),
    ]);
    const mk = async () =>
      (await createUser(db, { email: `p-${uuidv7()}@example.org`, passwordHash: "x", role: "user" })).id;
    const [me, you] = [await mk(), await mk()];
    const deps = { db, now: () => 1_790_000_000_000, newId: () => uuidv7() };
    for (const date of ["2026-11-17", "2026-11-18", "2026-11-19"]) {
      await addFoodEntry(deps, me, { date, meal: "breakfast", foodId: yolk ?? "", grams: 17 });
    }
    const mine = await searchFoods(db, { query: "egg", userId: me, limit: 3 });
    expect(mine[0]?.food.displayName).toBe("Egg, yolk, raw");
    expect(mine[0]?.uses).toBe(3);
    const theirs = await searchFoods(db, { query: "egg", userId: you, limit: 3 });
    expect(theirs[0]?.food.displayName).toBe("Egg, whole, raw");

    const own = await createCustomFood(deps, me, {
      name: "Egg muffin from the corner cafe",
      per100g: { kcal: 250 },
    });
    expect((await searchFoods(db, { query: "egg muffin", userId: me })).map((h) => h.food.id)).toContain(
      own.id,
    );
    expect((await searchFoods(db, { query: "egg muffin", userId: you })).map((h) => h.food.id)).not.toContain(
      own.id,
    );
    expect((await searchFoods(db, { query: "egg muffin" })).map((h) => h.food.id)).not.toContain(own.id);
  });
});
