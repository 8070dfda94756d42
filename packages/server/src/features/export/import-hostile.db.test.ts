import { expect, it } from "vitest";
import { countFoods, upsertFoods } from "@leanback/db/food/food-repo";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { EXAMPLE_WORKOUT } from "../workouts/workouts-routes.js";

// Files written to attack the JSON import (issue 17 item 3): other people's ids inside,
// duplicate ids, values and dates the API refuses, shared-catalogue rows. Each is refused with
// a 4xx naming the cell (or, where harmless, imported into the attacker's own namespace),
// nothing of it is half-written, and the other person's data is exactly as it was.

const NOW = Date.UTC(2026, 10, 20, 12);
type Row = Record<string, string | number | null>;
type Dump = { userId: string; tables: Record<string, Row[]>; sharedFoods: unknown[] } & Record<
  string,
  unknown
>;

interface Victim {
  u: TestUser;
  foodId: string;
  weighInId: string;
  workoutId: string;
}

async function ok<T>(r: Promise<{ status: number; json: unknown }>): Promise<T> {
  const res = await r;
  if (res.status >= 300) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as T;
}

async function victim(t: TestApp): Promise<Victim> {
  const u = await t.signUp();
  const food = await ok<{ id: string }>(
    t.json(u, "POST", "/api/users/me/foods", {
      name: "Secret family stew",
      per100g: { kcal: 120, proteinG: 9 },
      clientId: "stew-key-0001",
    }),
  );
  const w = await ok<{ id: string }>(
    t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-10", weightKg: 70 }),
  );
  const wo = await ok<{ id: string }>(t.json(u, "POST", "/api/users/me/workouts", EXAMPLE_WORKOUT));
  await ok(
    t.json(u, "POST", "/api/users/me/diary/2026-11-10/entries", {
      meal: "lunch",
      foodId: food.id,
      grams: 300,
    }),
  );
  return { u, foodId: food.id, weighInId: w.id, workoutId: wo.id };
}

