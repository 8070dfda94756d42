import { expect, it } from "vitest";
import { uuidv7 } from "@leanback/db/ids";
import { trendWeights } from "@leanback/core/trend/trend-weight";
import { describeEachDialectApp, type TestApp } from "../testing/fixture.js";
import { EXAMPLE_WORKOUT } from "../features/workouts/workouts-routes.js";
import { addDays, daysBetween } from "../features/shared/dates.js";

// 12:00 UTC: the latest date begun anywhere (UTC+14) is the next day, 2026-12-04.
const NOW = Date.UTC(2026, 11, 3, 12);
const LATEST = "2026-12-04";
const DEFAULT_FROM = addDays(LATEST, -399);

type Issues = { issues: Array<{ path: string; message: string }> };
const issuePaths = (j: unknown) => (j as Issues).issues.map((i) => i.path);

/** `days` daily weigh-ins ending on `last`, written in bulk (a drifting, noisy weight). */
async function insertDaily(t: TestApp, userId: string, last: string, days: number): Promise<string[]> {
  const rows = Array.from({ length: days }, (_, i) => {
    const date = addDays(last, i - days + 1);
    return {
      id: uuidv7(() => NOW),
      user_id: userId,
      date,
      weight_kg: Math.round((100 - i * 0.01 + (i % 7) * 0.3) * 10) / 10,
      note: null,
      client_id: null,
      created_at: NOW,
      updated_at: NOW,
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await t.deps.db
      .insertInto("weigh_ins")
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.map((r) => r.date);
}

describeEachDialectApp(
  "date ranges on list and series routes",
  (getT) => {
    it("weigh-ins: the last 400 days by default, an explicit range, 422 on query.from past 400 days", async () => {
      const t = getT();
      const u = await t.signUp();
      const dates = await insertDaily(t, u.userId, LATEST, 500);
      const all = await t.json(u, "GET", "/api/users/me/weigh-ins");
      const got = (all.json as { weighIns: Array<{ date: string }> }).weighIns.map((w) => w.date);
      expect(got).toEqual(dates.filter((d) => d >= DEFAULT_FROM));
      expect(got).toHaveLength(400);
      const ranged = await t.json(u, "GET", "/api/users/me/weigh-ins?from=2026-01-01&to=2026-01-31");
      expect((ranged.json as { weighIns: unknown[] }).weighIns).toHaveLength(31);
      // 400 days from..to is the most; 401 is refused, and so is a from 400 days before today.
      const most = await t.json(
        u,
        "GET",
        `/api/users/me/weigh-ins?from=${addDays("2026-11-30", -399)}&to=2026-11-30`,
      );
      expect((most.json as { weighIns: unknown[] }).weighIns).toHaveLength(400);
      for (const q of [
        `from=${addDays("2026-11-30", -400)}&to=2026-11-30`,
        `from=${addDays(LATEST, -400)}`,
      ]) {
        const r = await t.json(u, "GET", `/api/users/me/weigh-ins?${q}`);
        expect(r.status, q).toBe(422);
        expect(issuePaths(r.json), q).toEqual(["query.from"]);
        expect((r.json as Issues).issues[0]?.message).toBe("from..to may span at most 400 days");
      }
    });

    it("trend: at most 400 points from 5 years of daily weigh-ins, matching the whole-history trend", async () => {
      const t = getT();
      const u = await t.signUp();
      await insertDaily(t, u.userId, "2026-12-03", 5 * 365 + 1);
      const def = await t.json(u, "GET", "/api/users/me/weigh-ins/trend");
      const body = def.json as { points: Array<{ date: string; trendKg: number }>; weighIns: number };
      expect(def.status).toBe(200);
      expect(body.points.length).toBeLessThanOrEqual(400);
      // Bytes, not time: 400 points of date, logged and trend weight stay far under 64 KB.
      expect(JSON.stringify(def.json).length).toBeLessThan(64_000);
      expect(body.points[0]?.date).toBe(DEFAULT_FROM);
      expect(body.points.at(-1)?.date).toBe("2026-12-03");
      expect(body.weighIns).toBe(daysBetween(DEFAULT_FROM, "2026-12-03") + 1);
      // The lead-in settles the smoother: the cut range shows what the whole history shows.
      const history = (
        await t.deps.db
          .selectFrom("weigh_ins")
          .select(["date", "weight_kg"])
          .where("user_id", "=", u.userId)
          .orderBy("date")
          .execute()
      ).map((r) => ({ date: r.date, weightKg: r.weight_kg }));
      const whole = new Map(trendWeights(history).map((p) => [p.date, p.trendKg]));
      const r = await t.json(u, "GET", "/api/users/me/weigh-ins/trend?from=2024-03-01&to=2024-05-31");
      const pts = (r.json as { points: Array<{ date: string; trendKg: number }> }).points;
      expect(pts).toHaveLength(92);
      for (const p of pts)
        expect(Math.abs(p.trendKg - (whole.get(p.date) ?? Number.NaN))).toBeLessThan(0.001);
      const over = await t.json(u, "GET", "/api/users/me/weigh-ins/trend?from=2022-01-01&to=2026-12-03");
      expect(over.status).toBe(422);
      expect(issuePaths(over.json)).toEqual(["query.from"]);
    });

    it("measurements: the last 400 days by default, an explicit range, 422 past 400 days", async () => {
      const t = getT();
      const u = await t.signUp();
      for (const date of ["2025-06-01", "2025-11-01", "2026-11-20"]) {
        const r = await t.json(u, "POST", "/api/users/me/measurements", {
          date,
          waistMm: 864,
          neckMm: 381,
          hipMm: 1000,
        });
        expect(r.status).toBe(201);
      }
      const dates = (j: unknown) =>
        (j as { measurements: Array<{ date: string }> }).measurements.map((m) => m.date);
      expect(dates((await t.json(u, "GET", "/api/users/me/measurements")).json)).toEqual([
        "2025-11-01",
        "2026-11-20",
      ]);
      const old = await t.json(u, "GET", "/api/users/me/measurements?from=2025-01-01&to=2025-12-31");
      expect(dates(old.json)).toEqual(["2025-06-01", "2025-11-01"]);
      const over = await t.json(u, "GET", "/api/users/me/measurements?from=2025-01-01&to=2026-12-01");
      expect(over.status).toBe(422);
      expect(issuePaths(over.json)).toEqual(["query.from"]);
    });

    it("workouts: the last 400 days by default, an explicit range, 422 past 400 days", async () => {
      const t = getT();
      const u = await t.signUp();
      for (const date of ["2025-06-01", "2026-11-18"]) {
        const r = await t.json(u, "POST", "/api/users/me/workouts", { ...EXAMPLE_WORKOUT, date });
        expect(r.status).toBe(201);
      }
      const dates = (j: unknown) => (j as { workouts: Array<{ date: string }> }).workouts.map((w) => w.date);
      expect(dates((await t.json(u, "GET", "/api/users/me/workouts")).json)).toEqual(["2026-11-18"]);
      expect(
        dates((await t.json(u, "GET", "/api/users/me/workouts?from=2025-05-01&to=2025-06-30")).json),
      ).toEqual(["2025-06-01"]);
      const over = await t.json(u, "GET", "/api/users/me/workouts?from=2025-06-01");
      expect(over.status).toBe(422);
      expect(issuePaths(over.json)).toEqual(["query.from"]);
    });
  },
  { now: () => NOW },
);
