import { expect, it } from "vitest";
import { describeEachDialectApp } from "../testing/fixture.js";

describeEachDialectApp("diary amounts far above what people eat", (getT) => {
  it("refuses 100 × 2 tbsp of peanut butter (19,136 kcal) without confirm, naming the field; logs it with confirm", async () => {
    const t = getT();
    const u = await t.signUp();
    const food = await t.json(u, "POST", "/api/users/me/foods", {
      name: "Peanut butter, smooth",
      per100g: { kcal: 598, proteinG: 22.2, fatG: 51.4 },
      portions: [{ label: "2 tbsp", grams: 32 }],
    });
    expect(food.status).toBe(201);
    const foodId = (food.json as { id: string }).id;
    const url = "/api/users/me/diary/2026-11-20/entries";
    const refused = await t.json(u, "POST", url, {
      meal: "breakfast",
      foodId,
      portion: "2 tbsp",
      count: 100,
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.json)).toMatch(/count/);
    expect(JSON.stringify(refused.json)).toMatch(/19136 kcal.*confirm: true/);
    const grams = await t.json(u, "POST", url, { meal: "breakfast", foodId, grams: 3200 });
    expect(grams.status).toBe(422);
    expect(JSON.stringify(grams.json)).toMatch(/grams/);
    // Nothing was written.
    const empty = await t.json(u, "GET", "/api/users/me/diary/2026-11-20");
    expect((empty.json as { entries: unknown[] }).entries).toHaveLength(0);

    const one = await t.json(u, "POST", url, { meal: "breakfast", foodId, portion: "2 tbsp", count: 1 });
    expect(one.status).toBe(201);
    expect(one.json).toMatchObject({ grams: 32, kcal: 191 });
    const id = (one.json as { id: string }).id;
    // Editing up to 100 portions is refused the same way, and the entry stays as it was.
    const edit = await t.json(u, "PATCH", `/api/users/me/diary/entries/${id}`, { count: 100 });
    expect(edit.status).toBe(422);
    expect(JSON.stringify(edit.json)).toMatch(/count/);
    const day = await t.json(u, "GET", "/api/users/me/diary/2026-11-20");
    expect((day.json as { totals: { kcal: number } }).totals.kcal).toBe(191);

    const confirmed = await t.json(u, "POST", url, {
      meal: "snacks",
      foodId,
      portion: "2 tbsp",
      count: 100,
      confirm: true,
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.json).toMatchObject({ grams: 3200, kcal: 19136 });
  });
});
