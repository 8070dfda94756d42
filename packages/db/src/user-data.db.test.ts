import { addCustomInterval } from "./repos/custom-intervals.js";
import { expect, it } from "vitest";
import type { Kysely } from "kysely";
import { InvalidInputError } from "@leanback/core/errors";
import { describeEachDialect } from "./testing/dialects.js";
import { freshUser } from "./testing/fixtures.js";
import { exportUserData, importUserData, type UserExport } from "./user-data.js";
import { notUserData, userOwnedTables } from "./user-tables.js";
import { sql } from "kysely";
import { addBodyMeasurement } from "./repos/body-measurements.js";
import { saveCheckIn } from "./repos/check-ins.js";
import { savePlan } from "./repos/plans.js";
import { upsertProfile } from "./repos/profiles.js";
import { deleteUser } from "./repos/users.js";
import { upsertWeighIn } from "./repos/weigh-ins.js";
import { saveWorkout } from "./repos/workouts.js";
import type { Database } from "./schema.js";

const T0 = 1_800_000_000_123;

async function seed(db: Kysely<Database>, userId: string): Promise<void> {
  await upsertProfile(
    db,
    {
      userId,
      sex: "male",
      birthDate: "1979-07-01",
      heightMm: 1812,
      unitSystem: "metric",
      floorKcal: null,
      pal: 1.375,
      bodyFatPct: 27.25,
      goal: { kind: "lose", note: 'ünïcødé ✓ "quotes"' },
      equipment: ["band"],
      schedule: { weekdays: [2, 4], minutes: 30 },
      cardioPrefs: null,
      exclusions: ["burpee"],
      pullupAnswer: { reps: 0 },
      timezone: "America/New_York",
    },
    T0,
  );
  await savePlan(db, { userId, params: { a: 1 }, plan: { b: [1.5, 2] } }, T0);
  await savePlan(db, { userId, params: { a: 2 }, plan: { b: [] } }, T0 + 1);
  for (let i = 0; i < 30; i++) {
    const d = `2026-10-${String(i + 1).padStart(2, "0")}`;
    await upsertWeighIn(
      db,
      { userId, date: d, weightKg: 90 - i * 0.13, clientId: i % 3 === 0 ? `c${i}` : null },
      T0 + i,
    );
  }
  await addBodyMeasurement(db, { userId, date: "2026-10-05", waistMm: 1003.5, neckMm: 402 }, T0);
  await saveWorkout(
    db,
    {
      userId,
      date: "2026-10-06",
      title: "Back B",
      sets: [
        { exerciseId: "row", setIndex: 0, reps: 12, loadKg: 22.5, loadType: "external", rpe: 7.5 },
        { exerciseId: "pullup", setIndex: 1, reps: 3, loadType: "assisted", assistanceKg: 30 },
      ],
      cardio: [{ modality: "bike", durationS: 1500, distanceM: 7000.5 }],
    },
    T0,
  );
  await addCustomInterval(
    db,
    userId,
    { name: "Hill ✓", workSeconds: 45, restSeconds: 75, rounds: 6, warmupSeconds: 300, cooldownSeconds: 0 },
    "timer-c1",
    T0,
  );
  await saveCheckIn(
    db,
    {
      userId,
      weekStart: "2026-10-05",
      expenditureKcal: 2600,
      targetKcal: 2100,
      proposedKcal: 2050,
      accepted: true,
    },
    T0,
  );
  // Food tables (schema owned by the food engineer), written directly so this test does not
  // depend on the food repositories' API.
  const foodId = `food-${userId}`;
  await db
    .insertInto("foods")
    .values({
      id: foodId,
      source: "user",
      // As food-repo's userFoodSourceId writes it: the owner's namespace, then the key.
      source_id: `${userId}:soup`,
      name: "grandma's lentil soup",
      display_name: "Grandma's lentil soup",
      original_name: null,
      brand: null,
      category: null,
      barcode: null,
      kcal_milli: 93_500,
      protein_mg: 6_100,
      fat_mg: null,
      carb_mg: 14_250,
      fiber_mg: null,
      sugar_mg: null,
      sat_fat_mg: null,
      sodium_ug: null,
      tags: "[]",
      kcal_estimated: 0,
      owner_user_id: userId,
      search_text: "grandma lentil soup",
      rank_prior: 100,
      created_at: T0,
      updated_at: T0,
    })
    .execute();
  await db
    .insertInto("food_portions")
    .values({ food_id: foodId, label: "bowl", grams: 350, position: 0 })
    .execute();
  await db
    .insertInto("diary_entries")
    .values([
      {
        id: `d1-${userId}`,
        user_id: userId,
        date: "2026-10-06",
        meal: "lunch",
        food_id: foodId,
        mg: 350_000,
        portion_label: "bowl",
        portion_count: 1,
        quick_kcal_milli: null,
        client_id: "dc1",
        created_at: T0,
      },
      {
        id: `d2-${userId}`,
        user_id: userId,
        date: "2026-10-06",
        meal: "snacks",
        food_id: null,
        mg: null,
        portion_label: null,
        portion_count: null,
        quick_kcal_milli: 150_000,
        client_id: "dc2",
        created_at: T0,
      },
    ])
    .execute();
  await db
    .insertInto("diary_days")
    .values({ user_id: userId, date: "2026-10-06", complete: 1, updated_at: T0 })
    .execute();
  await db
    .insertInto("treats")
    .values({
      id: `t-${userId}`,
      user_id: userId,
      date: "2026-10-07",
      kcal: 250,
      planned: 1,
      client_id: "tc1",
      created_at: T0,
      adjustments: JSON.stringify([{ date: "2026-10-08", changeKcal: -250 }]),
    })
    .execute();
  await db
    .insertInto("accepted_targets")
    .values({
      id: `a-${userId}`,
      user_id: userId,
      effective_from: "2026-10-01",
      reason: "onboarding",
      target_kcal: 1900,
      snapshot: JSON.stringify({ targetKcal: 1900 }),
      created_at: T0,
    })
    .execute();
  await db
    .insertInto("treat_settings")
    .values({ user_id: userId, max_kcal: 1000, max_per_week: 1, updated_at: T0 })
    .execute();
  await db
    .insertInto("reminder_settings")
    .values({
      user_id: userId,
      weigh_in_time: "07:30",
      session_time: null,
      check_in_time: "09:00",
      quiet_start: "22:00",
      quiet_end: "06:30",
      updated_at: T0,
    })
    .execute();
}

