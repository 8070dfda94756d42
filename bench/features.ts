// Server feature timings through the real HTTP app (no socket) on a SQLite temp file: a user with
// three years of daily weigh-ins, 300 logged workouts of 10 sets and 28 complete diary days.
// Median of N runs after one warm-up; printed only, never asserted.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@leanback/db/connection";
import { uuidv7 } from "@leanback/db/ids";
import { migrateToLatest } from "@leanback/db/migrate";
import { createApp } from "@leanback/server/app";
import { testConfig } from "@leanback/server/config";
import type { ServerDeps } from "@leanback/server/deps";
import { addDays } from "@leanback/server/features/shared/dates";
import { EXAMPLE_PROFILE } from "@leanback/server/features/profile/profile-examples";
import { quickAdd } from "@leanback/server/food/diary";
import { memoryLogger } from "@leanback/server/http/log";
import { timeRunsAsync } from "./_timing.js";

const TODAY = "2026-11-20";
const NOW = Date.UTC(2026, 10, 20, 12);
const DAYS = 3 * 365;
const WORKOUTS = 300;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "leanback-bench-features-"));
  const opened = openDatabase({ sqlitePath: join(dir, "bench.db") });
  try {
    await migrateToLatest(opened.db);
    const deps: ServerDeps = {
      db: opened.db,
      dialect: "sqlite",
      now: () => NOW,
      newId: () => uuidv7(() => NOW),
      randomBytes: (n) => randomBytes(n),
      config: testConfig(),
      log: memoryLogger(),
    };
    const app = createApp(deps);
    const env = { incoming: { socket: { remoteAddress: "127.0.0.1" } } };
    let cookie = "";
    const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
      const headers: Record<string, string> = { cookie };
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await app.request(
        `http://localhost${path}`,
        { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
        env,
      );
      if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
      return res;
    };
    const signup = await call("POST", "/api/auth/signup", {
      email: "bench@example.org",
      password: "a long bench passphrase",
    });
    cookie = signup.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const userId = ((await signup.json()) as { user: { id: string } }).user.id;
    await call("PUT", "/api/users/me/profile", EXAMPLE_PROFILE);

    // Bulk history straight into the tables (setup is not what we measure).
    await opened.db.transaction().execute(async (trx) => {
      const weighIns = Array.from({ length: DAYS }, (_, i) => ({
        id: uuidv7(() => NOW - i),
        user_id: userId,
        date: addDays(TODAY, -1 - i),
        weight_kg: 74 + i * 0.008 + Math.sin(i) * 0.4,
        note: null,
        client_id: null,
        created_at: NOW,
        updated_at: NOW,
      }));
      for (let i = 0; i < weighIns.length; i += 500)
        await trx
          .insertInto("weigh_ins")
          .values(weighIns.slice(i, i + 500))
          .execute();
      for (let w = 0; w < WORKOUTS; w++) {
        const id = uuidv7(() => NOW - w);
        await trx
          .insertInto("workouts")
          .values({
            id,
            user_id: userId,
            date: addDays(TODAY, -1 - w * 3),
            planned_ref: null,
            title: "Back day",
            started_at: null,
            finished_at: null,
            notes: null,
            client_id: null,
            created_at: NOW,
            updated_at: NOW,
          })
          .execute();
        await trx
          .insertInto("workout_sets")
          .values(
            Array.from({ length: 10 }, (_, s) => ({
              id: uuidv7(() => NOW),
              workout_id: id,
              exercise_id: s < 5 ? "row-dumbbell-one-arm" : "pullup-assisted-machine",
              set_index: s,
              reps: 8 + (s % 5),
              load_kg: s < 5 ? 8 + (w % 10) : null,
              load_type: s < 5 ? ("external" as const) : ("assisted" as const),
              assistance_kg: s < 5 ? null : 40 - (w % 20),
              rpe: null,
              duration_s: null,
            })),
          )
          .execute();
      }
    });
    for (let i = 1; i <= 28; i++) {
      const date = addDays(TODAY, -i);
      await quickAdd(deps, userId, { date, meal: "lunch", kcal: 1900 });
      await opened.db
        .insertInto("diary_days")
        .values({ user_id: userId, date, complete: 1, updated_at: NOW })
        .execute();
    }
    await call("POST", "/api/users/me/plan", { weeks: 12, startDate: "2026-11-16" });
    const dump = await (await call("GET", "/api/users/me/export")).json();

    let day = 0;
    const cases: [string, number, () => Promise<unknown>][] = [
      [
        "POST weigh-in (new day each run)",
        50,
        () =>
          call("POST", "/api/users/me/weigh-ins", { date: addDays("2023-01-01", -1 - day++), weightKg: 74 }),
      ],
      [
        `GET weigh-in trend (${DAYS} days of history)`,
        20,
        () => call("GET", "/api/users/me/weigh-ins/trend?from=2026-10-01"),
      ],
      ["GET targets", 20, () => call("GET", "/api/users/me/targets")],
      ["GET expenditure (28-day window)", 20, () => call("GET", "/api/users/me/expenditure")],
      ["GET forecast (182 days, ±10 % band)", 20, () => call("GET", "/api/users/me/forecast?days=182")],
      ["POST weekly check-in", 20, () => call("POST", "/api/users/me/check-ins")],
      ["GET today's agenda (12-week plan)", 20, () => call("GET", "/api/users/me/plan/today")],
      [
        `GET personal records (${WORKOUTS} workouts × 10 sets)`,
        10,
        () => call("GET", "/api/users/me/workouts/records"),
      ],
      ["GET export JSON (whole user)", 10, () => call("GET", "/api/users/me/export")],
      ["GET export CSV (workout_sets)", 10, () => call("GET", "/api/users/me/export/csv/workout_sets")],
      [
        "POST import ?replace=true (whole user, one transaction)",
        10,
        () => call("POST", "/api/users/me/import?replace=true", dump),
      ],
    ];
    console.log("| operation (SQLite, via app.request) | runs | median ms | min ms | max ms |");
    console.log("|---|---:|---:|---:|---:|");
    for (const [name, runs, fn] of cases) {
      const r = await timeRunsAsync(runs, fn);
      console.log(
        `| ${name} | ${runs} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} |`,
      );
    }
  } finally {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
