import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "./connection.js";
import { migrateToLatest } from "./migrate.js";
import { savePlan } from "./repos/plans.js";
import { upsertProfile } from "./repos/profiles.js";
import { upsertWeighIn } from "./repos/weigh-ins.js";
import { saveWorkout } from "./repos/workouts.js";
import { openTestDatabase, selectedDialects } from "./testing/dialects.js";
import { freshUser } from "./testing/fixtures.js";
import { exportUserData, importUserData } from "./user-data.js";

const T0 = 1_800_000_000_000;

// Moving a person from a SQLite install to a PostgreSQL one: the export made on one dialect
// imports on the other and exports back identical.
describe("user export SQLite → PostgreSQL", () => {
  const both = selectedDialects().includes("sqlite") && selectedDialects().includes("postgres");
  let sqlite: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  let postgres: Awaited<ReturnType<typeof openTestDatabase>> | undefined;

  beforeAll(async () => {
    if (!both) return;
    sqlite = await openTestDatabase("sqlite");
    postgres = await openTestDatabase("postgres");
    for (const d of [sqlite, postgres]) if (typeof d !== "string") await migrateToLatest(d.opened.db);
  });
  afterAll(async () => {
    for (const d of [sqlite, postgres]) if (d !== undefined && typeof d !== "string") await d.cleanup();
  });

  it("round-trips across dialects", async (ctx) => {
    if (!both) ctx.skip("needs both dialects in DIALECTS");
    if (typeof postgres === "string") {
      console.warn(postgres);
      ctx.skip(postgres);
    }
    const from = (sqlite as { opened: OpenedDatabase }).opened.db;
    const to = (postgres as { opened: OpenedDatabase }).opened.db;
    const a = await freshUser(from);
    await upsertProfile(
      from,
      {
        userId: a.id,
        sex: "female",
        birthDate: "1990-01-31",
        heightMm: 1655,
        unitSystem: "metric",
        floorKcal: 1200,
        pal: 1.2,
        bodyFatPct: null,
        goal: { kg: 60.5 },
        equipment: [],
        schedule: null,
        cardioPrefs: null,
        exclusions: null,
        pullupAnswer: null,
        timezone: "UTC",
      },
      T0,
    );
    await savePlan(from, { userId: a.id, params: { x: 1 }, plan: { y: [0.1, 0.2] } }, T0);
    for (let i = 1; i <= 9; i++)
      await upsertWeighIn(from, { userId: a.id, date: `2026-10-0${i}`, weightKg: 70.3 - i * 0.07 }, T0);
    await saveWorkout(
      from,
      {
        userId: a.id,
        date: "2026-10-02",
        title: "A",
        sets: [{ exerciseId: "row", setIndex: 0, reps: 9, loadKg: 17.5, loadType: "external" }],
        cardio: [],
      },
      T0,
    );
    const dump = JSON.parse(JSON.stringify(await exportUserData(from, a.id, T0))) as unknown;
    const b = await freshUser(to);
    await importUserData(to, dump, { userId: b.id });
    const back = await exportUserData(to, b.id, T0);
    const original = await exportUserData(from, a.id, T0);
    const swap = (t: typeof original.tables) =>
      JSON.parse(JSON.stringify(t).replaceAll(a.id, b.id)) as unknown;
    expect(back.tables).toEqual(swap(original.tables));
  });
});
