import { catalogue } from "@leanback/core/training/catalogue";
import { expect, it } from "vitest";
import { parseCsv } from "../../food/csv-parse.js";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";
import { EXAMPLE_WORKOUT } from "../workouts/workouts-routes.js";

// 12:00 UTC is 13:00 in the example profile's Europe/Berlin.
const NOW = Date.UTC(2026, 10, 20, 12);
const EVIL = '=HYPERLINK("http://evil.example","click")';

async function download(
  t: TestApp,
  u: TestUser | null,
  path: string,
): Promise<{
  status: number;
  bom: boolean;
  rows: string[][];
  type: string | null;
  disposition: string | null;
}> {
  const res = await t.request(u, "GET", path);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops a leading BOM, as spreadsheets do.
  const text = new TextDecoder().decode(bytes);
  return {
    status: res.status,
    bom,
    rows: res.status === 200 ? [...parseCsv(text)].map((r) => r.cells) : [],
    type: res.headers.get("content-type"),
    disposition: res.headers.get("content-disposition"),
  };
}

async function withProfile(t: TestApp, unitSystem: "metric" | "imperial" = "metric"): Promise<TestUser> {
  const u = await t.signUp();
  expect((await t.json(u, "PUT", "/api/users/me/profile", { ...EXAMPLE_PROFILE, unitSystem })).status).toBe(
    200,
  );
  return u;
}

async function expectOwnerOnly(t: TestApp, owner: TestUser, path: string): Promise<void> {
  const other = await t.signUp();
  expect((await download(t, other, path.replace("/me/", `/${owner.userId}/`))).status).toBe(404);
  expect((await download(t, null, path)).status).toBe(401);
}

