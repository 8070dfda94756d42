import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertFoods, type NewFood } from "@leanback/db/food/food-repo";
import { migrateToLatest } from "@leanback/db/migrate";
import { openTestDatabase, selectedDialects } from "@leanback/db/testing/dialects";
import { createTestApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";

// The property: any person's data, exported from one leanback and imported into a fresh one of
// the other dialect, exports again equal (up to the account id). Both servers seeded the same
// shared foods under their own ids, as two installs that loaded SR28 and Open Food Facts do.

const NOW = Date.UTC(2026, 10, 20, 12);
const day = (offset: number) =>
  new Date(Date.UTC(2026, 8, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const SHARED: NewFood[] = [
  {
    source: "usda-sr28",
    sourceId: "01123",
    name: "egg, whole, raw, fresh",
    displayName: "Egg, whole, raw",
    per100g: {
      kcal: 143_000,
      proteinG: 12_560,
      fatG: 9_510,
      carbG: 720,
      fiberG: 0,
      sugarG: 370,
      satFatG: 3_130,
      sodiumMg: 142_000,
    },
    tags: ["protein-food"],
    portions: [{ label: "1 large", grams: 50 }],
  },
  {
    source: "usda-sr28",
    sourceId: "09003",
    name: "apples, raw, with skin",
    displayName: "Apple, raw",
    per100g: {
      kcal: 52_000,
      proteinG: 260,
      fatG: 170,
      carbG: 13_810,
      fiberG: 2_400,
      sugarG: null,
      satFatG: null,
      sodiumMg: null,
    },
    tags: [],
    portions: [{ label: "1 medium", grams: 182 }],
  },
  {
    source: "off",
    sourceId: "3017620422003",
    name: "nutella",
    displayName: "Nutella",
    brand: "Ferrero",
    barcode: "3017620422003",
    per100g: {
      kcal: 539_000,
      proteinG: 6_300,
      fatG: 30_900,
      carbG: 57_500,
      fiberG: null,
      sugarG: 56_300,
      satFatG: 10_600,
      sodiumMg: 42_000,
    },
    tags: ["treat"],
    portions: [],
  },
];

const EVERY = Object.fromEntries(
  [
    "profiles",
    "accepted_targets",
    "plans",
    "weigh_ins",
    "body_measurements",
    "workouts",
    "workout_sets",
    "workout_cardio",
    "check_ins",
    "foods",
    "food_portions",
    "recipes",
    "recipe_ingredients",
    "diary_entries",
    "diary_days",
    "food_tag_overrides",
    "treats",
  ].map((t) => [t, true]),
);

type Dump = { userId: string; tables: Record<string, unknown[]>; sharedFoods: unknown[] };

interface Person {
  weighIns: { d: number; kg: number; note: string | null }[];
  tapes: { d: number; waist: number }[];
  workouts: { d: number; reps: number; load: number; cardio: boolean }[];
  plan: boolean;
  foods: { name: string; kcal: number; protein: number | null; portion: number | null }[];
  recipe: boolean;
  entries: {
    d: number;
    meal: "breakfast" | "lunch" | "dinner" | "snacks";
    food: number;
    grams: number;
    byPortion: boolean;
    /** Logged in ounces (the entry keeps "oz" and the count beside its grams). */
    ounces: number | null;
  }[];
  quick: { d: number; kcal: number }[];
  complete: number[];
  tag: boolean;
}

const offsets = (max: number) => fc.uniqueArray(fc.integer({ min: 0, max: 75 }), { maxLength: max });
const person: fc.Arbitrary<Person> = fc.record({
  weighIns: offsets(12).chain((ds) =>
    fc.tuple(
      ...ds.map((d) =>
        fc.record({
          d: fc.constant(d),
          kg: fc.integer({ min: 500, max: 1500 }).map((x) => x / 10),
          note: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
        }),
      ),
    ),
  ),
  tapes: offsets(3).chain((ds) =>
    fc.tuple(...ds.map((d) => fc.record({ d: fc.constant(d), waist: fc.integer({ min: 600, max: 1300 }) }))),
  ),
  workouts: fc.array(
    fc.record({
      d: fc.integer({ min: 0, max: 75 }),
      reps: fc.integer({ min: 1, max: 30 }),
      load: fc.integer({ min: 0, max: 400 }).map((x) => x / 4),
      cardio: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  plan: fc.boolean(),
  foods: fc.array(
    fc.record({
      name: fc.stringMatching(/^[A-Za-z][A-Za-z ,'-]{1,30}[A-Za-z]$/),
      kcal: fc.integer({ min: 0, max: 900 }),
      protein: fc.option(
        fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
        { nil: null },
      ),
      portion: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  recipe: fc.boolean(),
  entries: fc.array(
    fc.record({
      d: fc.integer({ min: 0, max: 75 }),
      meal: fc.constantFrom("breakfast" as const, "lunch" as const, "dinner" as const, "snacks" as const),
      food: fc.nat(),
      grams: fc.integer({ min: 1, max: 50_000 }).map((x) => x / 10),
      byPortion: fc.boolean(),
      ounces: fc.option(
        fc.integer({ min: 1, max: 1000 }).map((x) => x / 10),
        { nil: null },
      ),
    }),
    { maxLength: 8 },
  ),
  quick: fc.array(
    fc.record({ d: fc.integer({ min: 0, max: 75 }), kcal: fc.integer({ min: 1, max: 2000 }) }),
    { maxLength: 3 },
  ),
  complete: offsets(3),
  tag: fc.boolean(),
});

async function ok(r: Promise<{ status: number; json: unknown }>): Promise<unknown> {
  const res = await r;
  if (res.status >= 300) throw new Error(`setup request failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

/** Makes the person through the API, as they would by using the app. */
async function live(t: TestApp, p: Person, sharedIds: readonly string[]): Promise<TestUser> {
  const u = await t.signUp();
  await ok(t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE));
  for (const w of p.weighIns)
    await ok(t.json(u, "POST", "/api/users/me/weigh-ins", { date: day(w.d), weightKg: w.kg, note: w.note }));
  for (const m of p.tapes)
    await ok(t.json(u, "POST", "/api/users/me/measurements", { date: day(m.d), waistMm: m.waist }));
  for (const w of p.workouts)
    await ok(
      t.json(u, "POST", "/api/users/me/workouts", {
        date: day(w.d),
        title: "Pull day",
        sets: [
          { exerciseId: "row-dumbbell-one-arm", reps: w.reps, loadKg: w.load, loadType: "external", rpe: 8 },
        ],
        cardio: w.cardio ? [{ modality: "rowing", durationS: 900, distanceM: 3000 }] : [],
      }),
    );
  if (p.plan) {
    await ok(t.json(u, "POST", "/api/users/me/plan", { weeks: 2 }));
    await ok(t.json(u, "POST", "/api/users/me/check-ins"));
  }
  const foodIds = [...sharedIds];
  const portions = new Map<string, string>(
    sharedIds.map((id, i) => [id, SHARED[i]?.portions[0]?.label ?? ""]),
  );
  for (const f of p.foods) {
    const made = (await ok(
      t.json(u, "POST", "/api/users/me/foods", {
        name: f.name,
        per100g: { kcal: f.kcal, proteinG: f.protein },
        portions: f.portion === null ? [] : [{ label: "1 serving", grams: f.portion }],
      }),
    )) as { id: string };
    foodIds.push(made.id);
    if (f.portion !== null) portions.set(made.id, "1 serving");
  }
  if (p.recipe) {
    const made = (await ok(
      t.json(u, "POST", "/api/users/me/recipes", {
        name: "Breakfast bowl",
        ingredients: foodIds.slice(0, 3).map((foodId, i) => ({ foodId, grams: 40 + i * 10 })),
      }),
    )) as { id: string };
    foodIds.push(made.id);
    portions.set(made.id, "whole recipe");
  }
  for (const e of p.entries) {
    const foodId = foodIds[e.food % foodIds.length] as string;
    const label = portions.get(foodId) ?? "";
    const amount =
      e.ounces !== null
        ? { portion: "oz", count: e.ounces }
        : e.byPortion && label !== ""
          ? { portion: label, count: 1.5 }
          : { grams: e.grams };
    // Generated amounts may be far above one sitting: confirmed, as a person would after the question.
    await ok(
      t.json(u, "POST", `/api/users/me/diary/${day(e.d)}/entries`, {
        meal: e.meal,
        foodId,
        ...amount,
        confirm: true,
      }),
    );
  }
  for (const q of p.quick)
    await ok(
      t.json(u, "POST", `/api/users/me/diary/${day(q.d)}/quick-add`, { meal: "snacks", kcal: q.kcal }),
    );
  // One planned treat (the limit is one a week), on a day still ahead of the app's clock: the
  // server refuses treats on past or completed days.
  if (p.complete.length > 0) {
    const ahead = new Date(NOW + 2 * 86_400_000).toISOString().slice(0, 10);
    await ok(
      t.json(u, "POST", "/api/users/me/treats", {
        date: ahead,
        kcal: 300,
        planned: true,
        today: ahead,
        targetKcal: 2000,
        floorKcal: 1200,
      }),
    );
  }
  for (const d of p.complete)
    await ok(t.json(u, "PUT", `/api/users/me/diary/${day(d)}/complete`, { complete: true }));
  if (p.tag) await ok(t.json(u, "PUT", `/api/users/me/food-tags/${sharedIds[1] ?? ""}`, { tags: ["treat"] }));
  return u;
}

/** The export with the account id written as one placeholder (the only thing that may differ). */
const portable = (d: Dump): unknown => {
  const { exportedAt: _at, userId: _id, ...rest } = d as Dump & { exportedAt: number };
  return JSON.parse(JSON.stringify(rest).replaceAll(d.userId, "<user>"));
};

describe("export → import on the other dialect → export is equal", () => {
  const both = selectedDialects().includes("sqlite") && selectedDialects().includes("postgres");
  const servers: { t: TestApp; shared: string[]; cleanup: () => Promise<void> }[] = [];

  beforeAll(async () => {
    if (!both) return;
    for (const dialect of ["sqlite", "postgres"] as const) {
      const d = await openTestDatabase(dialect);
      if (typeof d === "string") return;
      await migrateToLatest(d.opened.db);
      const t = createTestApp(d.opened.db, dialect, { now: () => NOW });
      await t.signUp(); // the first account is admin; the people below are not
      // Different ids on each server: the second one gets a food the first never had, first.
      if (dialect === "postgres")
        await upsertFoods(
          d.opened.db,
          [{ ...SHARED[0], sourceId: "99999", name: "only here" } as NewFood],
          NOW,
        );
      servers.push({ t, shared: await upsertFoods(d.opened.db, SHARED, NOW), cleanup: d.cleanup });
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.cleanup();
  });

  it("holds for generated people, SQLite → PostgreSQL and back", async (ctx) => {
    if (!both || servers.length < 2) ctx.skip("needs both dialects in DIALECTS");
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(person, fc.boolean(), async (p, sqliteFirst) => {
        const [from, to] = sqliteFirst ? [servers[0], servers[1]] : [servers[1], servers[0]];
        if (from === undefined || to === undefined) throw new Error("servers");
        const a = await live(from.t, p, from.shared);
        const first = (await ok(from.t.json(a, "GET", "/api/users/me/export"))) as Dump;
        expect(first.sharedFoods.length).toBeLessThanOrEqual(SHARED.length);
        const b = await to.t.signUp();
        const imported = await to.t.json(
          b,
          "POST",
          "/api/users/me/import",
          JSON.parse(JSON.stringify(first)),
        );
        expect(imported.status, JSON.stringify(imported.json)).toBe(200);
        for (const [table, rows] of Object.entries(first.tables)) if (rows.length > 0) seen.add(table);
        if (first.sharedFoods.length > 0) seen.add("sharedFoods");
        const again = (await ok(to.t.json(b, "GET", "/api/users/me/export"))) as Dump;
        expect(portable(again)).toEqual(portable(first));
        // And the features read it: the same diary day shows the same foods and energy.
        const e = p.entries[0];
        if (e !== undefined) {
          const there = (await ok(from.t.json(a, "GET", `/api/users/me/diary/${day(e.d)}`))) as {
            entries: unknown[];
            totals: unknown;
          };
          const here = (await ok(to.t.json(b, "GET", `/api/users/me/diary/${day(e.d)}`))) as {
            entries: Array<Record<string, unknown>>;
            totals: unknown;
          };
          expect(here.totals).toEqual(there.totals);
          expect(here.entries.map((x) => x.foodName)).toEqual(
            there.entries.map((x) => (x as Record<string, unknown>).foodName),
          );
        }
      }),
      { numRuns: 8, seed: 14 },
    );
    // The generated people between them had every kind of data.
    expect([...seen].sort()).toEqual([...Object.keys(EVERY), "sharedFoods"].sort());
  }, 120_000);
});
