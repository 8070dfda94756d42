import { per100gToMilli } from "@leanback/core/nutrition/nutrients";

import { upsertFoods } from "@leanback/db/food/food-repo";
import { treatsBetween } from "@leanback/db/food/treats-repo";
import { uuidv7 } from "@leanback/db/ids";
import { createUser } from "@leanback/db/repos/users";
import type { Database } from "@leanback/db/schema";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import fc from "fast-check";
import type { Kysely } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { addFoodEntry, copyEntries, dayView, markDayComplete, quickAdd, removeEntry } from "./diary.js";
import { editEntry } from "./diary-edit.js";
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

  it("edits an entry in place: grams, portions, count, meal and day; id, clientId and order kept", async () => {
    const db = getDb();
    const user = await newUser(db);
    const d = deps(db);
    const first = await addFoodEntry(d, user, {
      date: "2026-11-22",
      meal: "breakfast",
      foodId: egg,
      grams: 100,
    });
    const second = await addFoodEntry(d, user, {
      date: "2026-11-22",
      meal: "breakfast",
      foodId: egg,
      portion: "1 large",
      count: 2,
    });
    // 150 g egg = 214.5 kcal → 215 (rounded for display); the portion goes.
    const grams = await editEntry(d, user, second.id, { grams: 150 });
    expect(grams).toMatchObject({ id: second.id, clientId: second.clientId, grams: 150, kcal: 215 });
    expect(grams).toMatchObject({ portionLabel: null, portionCount: null });
    // Back to portions; then only the count: 3 × 50 g.
    await editEntry(d, user, second.id, { portion: "1 large" });
    const count = await editEntry(d, user, second.id, { count: 3 });
    expect(count).toMatchObject({ grams: 150, portionLabel: "1 large", portionCount: 3 });
    const day = await dayView(d, user, "2026-11-22", null);
    expect(day.entries.map((e) => e.id)).toEqual([first.id, second.id]);
    expect(day.totals.kcal).toBe(358); // 250 g × 1.43 = 357.5 → 358
    // Another meal on another day: gone from this one, in the other.
    const moved = await editEntry(d, user, first.id, { meal: "dinner", date: "2026-11-23" });
    expect(moved).toMatchObject({ meal: "dinner", date: "2026-11-23", grams: 100 });
    expect((await dayView(d, user, "2026-11-22", null)).entries.map((e) => e.id)).toEqual([second.id]);
    expect((await dayView(d, user, "2026-11-23", null)).meals.dinner.kcal).toBe(143);
  });

  it("refuses edits that do not fit the entry, naming the field, and changes nothing", async () => {
    const db = getDb();
    const user = await newUser(db);
    const other = await newUser(db);
    const d = deps(db);
    const food = await addFoodEntry(d, user, { date: "2026-11-24", meal: "lunch", foodId: oil, grams: 10 });
    const quick = await quickAdd(d, user, { date: "2026-11-24", meal: "snacks", kcal: 250 });
    const fails = async (id: string, edit: Parameters<typeof editEntry>[3], field: string) => {
      const e = await editEntry(d, user, id, edit).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).toMatchObject({ field });
    };
    await fails(food.id, { kcal: 300 }, "kcal");
    await fails(food.id, { count: 2 }, "count"); // an entry in grams has no portion to count
    await fails(food.id, { portion: "1 cup" }, "portion");
    await fails(food.id, { grams: 5, portion: "1 tablespoon" }, "grams");
    await fails(quick.id, { grams: 100 }, "grams");
    await expect(editEntry(d, other, food.id, { grams: 20 })).rejects.toThrow(/not found/);
    await expect(editEntry(d, user, "01890000-0000-7000-8000-000000000000", { grams: 20 })).rejects.toThrow(
      /not found/,
    );
    const day = await dayView(d, user, "2026-11-24", null);
    expect(day.entries.map((e) => [e.grams, e.kcal])).toEqual([
      [10, 88],
      [null, 250],
    ]);
    // What a quick add may change: its calories.
    expect(await editEntry(d, user, quick.id, { kcal: 180, meal: "dinner" })).toMatchObject({
      kcal: 180,
      meal: "dinner",
      grams: null,
    });
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
              // Any amount: this property is about copying, not plausibility.
              confirm: true,
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
    // Planning the Wednesday again replaced the first treat: one live treat, never stacked.
    const live = (await treatsBetween(db, user, "2026-11-16", "2026-11-22")).filter((t) => !t.cancelled);
    expect(live.map((t) => t.id)).toEqual([replay.treat.id]);
    expect(replay.treat.id).not.toBe(r.treat.id);
  });
});
