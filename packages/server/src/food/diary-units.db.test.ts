import { per100gToMilli } from "@leanback/core/nutrition/nutrients";
import { recentFoods } from "@leanback/core/nutrition/recent-foods";
import { upsertFoods } from "@leanback/db/food/food-repo";
import { recentFoodLines } from "@leanback/db/food/recent-food-lines";
import { uuidv7 } from "@leanback/db/ids";
import { createUser } from "@leanback/db/repos/users";
import type { Database } from "@leanback/db/schema";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import type { Kysely } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { addFoodEntry, copyEntries, dayView } from "./diary.js";
import { editEntry } from "./diary-edit.js";

let seq = 0;
const deps = (db: Kysely<Database>) => ({ db, now: () => 1_790_000_000_000 + seq++, newId: () => uuidv7() });

async function newUser(db: Kysely<Database>): Promise<string> {
  const u = await createUser(db, { email: `units-${uuidv7()}@example.org`, passwordHash: "x", role: "user" });
  return u.id;
}

describeEachDialect("diary: the unit the person logged", (getDb) => {
  let chicken = "";
  let lentils = "";
  let bread = "";
  beforeAll(async () => {
    // SR28 05064 chicken breast roasted (165 kcal, 31.02 g protein), 16070 lentils boiled (116 kcal,
    // 9.02 g), 18069 white bread (266 kcal, 8.85 g). The stored tags are those of an older rule
    // (lentils untagged, bread tagged): the diary must decide protein food from the nutrients.
    [chicken, lentils, bread] = (await upsertFoods(getDb(), [
      {
        source: "usda-sr28",
        sourceId: "u-05064",
        name: "chicken, breast, roasted",
        displayName: "Chicken breast, roasted",
        category: "Poultry Products",
        per100g: per100gToMilli({ kcal: 165, proteinG: 31.02, fatG: 3.57, carbG: 0 }),
        tags: ["protein-food"],
        portions: [{ label: "1 breast, bone removed", grams: 172 }],
      },
      {
        source: "usda-sr28",
        sourceId: "u-16070",
        name: "lentils, mature seeds, cooked, boiled",
        displayName: "Lentils, boiled",
        category: "Legumes and Legume Products",
        per100g: per100gToMilli({ kcal: 116, proteinG: 9.02, fatG: 0.38, carbG: 20.13 }),
        tags: [],
        portions: [{ label: "1 cup", grams: 198 }],
      },
      {
        source: "usda-sr28",
        sourceId: "u-18069",
        name: "bread, white",
        displayName: "Bread, white",
        category: "Baked Products",
        per100g: per100gToMilli({ kcal: 266, proteinG: 8.85, fatG: 3.33, carbG: 49.42 }),
        tags: ["protein-food"],
        portions: [{ label: "1 slice", grams: 25 }],
      },
    ])) as [string, string, string];
  });

  it("stores ounces as grams and reads the entry back as “5 oz”; offers the unit next time", async () => {
    const db = getDb();
    const user = await newUser(db);
    const d = deps(db);
    const e = await addFoodEntry(d, user, {
      date: "2026-11-20",
      meal: "lunch",
      foodId: chicken,
      portion: "oz",
      count: 5,
    });
    // 5 × 28.349523125 g = 141.747… g, stored as 141747 mg; 141.747 × 1.65 = 233.9 → 234 kcal.
    expect(e).toMatchObject({ portionLabel: "oz", portionCount: 5, grams: 141.748, kcal: 234 });
    const lines = await recentFoodLines(db, user, 100);
    expect(recentFoods(lines, 10)[0]).toMatchObject({ id: chicken, last: { portion: "oz", count: 5 } });

    // Editing only the count keeps the unit: 4 oz = 113.398 g.
    const edited = await editEntry(d, user, e.id, { count: 4 });
    expect(edited).toMatchObject({ portionLabel: "oz", portionCount: 4, grams: 113.398 });
    // A copy keeps it too.
    await copyEntries(d, user, { fromDate: "2026-11-20", toDate: "2026-11-21" });
    const copied = await dayView(d, user, "2026-11-21", null);
    expect(copied.entries[0]).toMatchObject({ portionLabel: "oz", portionCount: 4, grams: 113.398 });
  });

  it("refuses an unknown unit naming the portion field and the units there are", async () => {
    const db = getDb();
    const user = await newUser(db);
    const err = await addFoodEntry(deps(db), user, {
      date: "2026-11-20",
      meal: "lunch",
      foodId: lentils,
      portion: "ounces",
      count: 2,
    }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(err).toMatchObject({ field: "portion" });
    expect(String((err as Error).message)).toMatch(/1 cup; oz/);
    expect((await dayView(deps(db), user, "2026-11-20", null)).entries).toHaveLength(0);
  });

  it("counts protein food by density: lentils yes, bread no, whatever the stored tags", async () => {
    const db = getDb();
    const user = await newUser(db);
    const d = deps(db);
    await addFoodEntry(d, user, { date: "2026-11-22", meal: "lunch", foodId: lentils, portion: "1 cup" });
    await addFoodEntry(d, user, {
      date: "2026-11-22",
      meal: "lunch",
      foodId: bread,
      portion: "1 slice",
      count: 2,
    });
    await addFoodEntry(d, user, { date: "2026-11-22", meal: "dinner", foodId: chicken, grams: 120 });
    const day = await dayView(d, user, "2026-11-22", null);
    expect(day.servings.proteinFoodGramsByMeal).toEqual({ breakfast: 0, lunch: 198, dinner: 120, snacks: 0 });
    expect(day.servings.mealsShortOfProtein).toEqual(["breakfast"]);
  });
});
