import { expect, it } from "vitest";
import { describeEachDialectApp } from "../../testing/fixture.js";

type Issues = { issues: Array<{ path: string }> };
const paths = (j: unknown) => (j as Issues).issues.map((i) => i.path);

describeEachDialectApp("weigh-ins API", (getT) => {
  it("logs, lists in date order and replaces a day's second weigh-in", async () => {
    const t = getT();
    const u = await t.signUp();
    const a = await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-02", weightKg: 81.2 });
    expect(a.status).toBe(201);
    await t.json(u, "POST", "/api/users/me/weigh-ins", {
      date: "2026-11-01",
      weightKg: 81.6,
      note: "morning",
    });
    const again = await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-02", weightKg: 80.9 });
    expect((again.json as { id: string }).id).toBe((a.json as { id: string }).id);
    const list = await t.json(u, "GET", "/api/users/me/weigh-ins");
    const rows = (list.json as { weighIns: Array<{ date: string; weightKg: number; note: string | null }> })
      .weighIns;
    expect(rows.map((r) => [r.date, r.weightKg, r.note])).toEqual([
      ["2026-11-01", 81.6, "morning"],
      ["2026-11-02", 80.9, null],
    ]);
    const ranged = await t.json(u, "GET", "/api/users/me/weigh-ins?from=2026-11-02&to=2026-11-30");
    expect((ranged.json as { weighIns: unknown[] }).weighIns).toHaveLength(1);
  });

  it("stores one row for the same clientId twice and returns the first", async () => {
    const t = getT();
    const u = await t.signUp();
    const body = { date: "2026-11-03", weightKg: 80, clientId: "offline-0001" };
    const first = await t.json(u, "POST", "/api/users/me/weigh-ins", body);
    const second = await t.json(u, "POST", "/api/users/me/weigh-ins", { ...body, weightKg: 99 });
    expect(first.status).toBe(201);
    expect(second.json).toEqual(first.json);
    const rows = (await t.json(u, "GET", "/api/users/me/weigh-ins")).json as { weighIns: unknown[] };
    expect(rows.weighIns).toHaveLength(1);
  });

  it("answers 422 naming the field and stores nothing", async () => {
    const t = getT();
    const u = await t.signUp();
    const bad: Array<[unknown, string]> = [
      [{ date: "2026-11-01", weightKg: 10 }, "body.weightKg"],
      [{ date: "2026-02-30", weightKg: 80 }, "body.date"],
      [{ date: "2099-01-01", weightKg: 80 }, "body.date"], // not begun anywhere yet
      [{ date: "2026-11-01", weightKg: 80, user_id: "x" }, "body.user_id"],
      [{ date: "2026-11-01", weightKg: 80, clientId: "a b" }, "body.clientId"],
    ];
    for (const [body, path] of bad) {
      const r = await t.json(u, "POST", "/api/users/me/weigh-ins", body);
      expect(r.status).toBe(422);
      expect(paths(r.json)).toContain(path);
    }
    const q = await t.json(u, "GET", "/api/users/me/weigh-ins?from=2026-13-01");
    expect(paths(q.json)).toContain("query.from");
    expect(
      ((await t.json(u, "GET", "/api/users/me/weigh-ins")).json as { weighIns: unknown[] }).weighIns,
    ).toEqual([]);
  });

  it("edits, refuses to move onto a taken day, deletes only own rows", async () => {
    const t = getT();
    const u = await t.signUp();
    const other = await t.signUp();
    const a = (await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-01", weightKg: 80 }))
      .json as {
      id: string;
    };
    await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-02", weightKg: 79.8 });
    const edited = await t.json(u, "PATCH", `/api/users/me/weigh-ins/${a.id}`, {
      weightKg: 80.4,
      note: "fixed",
    });
    expect(edited.json).toMatchObject({ weightKg: 80.4, note: "fixed", date: "2026-11-01" });
    expect((await t.json(u, "PATCH", `/api/users/me/weigh-ins/${a.id}`, { date: "2026-11-02" })).status).toBe(
      409,
    );
    expect((await t.json(other, "DELETE", `/api/users/me/weigh-ins/${a.id}`)).status).toBe(404);
    expect((await t.request(u, "DELETE", `/api/users/me/weigh-ins/${a.id}`)).status).toBe(204);
    expect((await t.json(u, "DELETE", `/api/users/me/weigh-ins/${a.id}`)).status).toBe(404);
  });

  it("smooths with 10 % per day over interpolated gaps (Walker, The Hacker's Diet) and fits the slope", async () => {
    const t = getT();
    const u = await t.signUp();
    await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-10-01", weightKg: 80 });
    await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-10-03", weightKg: 79 });
    const r = (await t.json(u, "GET", "/api/users/me/weigh-ins/trend")).json as {
      points: Array<{ date: string; loggedKg: number | null; trendKg: number }>;
      slopeKgPerWeek: number;
    };
    // T1 = 80; day 2 interpolated 79.5 → 80 + 0.1·(79.5 − 80); day 3 → T2 + 0.1·(79 − T2).
    const t2 = 80 + 0.1 * (79.5 - 80);
    expect(r.points.map((p) => p.loggedKg)).toEqual([80, null, 79]);
    expect(r.points[1]?.trendKg).toBeCloseTo(t2, 10);
    expect(r.points[2]?.trendKg).toBeCloseTo(t2 + 0.1 * (79 - t2), 10);
    // Two points 2 days apart: −0.5 kg/day → −3.5 kg/week.
    expect(r.slopeKgPerWeek).toBeCloseTo(-3.5, 10);
    const cut = (await t.json(u, "GET", "/api/users/me/weigh-ins/trend?from=2026-10-03")).json as typeof r;
    expect(cut.points.map((p) => p.date)).toEqual(["2026-10-03"]);
    expect(cut.points[0]?.trendKg).toBeCloseTo(r.points[2]?.trendKg ?? 0, 10); // seeded from the whole history
  });
});
