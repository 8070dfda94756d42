import { acceptedTargetsOn, saveAcceptedTargets } from "@leanback/db/repos/accepted-targets";
import { expect, it } from "vitest";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { addDays } from "../shared/dates.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";

// Friday 2026-11-20, 12:00 UTC (Europe/Berlin profile: today is 11-20).
const NOW = Date.UTC(2026, 10, 20, 12);
const TODAY = "2026-11-20";

type Portions = {
  proteinGPerDay: number;
  proteinGPerMeal: number;
  mealsPerDay: number;
  portions: Array<{ foodId: string; name: string; grams: number; proteinGPer100g: number; source: string }>;
};

async function person(t: TestApp, bodyFatPct: number | null): Promise<TestUser> {
  const u = await t.signUp();
  expect((await t.json(u, "PUT", "/api/users/me/profile", { ...EXAMPLE_PROFILE, bodyFatPct })).status).toBe(
    200,
  );
  await t.json(u, "POST", "/api/users/me/weigh-ins", { date: addDays(TODAY, -1), weightKg: 80 });
  return u;
}

async function food(t: TestApp, u: TestUser, name: string, kcal: number, proteinG: number): Promise<string> {
  const r = await t.json(u, "POST", "/api/users/me/foods", { name, per100g: { kcal, proteinG } });
  expect(r.status).toBe(201);
  return (r.json as { id: string }).id;
}

async function log(t: TestApp, u: TestUser, foodId: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const r = await t.json(u, "POST", `/api/users/me/diary/${addDays(TODAY, -1 - i)}/entries`, {
      meal: "lunch",
      foodId,
      grams: 150,
    });
    expect(r.status).toBe(201);
  }
}

describeEachDialectApp(
  "protein targets and portions of the foods a person logs",
  (getT) => {
    it("body fat known: 2.0 g/kg of fat-free mass a day, per meal, on the targets", async () => {
      const t = getT();
      const u = await person(t, 30);
      const j = (await t.json(u, "GET", "/api/users/me/targets")).json as Record<string, unknown>;
      // 80 kg at 30 %: 56 kg fat-free mass × 2.0 = 112 g; 112 ÷ 3 = 37.3 → 37 g a meal.
      expect(j).toMatchObject({
        proteinGPerDay: 112,
        proteinGPerMeal: 37,
        mealsPerDay: 3,
        proteinBasis: "fat-free-mass",
        proteinBasisKg: 56,
        proteinGPerKg: 2,
      });
    });

    it("a snapshot stored before protein had a basis keeps its calories and reason; protein follows the rule", async () => {
      const t = getT();
      const u = await person(t, 30);
      await t.json(u, "GET", "/api/users/me/targets");
      const row = await acceptedTargetsOn(t.deps.db, u.userId, TODAY);
      if (row === undefined) throw new Error("no snapshot stored");
      // The old shape: no per-meal protein or basis; 1.6 g/kg of total weight; 115 g protein food.
      const {
        proteinGPerMeal: _m,
        mealsPerDay: _n,
        proteinBasis: _b,
        proteinBasisKg: _k,
        proteinGPerKg: _g,
        ...old
      } = row.snapshot as Record<string, unknown>;
      await saveAcceptedTargets(
        t.deps.db,
        {
          userId: u.userId,
          effectiveFrom: TODAY,
          reason: "onboarding",
          targetKcal: 1700,
          snapshot: {
            ...old,
            targetKcal: 1700,
            source: "rate",
            proteinGPerDay: 128,
            proteinFoodGPerMeal: 115,
          },
          replace: true,
        },
        NOW,
      );
      const j = (await t.json(u, "GET", "/api/users/me/targets")).json as Record<string, unknown>;
      expect(j).toMatchObject({
        // A recomputation around the stored target would call its source "check-in".
        baseTargetKcal: 1700,
        source: "rate",
        acceptedBy: "onboarding",
        proteinGPerDay: 112, // 56 kg fat-free mass × 2.0, not the stored 128
        proteinGPerMeal: 37,
        proteinBasis: "fat-free-mass",
      });
    });

    it("portions follow each logged food's density, most logged first; bread is no protein source", async () => {
      const t = getT();
      const u = await person(t, 30);
      const yogurt = await food(t, u, "Greek yogurt, plain, nonfat", 59, 10.2);
      const chicken = await food(t, u, "Chicken breast, roasted", 165, 31);
      const bread = await food(t, u, "White bread", 265, 9);
      await log(t, u, chicken, 1);
      await log(t, u, yogurt, 2);
      await log(t, u, bread, 3);
      expect(bread).not.toBe(yogurt);
      const r = await t.json(u, "GET", "/api/users/me/targets/protein-portions");
      expect(r.status).toBe(200);
      const p = r.json as Portions;
      expect(p).toMatchObject({ proteinGPerDay: 112, proteinGPerMeal: 37, mealsPerDay: 3 });
      // 37 g ÷ 0.102 = 362.7 → 365 g of yogurt; ÷ 0.31 = 119.4 → 120 g of chicken. The bread, the
      // most logged, has 9 × 4 / 265 = 14 % of its energy from protein: not offered.
      expect(p.portions.map((x) => [x.foodId, x.grams, x.source])).toEqual([
        [yogurt, 365, "logged"],
        [chicken, 120, "logged"],
      ]);
      expect(p.portions.some((x) => x.source === "example")).toBe(false);
    });

    it("with no logged protein food, common examples stand in, labelled as examples", async () => {
      const t = getT();
      const u = await person(t, null);
      await log(t, u, await food(t, u, "White bread", 265, 9), 1);
      const p = (await t.json(u, "GET", "/api/users/me/targets/protein-portions")).json as Portions;
      // No body fat: 1.6 × the 68 kg goal = 109 g; 36 g a meal.
      expect(p.proteinGPerMeal).toBe(36);
      expect(p.portions.map((x) => [x.name, x.grams, x.source])).toEqual([
        ["chicken breast (roasted)", 115, "example"],
        ["Greek yogurt (plain, nonfat)", 355, "example"],
        ["eggs (hard-boiled)", 285, "example"],
      ]);
    });
  },
  { now: () => NOW },
);
