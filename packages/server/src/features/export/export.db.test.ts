import { expect, it } from "vitest";
import { markDayComplete, quickAdd } from "../../food/diary.js";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";
import { EXAMPLE_WORKOUT } from "../workouts/workouts-routes.js";

const NOW = Date.UTC(2026, 10, 20, 12);
type Dump = { tables: Record<string, Array<Record<string, string | number | null>>> } & Record<
  string,
  unknown
>;

const NOTE = 'after run, "felt light"\nsecond line';

/** A user with something in every feature table. */
async function busyUser(t: TestApp): Promise<TestUser> {
  const u = await t.signUp();
  const ok = (r: { status: number }) => expect(r.status).toBeLessThan(300);
  ok(await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE));
  ok(await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-18", weightKg: 74.2, note: NOTE }));
  ok(
    await t.json(u, "POST", "/api/users/me/weigh-ins", {
      date: "2026-11-19",
      weightKg: 74.05,
      clientId: "device-1-0001",
    }),
  );
  ok(
    await t.json(u, "POST", "/api/users/me/measurements", {
      date: "2026-11-19",
      waistMm: 800,
      neckMm: 330,
      hipMm: 1020,
    }),
  );
  ok(await t.json(u, "POST", "/api/users/me/workouts", EXAMPLE_WORKOUT));
  ok(await t.json(u, "POST", "/api/users/me/plan", { weeks: 2 }));
  ok(await t.json(u, "POST", "/api/users/me/check-ins"));
  await quickAdd(t.deps, u.userId, { date: "2026-11-19", meal: "dinner", kcal: 640 });
  await markDayComplete(t.deps, u.userId, "2026-11-19", true);
  return u;
}

const emptied = (d: Dump): Dump => ({
  ...d,
  tables: Object.fromEntries(Object.keys(d.tables).map((k) => [k, []])),
});