describeEachDialectApp(
  "readable CSV exports",
  (getT) => {
    it("diary: food names, the amount as logged, grams, kcal and macros; formulas neutralised; BOM by default", async () => {
      const t = getT();
      const u = await withProfile(t);
      const food = async (body: unknown) => {
        const r = await t.json(u, "POST", "/api/users/me/foods", body);
        expect(r.status).toBe(201);
        return (r.json as { id: string }).id;
      };
      const yogurt = await food({
        name: "Greek yogurt, plain",
        per100g: { kcal: 59, proteinG: 10.2, fatG: 0.4, carbG: 3.6 },
        portions: [{ label: "1 cup", grams: 200 }],
      });
      const evil = await food({ name: EVIL, per100g: { kcal: 100 } });
      const add = async (meal: string, body: Record<string, unknown>) =>
        expect(
          (await t.json(u, "POST", "/api/users/me/diary/2026-11-19/entries", { meal, ...body })).status,
        ).toBe(201);
      await add("breakfast", { foodId: yogurt, portion: "1 cup", count: 1 });
      await add("lunch", { foodId: evil, grams: 50 });
      await add("snacks", { foodId: yogurt, grams: 150 });
      expect(
        (await t.json(u, "POST", "/api/users/me/diary/2026-11-19/quick-add", { meal: "dinner", kcal: 640 }))
          .status,
      ).toBe(201);

      const csv = await download(t, u, "/api/users/me/export/diary.csv");
      expect(csv.status).toBe(200);
      expect(csv.type).toMatch(/^text\/csv; charset=utf-8/);
      expect(csv.disposition).toBe('attachment; filename="leanback-diary.csv"');
      expect(csv.bom).toBe(true);
      const [header, ...rows] = csv.rows;
      expect(header).toEqual([
        "Date",
        "Meal",
        "Food",
        "Amount",
        "Unit",
        "Grams",
        "Calories (kcal)",
        "Protein (g)",
        "Fat (g)",
        "Carbs (g)",
      ]);
      expect(rows).toHaveLength(4);
      expect(rows).toEqual(
        expect.arrayContaining([
          [
            "2026-11-19",
            "breakfast",
            "Greek yogurt, plain",
            "1",
            "1 cup",
            "200",
            "118",
            "20.4",
            "0.8",
            "7.2",
          ],
          ["2026-11-19", "snacks", "Greek yogurt, plain", "150", "g", "150", "89", "15.3", "0.6", "5.4"],
          ["2026-11-19", "lunch", `'${EVIL}`, "50", "g", "50", "50", "", "", ""],
          ["2026-11-19", "dinner", "Quick add", "", "", "", "640", "", "", ""],
        ]),
      );
      expect((await download(t, u, "/api/users/me/export/diary.csv?bom=false")).bom).toBe(false);
      expect((await t.json(u, "GET", "/api/users/me/export/diary.csv?bom=maybe")).status).toBe(422);
      await expectOwnerOnly(t, u, "/api/users/me/export/diary.csv");
    });

    it("weigh-ins: date, local time, kg, lb only for pound users, note neutralised", async () => {
      const t = getT();
      const metric = await withProfile(t);
      const imperial = await withProfile(t, "imperial");
      for (const u of [metric, imperial]) {
        const w = async (body: unknown) =>
          expect((await t.json(u, "POST", "/api/users/me/weigh-ins", body)).status).toBeLessThan(300);
        await w({ date: "2026-11-18", weightKg: 74.6 });
        await w({ date: "2026-11-20", weightKg: 74.2, note: "@SUM(1+1)*cmd|' /C calc'!A0" });
      }
      const m = await download(t, metric, "/api/users/me/export/weigh-ins.csv");
      expect(m.bom).toBe(true);
      expect(m.rows).toEqual([
        ["Date", "Time", "Weight (kg)", "Note"],
        // Entered on the 20th: no time of day for the 18th's weight.
        ["2026-11-18", "", "74.6", ""],
        ["2026-11-20", "13:00:00", "74.2", "'@SUM(1+1)*cmd|' /C calc'!A0"],
      ]);
      const i = await download(t, imperial, "/api/users/me/export/weigh-ins.csv");
      expect(i.rows[0]).toEqual(["Date", "Time", "Weight (kg)", "Weight (lb)", "Note"]);
      expect(i.rows[2]?.slice(0, 4)).toEqual(["2026-11-20", "13:00:00", "74.2", "163.6"]);
      await expectOwnerOnly(t, metric, "/api/users/me/export/weigh-ins.csv");
    });

    it("workouts: Strong's CSV layout, one row per set and per cardio bout; no BOM unless asked", async () => {
      const t = getT();
      const metric = await withProfile(t);
      const imperial = await withProfile(t, "imperial");
      const startedAt = Date.UTC(2026, 10, 18, 6, 30); // 07:30 in Berlin
      for (const u of [metric, imperial]) {
        const r = await t.json(u, "POST", "/api/users/me/workouts", {
          ...EXAMPLE_WORKOUT,
          startedAt,
          finishedAt: startedAt + 65 * 60_000,
          notes: "+felt strong",
        });
        expect(r.status).toBe(201);
      }
      const m = await download(t, metric, "/api/users/me/export/workouts.csv");
      expect(m.status).toBe(200);
      expect(m.bom).toBe(false);
      expect(m.disposition).toBe('attachment; filename="leanback-workouts-strong.csv"');
      const row = catalogue().byId("row-dumbbell-one-arm").name;
      const when = ["2026-11-18 07:30:00", "Back day", "1h 5m"];
      expect(m.rows).toEqual([
        [
          "Date",
          "Workout Name",
          "Duration",
          "Exercise Name",
          "Set Order",
          "Weight",
          "Reps",
          "Distance",
          "Seconds",
          "Notes",
          "Workout Notes",
          "RPE",
        ],
        [...when, row, "1", "8", "12", "0", "0", "", "'+felt strong", ""],
        [...when, row, "2", "8", "12", "0", "0", "", "'+felt strong", ""],
        [...when, row, "3", "8", "10", "0", "0", "", "'+felt strong", "8.5"],
        [...when, "Rowing", "1", "0", "0", "4.2", "1200", "", "'+felt strong", ""],
      ]);
      // Pound users get lb and miles, as Strong writes them in the person's units.
      const i = await download(t, imperial, "/api/users/me/export/workouts.csv");
      expect(i.rows[1]?.[5]).toBe("17.6");
      expect(i.rows[4]?.[7]).toBe("2.61");
      expect((await download(t, metric, "/api/users/me/export/workouts.csv?bom=true")).bom).toBe(true);
      await expectOwnerOnly(t, metric, "/api/users/me/export/workouts.csv");
    });

    it("the raw table CSV neutralises formulas too and takes ?bom=true", async () => {
      const t = getT();
      const u = await withProfile(t);
      await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-19", weightKg: 70, note: EVIL });
      const raw = await download(t, u, "/api/users/me/export/csv/weigh_ins");
      expect(raw.bom).toBe(false);
      const noteAt = raw.rows[0]?.indexOf("note") ?? -1;
      expect(raw.rows[1]?.[noteAt]).toBe(`'${EVIL}`);
      expect((await download(t, u, "/api/users/me/export/csv/weigh_ins?bom=true")).bom).toBe(true);
    });
  },
  { now: () => NOW },
);
