import { expect, it } from "vitest";
import { describeEachDialectApp } from "../../testing/fixture.js";
import { EXAMPLE_INTERVAL } from "./custom-intervals-routes.js";

type I = { id: string; name: string; rounds: number; totalSeconds: number; clientId: string | null };
const paths = (j: unknown) => (j as { issues: Array<{ path: string }> }).issues.map((i) => i.path);

describeEachDialectApp("custom interval timers API", (getT) => {
  it("saves, lists, edits and deletes one's own timers, with the timeline's total length", async () => {
    const t = getT();
    const u = await t.signUp();
    const r = await t.json(u, "POST", "/api/users/me/intervals", EXAMPLE_INTERVAL);
    expect(r.status).toBe(201);
    const a = r.json as I;
    // get ready 10 + warm-up 300 + 6 × 45 work + 5 × 75 rest (none after the last) + cool-down 240
    expect(a.totalSeconds).toBe(10 + 300 + 6 * 45 + 5 * 75 + 240);
    const b = (
      await t.json(u, "POST", "/api/users/me/intervals", {
        name: "Tabata",
        workSeconds: 20,
        restSeconds: 10,
        rounds: 8,
      })
    ).json as I;
    expect(b.totalSeconds).toBe(10 + 8 * 20 + 7 * 10);
    const list = async () =>
      ((await t.json(u, "GET", "/api/users/me/intervals")).json as { intervals: I[] }).intervals;
    expect((await list()).map((x) => x.name)).toEqual(["Hill sprints", "Tabata"]);

    const edited = await t.json(u, "PUT", `/api/users/me/intervals/${a.id}`, {
      ...EXAMPLE_INTERVAL,
      rounds: 8,
    });
    expect(edited.status).toBe(200);
    expect((edited.json as I).rounds).toBe(8);
    expect((edited.json as I).totalSeconds).toBe(10 + 300 + 8 * 45 + 7 * 75 + 240);
    expect((await t.json(u, "GET", `/api/users/me/intervals/${a.id}`)).json).toEqual(edited.json);

    expect((await t.request(u, "DELETE", `/api/users/me/intervals/${b.id}`)).status).toBe(204);
    expect((await list()).map((x) => x.name)).toEqual(["Hill sprints"]);
    expect((await t.json(u, "GET", `/api/users/me/intervals/${b.id}`)).status).toBe(404);
  });

  it("keeps one timer for a replayed clientId (an offline save sent twice)", async () => {
    const t = getT();
    const u = await t.signUp();
    const body = { ...EXAMPLE_INTERVAL, clientId: "offline-timer-0001" };
    const a = await t.json(u, "POST", "/api/users/me/intervals", body);
    const b = await t.json(u, "POST", "/api/users/me/intervals", { ...body, name: "changed on replay" });
    expect(b.json).toEqual(a.json);
    expect(
      ((await t.json(u, "GET", "/api/users/me/intervals")).json as { intervals: I[] }).intervals,
    ).toHaveLength(1);
  });

  it("answers 422 naming the field, and another user sees nothing", async () => {
    const t = getT();
    const u = await t.signUp();
    const bad: Array<[unknown, string]> = [
      [{ ...EXAMPLE_INTERVAL, workSeconds: 0 }, "body.workSeconds"],
      [{ ...EXAMPLE_INTERVAL, rounds: 101 }, "body.rounds"],
      [{ ...EXAMPLE_INTERVAL, restSeconds: 1.5 }, "body.restSeconds"],
      [{ ...EXAMPLE_INTERVAL, name: "" }, "body.name"],
      [{ ...EXAMPLE_INTERVAL, userId: "x" }, "body.userId"],
    ];
    for (const [body, path] of bad) {
      const r = await t.json(u, "POST", "/api/users/me/intervals", body);
      expect(r.status, path).toBe(422);
      expect(paths(r.json)).toContain(path);
    }
    const mine = (await t.json(u, "POST", "/api/users/me/intervals", EXAMPLE_INTERVAL)).json as I;
    const other = await t.signUp();
    expect(
      ((await t.json(other, "GET", "/api/users/me/intervals")).json as { intervals: I[] }).intervals,
    ).toEqual([]);
    expect((await t.json(other, "GET", `/api/users/${u.userId}/intervals/${mine.id}`)).status).toBe(404);
    expect((await t.json(other, "DELETE", `/api/users/me/intervals/${mine.id}`)).status).toBe(404);
    expect((await t.json(u, "GET", `/api/users/me/intervals/${mine.id}`)).status).toBe(200);
  });
});