describeEachDialectApp(
  "export and import API",
  (getT) => {
    it("round-trips losslessly: export, wipe, import, export again", async () => {
      const t = getT();
      const u = await busyUser(t);
      const first = await t.json(u, "GET", "/api/users/me/export");
      expect(first.status).toBe(200);
      const a = first.json as Dump;
      for (const table of [
        "profiles",
        "plans",
        "weigh_ins",
        "body_measurements",
        "workouts",
        "workout_sets",
        "workout_cardio",
        "check_ins",
        "diary_entries",
        "diary_days",
      ]) {
        expect(a.tables[table]?.length, table).toBeGreaterThan(0);
      }
      const wipe = await t.json(u, "POST", "/api/users/me/import?replace=true", emptied(a));
      expect(wipe.status).toBe(200);
      expect((await t.json(u, "GET", "/api/users/me/profile")).status).toBe(404);
      expect(
        ((await t.json(u, "GET", "/api/users/me/workouts")).json as { workouts: unknown[] }).workouts,
      ).toEqual([]);

      const back = await t.json(u, "POST", "/api/users/me/import", a);
      expect(back.status).toBe(200);
      expect((back.json as { counts: Record<string, number> }).counts.workout_sets).toBe(3);
      expect((await t.json(u, "GET", "/api/users/me/export")).json).toEqual(a);
      // And the features read it back: the note with its comma, quotes and newline is intact.
      const w = (await t.json(u, "GET", "/api/users/me/weigh-ins")).json as {
        weighIns: Array<{ note: string | null }>;
      };
      expect(w.weighIns[0]?.note).toBe(NOTE);
    });

    it("rolls everything back when a row fails mid-import, even the replace's deletions", async () => {
      const t = getT();
      const u = await busyUser(t);
      const a = (await t.json(u, "GET", "/api/users/me/export")).json as Dump;
      // A bad cell is refused before anything is written, naming the cell.
      const [firstWeighIn, ...restWeighIns] = a.tables.weigh_ins ?? [];
      const nullWeight = {
        ...a,
        tables: { ...a.tables, weigh_ins: [{ ...firstWeighIn, weight_kg: null }, ...restWeighIns] },
      };
      const n = await t.json(u, "POST", "/api/users/me/import?replace=true", nullWeight);
      expect(n.status).toBe(422);
      expect((n.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe(
        "body.tables.weigh_ins[0].weight_kg",
      );
      const textWeight = {
        ...a,
        tables: { ...a.tables, weigh_ins: [{ ...firstWeighIn, weight_kg: "74.2" }, ...restWeighIns] },
      };
      expect((await t.json(u, "POST", "/api/users/me/import?replace=true", textWeight)).status).toBe(422);
      expect((await t.json(u, "GET", "/api/users/me/export")).json).toEqual(a);
      // A row id that is not a UUID did not come from an export (the fuzz test injected one).
      const oddId = {
        ...a,
        tables: { ...a.tables, weigh_ins: [{ ...firstWeighIn, id: "not-an-id" }, ...restWeighIns] },
      };
      const o = await t.json(u, "POST", "/api/users/me/import?replace=true", oddId);
      expect(o.status).toBe(422);
      expect((o.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe(
        "body.tables.weigh_ins[0].id",
      );
      expect((await t.json(u, "GET", "/api/users/me/export")).json).toEqual(a);

      // The same id twice in one table is refused before anything is written.
      const twice = {
        ...a,
        tables: { ...a.tables, check_ins: [...(a.tables.check_ins ?? []), ...(a.tables.check_ins ?? [])] },
      };
      const dup = await t.json(u, "POST", "/api/users/me/import?replace=true", twice);
      expect(dup.status).toBe(422);
      expect((dup.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe(
        "body.tables.check_ins[1].id",
      );
      // The same week under a new id fails on check_ins' unique week, after the deletions and
      // every earlier table were written: all of it must roll back.
      const [ci] = a.tables.check_ins ?? [];
      const sameWeek = {
        ...a,
        tables: {
          ...a.tables,
          check_ins: [...(a.tables.check_ins ?? []), { ...ci, id: "0190f5a2-0000-7000-8000-000000000001" }],
        },
      };
      expect((await t.json(u, "POST", "/api/users/me/import?replace=true", sameWeek)).status).toBe(409);
      expect((await t.json(u, "GET", "/api/users/me/export")).json).toEqual(a);

      // A child pointing at a parent not in the file fails inside the transaction too.
      const orphan = { ...a, tables: { ...a.tables, workouts: [] } };
      expect((await t.json(u, "POST", "/api/users/me/import?replace=true", orphan)).status).toBe(422);
      expect((await t.json(u, "GET", "/api/users/me/export")).json).toEqual(a);

      // Importing on top of the same rows without replace clashes: 409, nothing changes.
      expect((await t.json(u, "POST", "/api/users/me/import", a)).status).toBe(409);
      expect((await t.json(u, "GET", "/api/users/me/export")).json).toEqual(a);

      const unknownColumn = {
        ...a,
        tables: { ...a.tables, check_ins: [{ ...a.tables.check_ins?.[0], user_role: "admin" }] },
      };
      const c = await t.json(u, "POST", "/api/users/me/import?replace=true", unknownColumn);
      expect(c.status).toBe(422);
      expect((c.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe(
        "body.tables.check_ins[0].user_role",
      );
      expect((await t.json(u, "POST", "/api/users/me/import", { ...a, format: "other" })).status).toBe(422);
    });

    it("exports each table as CSV with a header row and RFC 4180 escaping", async () => {
      const t = getT();
      const u = await busyUser(t);
      const res = await t.request(u, "GET", "/api/users/me/export/csv/weigh_ins");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
      const text = await res.text();
      const header = text.slice(0, text.indexOf("\r\n")).split(",");
      expect(header).toEqual(
        expect.arrayContaining([
          "id",
          "user_id",
          "date",
          "weight_kg",
          "note",
          "client_id",
          "created_at",
          "updated_at",
        ]),
      );
      expect(header).toHaveLength(8);
      expect(text).toContain('"after run, ""felt light""\nsecond line"');
      expect(text).toContain(",74.05,");
      expect(text.endsWith("\r\n")).toBe(true);

      const fresh = await t.signUp();
      const empty = await (await t.request(fresh, "GET", "/api/users/me/export/csv/check_ins")).text();
      expect(empty.split("\r\n")).toHaveLength(2); // header + final empty string
      expect(empty).toMatch(/^id,|,id,/);
      const bad = await t.json(u, "GET", "/api/users/me/export/csv/users");
      expect(bad.status).toBe(422);
      expect((bad.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe("params.table");
    });
  },
  { now: () => NOW },
);