/** The export as a file would carry it: through JSON text and back. */
const viaFile = (e: UserExport): unknown => JSON.parse(JSON.stringify(e));

function remapOwner(e: UserExport, to: string): UserExport["tables"] {
  const out: UserExport["tables"] = {};
  for (const spec of userOwnedTables) {
    out[spec.table] = (e.tables[spec.table] ?? []).map((r) =>
      "owner" in spec ? { ...r, [spec.owner]: to } : r,
    );
  }
  // An own food's key lives in its owner's namespace ("<user id>:<key>"), so it moves with it.
  for (const f of out.foods ?? []) {
    if (typeof f.source_id === "string") f.source_id = f.source_id.replace(`${e.userId}:`, `${to}:`);
  }
  return out;
}

describeEachDialect("user export/import", (getDb, { dialect }) => {
  it("covers every table with a user column (listed as user data or deliberately not)", async () => {
    const db = getDb();
    const current =
      dialect === "postgres"
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
        : undefined;
    const tables = (await db.introspection.getTables()).filter(
      (t) => current === undefined || t.schema === current,
    );
    const withUser = tables
      .filter((t) => t.columns.some((c) => ["user_id", "owner_user_id", "trainer_id"].includes(c.name)))
      .map((t) => t.name);
    expect(withUser.length).toBeGreaterThan(5);
    const covered = new Set([...userOwnedTables.map((s) => s.table), ...notUserData]);
    expect(withUser.filter((t) => !covered.has(t))).toEqual([]);
    // and every listed table exists
    const names = new Set(tables.map((t) => t.name));
    expect(userOwnedTables.map((s) => s.table).filter((t) => !names.has(t))).toEqual([]);
  });

  it("exports every user-owned table, and only the user's rows", async () => {
    const db = getDb();
    const a = await freshUser(db);
    const b = await freshUser(db);
    await seed(db, a.id);
    await seed(db, b.id);
    const e = await exportUserData(db, a.id, T0);
    expect(Object.keys(e.tables)).toEqual(userOwnedTables.map((s) => s.table));
    const counts = Object.fromEntries(Object.entries(e.tables).map(([t, rows]) => [t, rows.length]));
    expect(counts).toEqual({
      profiles: 1,
      plans: 2,
      weigh_ins: 30,
      body_measurements: 1,
      workouts: 1,
      workout_sets: 2,
      workout_cardio: 1,
      check_ins: 1,
      accepted_targets: 1,
      custom_intervals: 1,
      foods: 1,
      food_portions: 1,
      recipes: 0,
      recipe_ingredients: 0,
      diary_entries: 2,
      diary_days: 1,
      food_tag_overrides: 0,
      treats: 1,
      treat_settings: 1,
      reminder_settings: 1,
    });
    for (const [t, rows] of Object.entries(e.tables)) {
      for (const r of rows) if ("user_id" in r) expect([t, r.user_id]).toEqual([t, a.id]);
    }
  });

  it("round-trips losslessly into another account (export → file → import → export)", async () => {
    const db = getDb();
    const a = await freshUser(db);
    await seed(db, a.id);
    const before = await exportUserData(db, a.id, T0);
    await deleteUser(db, a.id); // frees the ids, as moving to a new instance would
    const b = await freshUser(db);
    const counts = await importUserData(db, viaFile(before), { userId: b.id });
    expect(counts.weigh_ins).toBe(30);
    const after = await exportUserData(db, b.id, T0);
    expect(after.tables).toEqual(remapOwner(before, b.id));
  });

  it("replace: re-imports over the user's own data in place", async () => {
    const db = getDb();
    const a = await freshUser(db);
    await seed(db, a.id);
    const before = await exportUserData(db, a.id, T0);
    await upsertWeighIn(db, { userId: a.id, date: "2026-11-30", weightKg: 70 }, T0); // changed since
    await importUserData(db, viaFile(before), { userId: a.id, replace: true });
    expect((await exportUserData(db, a.id, T0)).tables).toEqual(before.tables);
  });

  it("is all-or-nothing: a colliding row rolls back every row already inserted", async () => {
    const db = getDb();
    const a = await freshUser(db);
    await seed(db, a.id);
    const dump = await exportUserData(db, a.id, T0);
    const b = await freshUser(db);
    // profiles/plans insert first (fresh ids below), then the weigh-ins collide with a's ids.
    const plans = (dump.tables.plans ?? []).map((p, i) => ({ ...p, id: `fresh-${b.id}-${i}` }));
    const mixed = { ...dump, tables: { ...dump.tables, plans } };
    await expect(importUserData(db, viaFile(mixed), { userId: b.id })).rejects.toThrow();
    const empty = await exportUserData(db, b.id, T0);
    expect(Object.values(empty.tables).every((rows) => rows.length === 0)).toBe(true);
  });

  it("refuses children that point outside the export, unknown tables and non-exports", async () => {
    const db = getDb();
    const a = await freshUser(db);
    await seed(db, a.id);
    const dump = await exportUserData(db, a.id, T0);
    const b = await freshUser(db);
    const stray = { ...dump, tables: { workouts: [], workout_sets: dump.tables.workout_sets ?? [] } };
    await expect(importUserData(db, stray, { userId: b.id })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      importUserData(db, { ...dump, tables: { secrets: [] } }, { userId: b.id }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(importUserData(db, { hello: 1 }, { userId: b.id })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(
      importUserData(
        db,
        { ...dump, tables: { plans: [{ 'id"; drop table users; --': "x" }] } },
        { userId: b.id },
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});