async function attacker(t: TestApp): Promise<{ u: TestUser; dump: Dump }> {
  const u = await t.signUp();
  await ok(t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-01", weightKg: 81 }));
  await ok(t.json(u, "POST", "/api/users/me/diary/2026-11-01/quick-add", { meal: "dinner", kcal: 700 }));
  return { u, dump: await ok<Dump>(t.json(u, "GET", "/api/users/me/export")) };
}

const UUID1 = "0190f5a2-0000-7000-8000-0000000000a1";
const entry = (foodId: string, over: Row = {}): Row => ({
  id: UUID1,
  user_id: "x",
  date: "2026-11-02",
  meal: "lunch",
  food_id: foodId,
  mg: 100_000,
  portion_label: null,
  portion_count: null,
  quick_kcal_milli: null,
  client_id: "hostile-0001",
  created_at: NOW,
  ...over,
});
const with_ = (d: Dump, table: string, rows: Row[]): Dump => ({
  ...d,
  tables: { ...d.tables, [table]: rows },
});
const weighIn = (d: Dump): Row => d.tables.weigh_ins?.[0] ?? {};

type Case = [name: string, make: (d: Dump, v: Victim) => Dump, status: number, path?: string];
const cases: readonly Case[] = [
  [
    "a diary row naming the other person's private food",
    (d, v) => with_(d, "diary_entries", [entry(v.foodId)]),
    422,
    "body.tables.diary_entries[0].food_id",
  ],
  [
    "a tag override on the other person's private food",
    (d, v) =>
      with_(d, "food_tag_overrides", [
        { user_id: "x", food_id: v.foodId, tags: '["treat"]', updated_at: NOW },
      ]),
    422,
    "body.tables.food_tag_overrides[0].food_id",
  ],
  [
    "a diary row naming a food id that exists nowhere",
    (d) => with_(d, "diary_entries", [entry("0190f5a2-0000-7000-8000-00000000dead")]),
    422,
    "body.tables.diary_entries[0].food_id",
  ],
  [
    "a diary row naming a portable reference with no food travelling",
    (d) => with_(d, "diary_entries", [entry("usda-sr28:01123")]),
    422,
    "body.tables.diary_entries[0].food_id",
  ],
  [
    "a set hung on the other person's workout",
    (d, v) =>
      with_(d, "workout_sets", [
        {
          id: UUID1,
          workout_id: v.workoutId,
          exercise_id: "row-dumbbell-one-arm",
          set_index: 0,
          reps: 5,
          load_kg: 10,
          load_type: "external",
          assistance_kg: null,
          rpe: null,
          duration_s: null,
        },
      ]),
    422,
    "body.tables.workout_sets[0].workout_id",
  ],
  [
    "a row carrying the other person's weigh-in id",
    (d, v) => with_(d, "weigh_ins", [{ ...weighIn(d), id: v.weighInId }]),
    409,
  ],
  [
    "a recipe whose food is not the file's own",
    (d, v) =>
      with_(d, "recipes", [
        {
          id: UUID1,
          owner_user_id: "x",
          food_id: v.foodId,
          name: "Stolen",
          yield_grams: null,
          created_at: NOW,
        },
      ]),
    422,
    "body.tables.recipes[0].food_id",
  ],
  [
    "the same id twice",
    (d) => with_(d, "weigh_ins", [weighIn(d), { ...weighIn(d), date: "2026-11-02" }]),
    422,
    "body.tables.weigh_ins[1].id",
  ],
  [
    "a weigh-in from next week",
    (d) => with_(d, "weigh_ins", [{ ...weighIn(d), date: "2026-11-28" }]),
    422,
    "body.tables.weigh_ins[0].date",
  ],
  [
    "a diary day that does not exist",
    (d) => with_(d, "diary_days", [{ user_id: "x", date: "2026-02-30", complete: 1, updated_at: NOW }]),
    422,
    "body.tables.diary_days[0].date",
  ],
  [
    "a date that is not a date",
    (d) => with_(d, "weigh_ins", [{ ...weighIn(d), date: "yesterday" }]),
    422,
    "body.tables.weigh_ins[0].date",
  ],
  [
    "a weight of 9000 kg",
    (d) => with_(d, "weigh_ins", [{ ...weighIn(d), weight_kg: 9000 }]),
    422,
    "body.tables.weigh_ins[0].weight_kg",
  ],
  [
    "a 50,000 kcal quick add",
    (d) =>
      with_(d, "diary_entries", [
        { ...(d.tables.diary_entries?.[0] ?? {}), food_id: null, mg: null, quick_kcal_milli: 50_000_000 },
      ]),
    422,
    "body.tables.diary_entries[0].quick_kcal_milli",
  ],
  [
    "a 40 kg diary line of the file's own food",
    (d) => ({
      ...d,
      tables: {
        ...d.tables,
        foods: [ownFood(d.userId)],
        diary_entries: [entry(String(ownFood(d.userId).id), { mg: 40_000_000 })],
      },
    }),
    422,
    "body.tables.diary_entries[0].mg",
  ],
  [
    "a set with 9000 reps",
    (d, v) => ({
      ...d,
      tables: {
        ...d.tables,
        workouts: [
          {
            id: UUID1,
            user_id: "x",
            date: "2026-11-03",
            planned_ref: null,
            title: "x",
            started_at: null,
            finished_at: null,
            notes: null,
            client_id: null,
            created_at: NOW,
            updated_at: NOW,
          },
        ],
        workout_sets: [
          {
            id: v.workoutId.replace(/.$/, "0"),
            workout_id: UUID1,
            exercise_id: "row-dumbbell-one-arm",
            set_index: 0,
            reps: 9000,
            load_kg: 10,
            load_type: "external",
            assistance_kg: null,
            rpe: null,
            duration_s: null,
          },
        ],
      },
    }),
    422,
    "body.tables.workout_sets[0].reps",
  ],
  [
    "a user food that claims to be SR28",
    (d) => with_(d, "foods", [ownFood(d.userId, { source: "usda-sr28", source_id: "01123" })]),
    422,
    "body.tables.foods[0].source",
  ],
  [
    "a travelling shared food that says it is a user food",
    (d) => ({ ...d, sharedFoods: [{ ...sharedEgg(), source: "user" }] }),
    422,
    "body.sharedFoods.0.source",
  ],
  [
    "an exercise that is not in the catalogue",
    (d) => ({
      ...d,
      tables: {
        ...d.tables,
        workouts: [
          {
            id: UUID1,
            user_id: "x",
            date: "2026-11-03",
            planned_ref: null,
            title: "x",
            started_at: null,
            finished_at: null,
            notes: null,
            client_id: null,
            created_at: NOW,
            updated_at: NOW,
          },
        ],
        workout_sets: [
          {
            id: "0190f5a2-0000-7000-8000-0000000000b2",
            workout_id: UUID1,
            exercise_id: "../../etc/passwd",
            set_index: 0,
            reps: 5,
            load_kg: 10,
            load_type: "external",
            assistance_kg: null,
            rpe: null,
            duration_s: null,
          },
        ],
      },
    }),
    422,
    "body.tables.workout_sets[0].exercise_id",
  ],
];

function ownFood(owner: string, over: Row = {}): Row {
  return {
    id: "0190f5a2-0000-7000-8000-0000000000f1",
    source: "user",
    source_id: `${owner}:label-0001`,
    name: "protein bar",
    display_name: "Protein bar",
    original_name: null,
    brand: null,
    category: "My foods",
    barcode: null,
    kcal_milli: 380_000,
    protein_mg: 30_000,
    fat_mg: null,
    carb_mg: null,
    fiber_mg: null,
    sugar_mg: null,
    sat_fat_mg: null,
    sodium_ug: null,
    tags: "[]",
    kcal_estimated: 0,
    owner_user_id: owner,
    search_text: "protein bar",
    rank_prior: 100,
    created_at: NOW,
    updated_at: NOW,
    ...over,
  };
}

function sharedEgg(): Record<string, unknown> {
  return {
    source: "usda-sr28",
    source_id: "01123",
    name: "egg, whole, raw, fresh",
    display_name: "Egg, whole, raw",
    original_name: null,
    brand: null,
    category: "Dairy and Egg Products",
    barcode: null,
    kcal_milli: 143_000,
    protein_mg: 12_560,
    fat_mg: 9_510,
    carb_mg: 720,
    fiber_mg: 0,
    sugar_mg: 370,
    sat_fat_mg: 3_130,
    sodium_ug: 142_000,
    tags: ["protein-food"],
    kcal_estimated: 0,
    portions: [{ label: "1 large", grams: 50 }],
  };
}

describeEachDialectApp(
  "hostile JSON imports",
  (getT) => {
    it.each(cases)(
      "%s: refused, nothing written, the other person untouched",
      async (_name, make, status, path) => {
        const t = getT();
        const v = await victim(t);
        const { u, dump } = await attacker(t);
        const victimBefore = await ok<Dump>(t.json(v.u, "GET", "/api/users/me/export"));
        const sharedBefore = await countFoods(t.deps.db);
        const res = await t.json(u, "POST", "/api/users/me/import?replace=true", make(dump, v));
        expect(res.status, JSON.stringify(res.json)).toBe(status);
        if (path !== undefined)
          expect((res.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe(path);
        expect(JSON.stringify(res.json)).not.toContain("Secret family stew");
        // replace=true deleted the attacker's rows first: the rollback must have put them back.
        expect((await ok<Dump>(t.json(u, "GET", "/api/users/me/export"))).tables).toEqual(dump.tables);
        expect((await ok<Dump>(t.json(v.u, "GET", "/api/users/me/export"))).tables).toEqual(
          victimBefore.tables,
        );
        expect(await countFoods(t.deps.db)).toBe(sharedBefore);
      },
    );

    it("owner columns naming someone else are rewritten to the importer", async () => {
      const t = getT();
      const v = await victim(t);
      const { u, dump } = await attacker(t);
      const victimBefore = await ok<Dump>(t.json(v.u, "GET", "/api/users/me/export"));
      const planted = with_(dump, "weigh_ins", [{ ...weighIn(dump), user_id: v.u.userId }]);
      expect((await t.json(u, "POST", "/api/users/me/import?replace=true", planted)).status).toBe(200);
      expect((await ok<Dump>(t.json(v.u, "GET", "/api/users/me/export"))).tables).toEqual(
        victimBefore.tables,
      );
      const mine = await ok<{ weighIns: unknown[] }>(t.json(u, "GET", "/api/users/me/weigh-ins"));
      expect(mine.weighIns).toHaveLength(1);
    });

    it("an imported food cannot pre-claim another person's custom-food key", async () => {
      const t = getT();
      const v = await t.signUp();
      const { u, dump } = await attacker(t);
      const claim = with_(dump, "foods", [
        ownFood(v.userId, {
          id: t.deps.newId(),
          source_id: `${v.userId}:lunch-key-0001`,
          display_name: "Planted",
        }),
      ]);
      expect((await t.json(u, "POST", "/api/users/me/import?replace=true", claim)).status).toBe(200);
      const [stored] = (await ok<Dump>(t.json(u, "GET", "/api/users/me/export"))).tables.foods ?? [];
      expect(stored?.source_id).toBe(`${u.userId}:${v.userId}:lunch-key-0001`);
      // The victim's own food with that key is theirs, with their name; the attacker's is intact.
      const made = await ok<{ id: string; displayName: string }>(
        t.json(v, "POST", "/api/users/me/foods", {
          name: "My lunch",
          per100g: { kcal: 200 },
          clientId: "lunch-key-0001",
        }),
      );
      expect(made.displayName).toBe("My lunch");
      expect(made.id).not.toBe(stored?.id);
      expect((await t.json(u, "GET", `/api/foods/items/${made.id}`)).status).toBe(404);
      expect(
        (
          await ok<{ food: { displayName: string } }>(
            t.json(u, "GET", `/api/foods/items/${String(stored?.id)}`),
          )
        ).food.displayName,
      ).toBe("Planted");
    });

    it("an imported private food's barcode never answers anyone else's scan", async () => {
      const t = getT();
      const other = await t.signUp();
      const { u, dump } = await attacker(t);
      const code = "4006381333931";
      const planted = with_(dump, "foods", [
        ownFood(u.userId, { id: t.deps.newId(), barcode: code, display_name: "Poisoned pen" }),
      ]);
      expect((await t.json(u, "POST", "/api/users/me/import?replace=true", planted)).status).toBe(200);
      const theirs = await ok<{ found: boolean; food?: unknown }>(
        t.json(other, "GET", `/api/foods/barcode/${code}`),
      );
      expect(theirs.food).toBeUndefined();
      const mine = await ok<{ food?: { displayName: string } }>(
        t.json(u, "GET", `/api/foods/barcode/${code}`),
      );
      expect(mine.food?.displayName).toBe("Poisoned pen");
      // Once the product is in the shared catalogue, it wins for everyone, the importer too.
      await upsertFoods(
        t.deps.db,
        [
          {
            source: "off",
            sourceId: code,
            name: "stabilo",
            displayName: "Stabilo",
            barcode: code,
            per100g: {
              kcal: 0,
              proteinG: null,
              fatG: null,
              carbG: null,
              fiberG: null,
              sugarG: null,
              satFatG: null,
              sodiumMg: null,
            },
            tags: [],
            portions: [],
          },
        ],
        NOW,
      );
      for (const who of [other, u])
        expect(
          (await ok<{ food?: { displayName: string } }>(t.json(who, "GET", `/api/foods/barcode/${code}`)))
            .food?.displayName,
        ).toBe("Stabilo");
    });

    it("a shared food this server lacks arrives as the importer's own copy, never as shared", async () => {
      const t = getT();
      const { u, dump } = await attacker(t);
      const sharedBefore = await countFoods(t.deps.db, "usda-sr28");
      const file: Dump = {
        ...with_(dump, "diary_entries", [entry("usda-sr28:01123")]),
        sharedFoods: [sharedEgg()],
      };
      const res = await t.json(u, "POST", "/api/users/me/import?replace=true", file);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(await countFoods(t.deps.db, "usda-sr28")).toBe(sharedBefore);
      const day = await ok<{ entries: Array<{ foodName: string; kcal: number }> }>(
        t.json(u, "GET", "/api/users/me/diary/2026-11-02"),
      );
      expect(day.entries.map((e) => [e.foodName, e.kcal])).toEqual([["Egg, whole, raw", 143]]);
      const [copy] = (await ok<Dump>(t.json(u, "GET", "/api/users/me/export"))).tables.foods ?? [];
      expect([copy?.source, copy?.owner_user_id, copy?.barcode]).toEqual(["user", u.userId, null]);
      // When the server has it, the same file links to the shared row and copies nothing.
      const [egg] = await upsertFoods(
        t.deps.db,
        [
          {
            source: "usda-sr28",
            sourceId: "01123",
            name: "egg",
            displayName: "Egg (this server)",
            per100g: {
              kcal: 143_000,
              proteinG: null,
              fatG: null,
              carbG: null,
              fiberG: null,
              sugarG: null,
              satFatG: null,
              sodiumMg: null,
            },
            tags: [],
            portions: [],
          },
        ],
        NOW,
      );
      expect((await t.json(u, "POST", "/api/users/me/import?replace=true", file)).status).toBe(200);
      const again = await ok<Dump>(t.json(u, "GET", "/api/users/me/export"));
      expect(again.tables.foods).toEqual([]);
      expect(again.tables.diary_entries?.map((e) => e.food_id)).toEqual(["usda-sr28:01123"]);
      const linked = await ok<{ entries: Array<{ foodId: string }> }>(
        t.json(u, "GET", "/api/users/me/diary/2026-11-02"),
      );
      expect(linked.entries.map((e) => e.foodId)).toEqual([egg]);
    });
  },
  { now: () => NOW },
);
