import { per100gToMilli } from "@leanback/core/nutrition/nutrients";
import { upsertFoods } from "@leanback/db/food/food-repo";
import { uuidv7 } from "@leanback/db/ids";
import { createUser } from "@leanback/db/repos/users";
import type { Database } from "@leanback/db/schema";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import fc from "fast-check";
import type { Kysely } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { addFoodEntry, copyEntries, dayView, markDayComplete, quickAdd, removeEntry } from "./diary.js";
import { recordTreat } from "./treats.js";

let seq = 0;
const deps = (db: Kysely<Database>) => ({ db, now: () => 1_790_000_000_000 + seq++, newId: () => uuidv7() });

async function newUser(db: Kysely<Database>): Promise<string> {
  const u = await createUser(db, { email: `diary-${uuidv7()}@example.org`, passwordHash: "x", role: "user" });
  return u.id;
}

describeEachDialect("food diary", (getDb) => {
  let egg = "";
  let oil = "";
  beforeAll(async () => {
    // SR28 01123 egg (143 kcal, 12.56 g protein; "1 large" = 50 g) and 04053 olive oil (884 kcal).
    [egg, oil] = (await upsertFoods(getDb(), [
      {
        source: "usda-sr28",
        sourceId: "t-01123",
        name: "egg, whole, raw, fresh",
        displayName: "Egg, whole, raw",
        category: "Dairy and Egg Products",
        per100g: per100gToMilli({ kcal: 143, proteinG: 12.56, fatG: 9.51, carbG: 0.72 }),
        tags: ["protein-food"],
        portions: [{ label: "1 large", grams: 50 }],
      },
      {
        source: "usda-sr28",
        sourceId: "t-04053",
        name: "oil, olive, salad or cooking",
        displayName: "Olive oil",
        category: "Fats and Oils",
        per100g: per100gToMilli({ kcal: 884, proteinG: 0, fatG: 100, carbG: 0 }),
        tags: ["healthy-fat"],
        portions: [{ label: "1 tablespoon", grams: 13.5 }],
      },
    ])) as [string, string];
  });

  it("logs portions and grams, sums exactly, and compares with targets", async () => {
    const db = getDb();
    const user = await newUser(db);
    await addFoodEntry(deps(db), user, {
      date: "2026-11-20",
      meal: "breakfast",
      foodId: egg,
      portion: "1 large",
      count: 2,
    });
    await addFoodEntry(deps(db), user, { date: "2026-11-20", meal: "breakfast", foodId: oil, grams: 13.5 });
    await quickAdd(deps(db), user, { date: "2026-11-20", meal: "snacks", kcal: 250 });
    const day = await dayView(deps(db), user, "2026-11-20", { kcal: 1800, proteinG: 120 });
    // 100 g egg = 143 kcal; 13.5 g oil = 119.34 kcal; + 250 quick = 512.34 → 512.
    expect(day.totals.kcal).toBe(512);
    expect(day.meals.breakfast.kcal).toBe(262);
    expect(day.totals.proteinG).toBe(12.6);
    expect(day.incomplete).toContain("proteinG");
    expect(day.targets?.kcalRemaining).toBe(1288);
    expect(day.servings.proteinFoodGramsByMeal.breakfast).toBe(100);
    expect(day.servings.fatServings).toBe(1);
    expect(day.entries).toHaveLength(3);
  });

  it("replays of an add with the same clientId add nothing; unknown portions are refused", async () => {
    const db = getDb();
    const user = await newUser(db);
    const a = await addFoodEntry(deps(db), user, {
      date: "2026-11-21",
      meal: "lunch",
      foodId: egg,
      grams: 60,
      clientId: "k1",
    });
    const b = await addFoodEntry(deps(db), user, {
      date: "2026-11-21",
      meal: "lunch",
      foodId: egg,
      grams: 60,
      clientId: "k1",
    });
    expect(b.id).toBe(a.id);
    expect((await dayView(deps(db), user, "2026-11-21", null)).entries).toHaveLength(1);
    await expect(
      addFoodEntry(deps(db), user, { date: "2026-11-21", meal: "lunch", foodId: egg, portion: "1 bucket" }),
    ).rejects.toThrow(/portion/);
    await expect(
      addFoodEntry(deps(db), user, { date: "2026-11-21", meal: "lunch", foodId: uuidv7(), grams: 5 }),
    ).rejects.toThrow(/food/);
    await removeEntry(deps(db), user, a.id);
    await expect(removeEntry(deps(db), user, a.id)).rejects.toThrow(/not found/);
  });

  it("property: copying a day any number of times doubles nothing and keeps totals", async () => {
    const db = getDb();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            grams: fc.integer({ min: 1, max: 400 }),
            oil: fc.boolean(),
            meal: fc.constantFrom("breakfast", "lunch", "dinner", "snacks" as const),
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.integer({ min: 1, max: 3 }),
        async (items, times) => {
          const user = await newUser(db);
          for (const it of items)
            await addFoodEntry(deps(db), user, {
              date: "2026-11-16",
              meal: it.meal,
              foodId: it.oil ? oil : egg,
              grams: it.grams,
            });
          for (let i = 0; i < times; i++)
            await copyEntries(deps(db), user, { fromDate: "2026-11-16", toDate: "2026-11-17" });
          const from = await dayView(deps(db), user, "2026-11-16", null);
          const to = await dayView(deps(db), user, "2026-11-17", null);
          expect(to.entries).toHaveLength(items.length);
          expect(to.totals).toEqual(from.totals);
        },
      ),
      { numRuns: 8 },
    );
  });

  it("copies one meal into another meal and marks a day complete", async () => {
    const db = getDb();
    const user = await newUser(db);
    await addFoodEntry(deps(db), user, { date: "2026-11-18", meal: "lunch", foodId: egg, grams: 100 });
    await addFoodEntry(deps(db), user, { date: "2026-11-18", meal: "dinner", foodId: oil, grams: 10 });
    expect(
      await copyEntries(deps(db), user, {
        fromDate: "2026-11-18",
        toDate: "2026-11-19",
        meal: "lunch",
        toMeal: "breakfast",
      }),
    ).toEqual({ copied: 1 });
    const day = await dayView(deps(db), user, "2026-11-19", null);
    expect(day.meals.breakfast.kcal).toBe(143);
    expect(day.meals.dinner.kcal).toBe(0);
    expect(day.complete).toBe(false);
    await markDayComplete(deps(db), user, "2026-11-19", true);
    expect((await dayView(deps(db), user, "2026-11-19", null)).complete).toBe(true);
  });

  it("records a treat and rebalances the rest of the week above the floor", async () => {
    const db = getDb();
    const user = await newUser(db);
    // Wednesday 2026-11-18, planned on Monday: the other 6 days share 600 kcal.
    const r = await recordTreat(deps(db), user, {
      date: "2026-11-18",
      kcal: 600,
      planned: true,
      targetKcal: 1800,
      floorKcal: 1500,
      today: "2026-11-16",
    });
    expect(r.plan.feasible).toBe(true);
    expect(r.plan.days.map((d) => d.targetKcal)).toEqual([1700, 1700, 2400, 1700, 1700, 1700, 1700]);
    const replay = await recordTreat(deps(db), user, {
      date: "2026-11-18",
      kcal: 600,
      planned: true,
      targetKcal: 1800,
      floorKcal: 1500,
      today: "2026-11-16",
      clientId: "t1",
    });
    const again = await recordTreat(deps(db), user, {
      date: "2026-11-18",
      kcal: 600,
      planned: true,
      targetKcal: 1800,
      floorKcal: 1500,
      today: "2026-11-16",
      clientId: "t1",
    });
    expect(again.treat.id).toBe(replay.treat.id);
  });
});
