import { mapSr28Row } from "@leanback/core/nutrition/sr28";
import { upsertFoods } from "@leanback/db/food/food-repo";
import { expect, it } from "vitest";
import { EXAMPLE_PROFILE } from "../features/profile/profile-examples.js";
import { describeEachDialectApp } from "../testing/fixture.js";
import { readSr28Rows, seedFoodToNew } from "./sr28-seed.js";

describeEachDialectApp("food and diary API", (getT) => {
  it("adds a custom food, finds it by search, logs it, and shows the day against targets", async () => {
    const t = getT();
    const u = await t.signUp();
    const other = await t.signUp();
    const food = await t.json(u, "POST", "/api/users/me/foods", {
      name: "Grandma's lentil soup",
      per100g: { kcal: 80, proteinG: 5.5, fatG: 1.2 },
      portions: [{ label: "1 bowl", grams: 300 }],
    });
    expect(food.status).toBe(201);
    const foodId = (food.json as { id: string }).id;
    const found = await t.json(u, "GET", "/api/foods/search?q=grandmas%20lentl&limit=5");
    expect(found.status).toBe(200);
    expect((found.json as { foods: { id: string }[] }).foods.map((f) => f.id)).toContain(foodId);
    // Someone else's own foods are invisible.
    const hidden = await t.json(other, "GET", "/api/foods/search?q=grandmas%20lentil");
    expect((hidden.json as { foods: { id: string }[] }).foods.map((f) => f.id)).not.toContain(foodId);
    expect((await t.json(other, "GET", `/api/foods/items/${foodId}`)).status).toBe(404);

    const entry = await t.json(u, "POST", "/api/users/me/diary/2026-11-20/entries", {
      meal: "lunch",
      foodId,
      portion: "1 bowl",
      count: 1.5,
      clientId: "lunch-soup-1",
    });
    expect(entry.status).toBe(201);
    expect(entry.json).toMatchObject({ grams: 450, kcal: 360, proteinG: 24.8 });
    await t.json(u, "POST", "/api/users/me/diary/2026-11-20/quick-add", { meal: "snacks", kcal: 150 });
    const day = await t.json(u, "GET", "/api/users/me/diary/2026-11-20?kcalTarget=1800&proteinTargetG=120");
    expect(day.status).toBe(200);
    expect(day.json).toMatchObject({
      totals: { kcal: 510 },
      targets: { kcalRemaining: 1290 },
      complete: false,
    });

    const copy = await t.json(u, "POST", "/api/users/me/diary/copy", {
      fromDate: "2026-11-20",
      toDate: "2026-11-21",
    });
    const replay = await t.json(u, "POST", "/api/users/me/diary/copy", {
      fromDate: "2026-11-20",
      toDate: "2026-11-21",
    });
    expect([copy.json, replay.json]).toEqual([{ copied: 2 }, { copied: 0 }]);
  });

  it("lists recent foods across devices: use counts, the amount last logged, newest first; only the owner's", async () => {
    const t = getT();
    const u = await t.signUp();
    const other = await t.signUp();
    const make = async (name: string) =>
      (
        (
          await t.json(u, "POST", "/api/users/me/foods", {
            name,
            per100g: { kcal: 100 },
            portions: [{ label: "1 cup", grams: 80 }],
          })
        ).json as { id: string }
      ).id;
    const oats = await make("Rolled oats");
    const rice = await make("Basmati rice");
    const log = (date: string, body: object) =>
      t.json(u, "POST", `/api/users/me/diary/${date}/entries`, { meal: "lunch", ...body });
    await log("2026-11-18", { foodId: oats, grams: 40 });
    await log("2026-11-19", { foodId: rice, grams: 150 });
    await log("2026-11-20", { foodId: oats, portion: "1 cup", count: 1.5 });
    await t.json(u, "POST", "/api/users/me/diary/2026-11-20/quick-add", { meal: "snacks", kcal: 90 });
    const r = await t.json(u, "GET", "/api/users/me/foods/recent");
    expect(r.status).toBe(200);
    const foods = (r.json as { foods: Array<{ id: string; uses: number; last: object }> }).foods;
    expect(foods.map((f) => [f.id, f.uses, f.last])).toEqual([
      [oats, 2, { portion: "1 cup", count: 1.5 }],
      [rice, 1, { grams: 150 }],
    ]);
    expect((await t.json(u, "GET", "/api/users/me/foods/recent?limit=1")).json).toMatchObject({
      foods: [{ id: oats }],
    });
    expect((await t.json(other, "GET", "/api/users/me/foods/recent")).json).toEqual({ foods: [] });
    expect((await t.json(u, "GET", "/api/users/me/foods/recent?limit=0")).status).toBe(422);
  });

  it("searches with everyday names, pages with offset, and serves household portions first", async () => {
    const t = getT();
    const u = await t.signUp();
    const rows = new Map((await readSr28Rows()).map((r) => [String(r[0]), r]));
    const seed = ["09040", "05064", "11976"].map((ndb) => seedFoodToNew(mapSr28Row(rows.get(ndb) ?? [])));
    const [bananaId] = await upsertFoods(t.deps.db, seed, t.deps.now());
    type Page = { foods: { id: string; displayName: string; match: string }[]; more: boolean };
    const first = await t.json(u, "GET", "/api/foods/search?q=banan&limit=1");
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ foods: [{ id: bananaId, displayName: "Banana" }], more: true });
    const next = (await t.json(u, "GET", "/api/foods/search?q=banan&limit=1&offset=1")).json as Page;
    expect(next.foods.map((f) => f.displayName)).toEqual(["Pepper, banana, raw"]);
    expect(next.more).toBe(false);
    expect((await t.json(u, "GET", "/api/foods/search?q=banana&offset=201")).status).toBe(422);
    const detail = await t.json(u, "GET", `/api/foods/items/${bananaId}`);
    expect((detail.json as { portions: unknown[] }).portions.slice(0, 2)).toEqual([
      { label: "1 medium banana", grams: 118 },
      { label: "1 small banana", grams: 101 },
    ]);
    // The portion people think in logs the right amount (118 g × 89 kcal/100 g).
    const entry = await t.json(u, "POST", "/api/users/me/diary/2026-11-20/entries", {
      meal: "breakfast",
      foodId: bananaId,
      portion: "1 medium banana",
    });
    expect(entry.json).toMatchObject({ grams: 118, kcal: 105 });
  });

  it("an entry logged with an SR28 label from before the layer keeps working after the refresh", async () => {
    const t = getT();
    const u = await t.signUp();
    const rows = new Map((await readSr28Rows()).map((r) => [String(r[0]), r]));
    const raw = mapSr28Row(rows.get("05064") ?? []);
    // As seeded before data/portions.json: SR28's own labels only.
    const [id] = await upsertFoods(
      t.deps.db,
      [{ ...seedFoodToNew(raw), portions: raw.portions }],
      t.deps.now(),
    );
    const old = "1 unit, (yield from 1 lb ready-to-cook chicken)";
    const entry = await t.json(u, "POST", "/api/users/me/diary/2026-11-20/entries", {
      meal: "dinner",
      foodId: id,
      portion: old,
    });
    expect(entry.json).toMatchObject({ grams: 52, portionLabel: old });
    await upsertFoods(t.deps.db, [seedFoodToNew(raw)], t.deps.now()); // the start-up refresh
    const entryId = (entry.json as { id: string }).id;
    const edited = await t.json(u, "PATCH", `/api/users/me/diary/entries/${entryId}`, { count: 2 });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ grams: 104, portionLabel: "1 unit", portionCount: 2 });
  });

  it("validates input with 422 naming the field", async () => {
    const t = getT();
    const u = await t.signUp();
    const bad = await t.json(u, "POST", "/api/users/me/diary/2026-11-20/quick-add", {
      meal: "brunch",
      kcal: -5,
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toMatch(/meal/);
    expect((await t.json(u, "GET", "/api/foods/barcode/4006381333932")).status).toBe(422);
  });

  it("refuses, naming kcal, a treat the week cannot absorb above the floor", async () => {
    const t = getT();
    const u = await t.signUp();
    const r = await t.json(u, "POST", "/api/users/me/treats", {
      date: "2026-11-22",
      kcal: 900,
      planned: false,
      targetKcal: 1600,
      floorKcal: 1500,
      today: "2026-11-22",
      dailyDeficitKcal: 500,
    });
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.json)).toMatch(/kcal.*at most 0 kcal/);
  });
  it("uses the plan's targets in force when none are given, and none before onboarding", async () => {
    const t = getT();
    const u = await t.signUp();
    const before = await t.json(u, "GET", "/api/users/me/diary/2026-11-20");
    expect(before.json).toMatchObject({ targets: null });
    const noPlan = await t.json(u, "POST", "/api/users/me/treats", {
      date: "2026-11-21",
      kcal: 300,
      planned: true,
      today: "2026-11-18",
    });
    expect(noPlan.status).toBe(422);
    expect((await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE)).status).toBe(200);
    expect(
      (await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-19", weightKg: 80 })).status,
    ).toBe(201);
    const targets = (await t.json(u, "GET", "/api/users/me/targets")).json as {
      targetKcal: number;
      floorKcal: number;
    };
    const day = await t.json(u, "GET", "/api/users/me/diary/2026-11-20");
    expect(day.json).toMatchObject({
      targets: { kcalTarget: targets.targetKcal, kcalRemaining: targets.targetKcal },
    });
    // The server's own today (this test runs on the wall clock): a day far ahead.
    const treat = await t.json(u, "POST", "/api/users/me/treats", {
      date: "2099-11-21",
      kcal: 300,
      planned: true,
      today: "2099-11-18",
    });
    expect(treat.status).toBe(201);
    const days = (treat.json as { plan: { days: { targetKcal: number }[] } }).plan.days;
    expect(days.every((d) => d.targetKcal >= targets.floorKcal)).toBe(true);
  });
});
