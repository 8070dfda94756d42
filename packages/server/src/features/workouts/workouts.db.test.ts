import { expect, it } from "vitest";
import { describeEachDialectApp } from "../../testing/fixture.js";
import { EXAMPLE_WORKOUT } from "./workouts-routes.js";
import { replaceWorkout, requireWorkout } from "./workouts.js";

type W = {
  id: string;
  title: string;
  sets: Array<{ setIndex: number; reps: number | null; loadKg: number | null }>;
  cardio: unknown[];
};
const paths = (j: unknown) => (j as { issues: Array<{ path: string }> }).issues.map((i) => i.path);
// Epley B 1985: 1RM = w·(1 + reps/30).
const epley = (kg: number, reps: number) => kg * (1 + reps / 30);

describeEachDialectApp("workouts API", (getT) => {
  it("logs sets in order with cardio, reads back, lists by date", async () => {
    const t = getT();
    const u = await t.signUp();
    const r = await t.json(u, "POST", "/api/users/me/workouts", EXAMPLE_WORKOUT);
    expect(r.status).toBe(201);
    const w = r.json as W;
    expect(w.sets.map((s) => [s.setIndex, s.reps])).toEqual([
      [0, 12],
      [1, 12],
      [2, 10],
    ]);
    expect(w.cardio).toEqual([
      { modality: "rowing", durationS: 1200, distanceM: 4200, avgHr: null, metCode: "02071" },
    ]);
    expect((await t.json(u, "GET", `/api/users/me/workouts/${w.id}`)).json).toEqual(w);
    await t.json(u, "POST", "/api/users/me/workouts", {
      ...EXAMPLE_WORKOUT,
      date: "2026-11-10",
      title: "Earlier",
    });
    const list = (await t.json(u, "GET", "/api/users/me/workouts")).json as { workouts: W[] };
    expect(list.workouts.map((x) => x.title)).toEqual(["Earlier", "Back day"]);
    const from = (await t.json(u, "GET", "/api/users/me/workouts?from=2026-11-15")).json as { workouts: W[] };
    expect(from.workouts.map((x) => x.title)).toEqual(["Back day"]);
  });

  it("suggests the next load from the latest session's RPE: up when easy, down at RPE 10", async () => {
    const t = getT();
    const u = await t.signUp();
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const rows = (rpe: number) =>
      [12, 12, 12].map((reps) => ({
        exerciseId: "row-dumbbell-one-arm",
        reps,
        loadKg: 8,
        loadType: "external",
        rpe,
      }));
    type L = { loads: Array<{ exerciseId: string; change: string; load: { kg?: number }; date: string }> };
    const next = async () => ((await t.json(u, "GET", "/api/users/me/workouts/next-loads")).json as L).loads;
    expect(await next()).toEqual([]);
    await t.json(u, "POST", "/api/users/me/workouts", { date: day(3), title: "Rows", sets: rows(7) });
    // No plan: the catalogue's 3 × 10–12 is the target; 12 reps at RPE 7 → one 1 kg step heavier.
    expect((await next()).map((l) => [l.exerciseId, l.change, l.load.kg, l.date])).toEqual([
      ["row-dumbbell-one-arm", "up", 9, day(3)],
    ]);
    await t.json(u, "POST", "/api/users/me/workouts", { date: day(1), title: "Rows", sets: rows(10) });
    expect((await next()).map((l) => [l.change, l.load.kg])).toEqual([["down", 7]]);
  });

  it("keeps one workout for a replayed clientId", async () => {
    const t = getT();
    const u = await t.signUp();
    const body = { ...EXAMPLE_WORKOUT, clientId: "offline-workout-1" };
    const a = await t.json(u, "POST", "/api/users/me/workouts", body);
    const b = await t.json(u, "POST", "/api/users/me/workouts", { ...body, title: "changed on replay" });
    expect(b.json).toEqual(a.json);
    expect(
      ((await t.json(u, "GET", "/api/users/me/workouts")).json as { workouts: W[] }).workouts,
    ).toHaveLength(1);
  });

  it("answers 422 naming the field", async () => {
    const t = getT();
    const u = await t.signUp();
    const set = EXAMPLE_WORKOUT.sets[0];
    const bad: Array<[unknown, string]> = [
      [
        { ...EXAMPLE_WORKOUT, sets: [{ ...set, exerciseId: "spot-reduction-crunch" }] },
        "body.sets.0.exerciseId",
      ],
      [
        { ...EXAMPLE_WORKOUT, sets: [{ exerciseId: "pullup", reps: 5, loadType: "external" }] },
        "body.sets.0.loadKg",
      ],
      [{ ...EXAMPLE_WORKOUT, date: "2026-02-29" }, "body.date"],
      [{ ...EXAMPLE_WORKOUT, date: "2099-01-01" }, "body.date"],
      [{ ...EXAMPLE_WORKOUT, sets: [], cardio: [] }, "body.sets"],
      [
        { ...EXAMPLE_WORKOUT, cardio: [{ modality: "teleporting", durationS: 600 }] },
        "body.cardio.0.modality",
      ],
      [{ ...EXAMPLE_WORKOUT, userId: "x" }, "body.userId"],
    ];
    for (const [body, path] of bad) {
      const r = await t.json(u, "POST", "/api/users/me/workouts", body);
      expect(r.status, path).toBe(422);
      expect(paths(r.json)).toContain(path);
    }
    expect(((await t.json(u, "GET", "/api/users/me/workouts")).json as { workouts: W[] }).workouts).toEqual(
      [],
    );
  });

  it("replaces a workout's sets on edit and deletes only own workouts", async () => {
    const t = getT();
    const u = await t.signUp();
    const other = await t.signUp();
    const w = (await t.json(u, "POST", "/api/users/me/workouts", EXAMPLE_WORKOUT)).json as W;
    const edited = await t.json(u, "PUT", `/api/users/me/workouts/${w.id}`, {
      date: "2026-11-18",
      title: "Back day, short",
      sets: [{ exerciseId: "pullup", reps: 3, loadType: "bodyweight" }],
    });
    expect(edited.status).toBe(200);
    const e = edited.json as W;
    expect(e.id).toBe(w.id);
    expect(e.sets.map((s) => s.reps)).toEqual([3]);
    expect(e.cardio).toEqual([]);
    expect(
      (await t.json(other, "PUT", `/api/users/${u.userId}/workouts/${w.id}`, EXAMPLE_WORKOUT)).status,
    ).toBe(404);
    expect((await t.json(other, "DELETE", `/api/users/me/workouts/${w.id}`)).status).toBe(404);
    expect((await t.request(u, "DELETE", `/api/users/me/workouts/${w.id}`)).status).toBe(204);
    expect((await t.json(u, "GET", `/api/users/me/workouts/${w.id}`)).status).toBe(404);
  });

  it("rolls an edit back whole when a row fails half-way (old sets, cardio and title stay)", async () => {
    const t = getT();
    const u = await t.signUp();
    const w = (await t.json(u, "POST", "/api/users/me/workouts", EXAMPLE_WORKOUT)).json as W;
    // Every new row gets the same id: the update and the deletions succeed, then the second set
    // collides with the first on its primary key.
    const clash = { ...t.deps, newId: () => "0192f000-0000-7000-8000-000000000000" };
    await expect(
      replaceWorkout(clash, u.userId, w.id, { ...EXAMPLE_WORKOUT, title: "half-written" }),
    ).rejects.toThrow(/clashes/);
    expect(await requireWorkout(t.deps, u.userId, w.id)).toEqual(w);
  });

  it("reports personal records: Epley e1RM (≤ 10 reps), most reps, least assistance", async () => {
    const t = getT();
    const u = await t.signUp();
    await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-01", weightKg: 80 });
    await t.json(u, "POST", "/api/users/me/workouts", EXAMPLE_WORKOUT); // 8 kg × 12, 12, 10
    await t.json(u, "POST", "/api/users/me/workouts", {
      date: "2026-11-19",
      title: "Heavier",
      sets: [
        { exerciseId: "row-dumbbell-one-arm", reps: 5, loadKg: 10, loadType: "external" },
        { exerciseId: "pullup-assisted-machine", reps: 8, loadType: "assisted", assistanceKg: 30 },
        { exerciseId: "pullup-assisted-machine", reps: 6, loadType: "assisted", assistanceKg: 25 },
        { exerciseId: "chinup", reps: 4, loadType: "bodyweight" },
        { exerciseId: "chinup", reps: 6, loadType: "bodyweight" },
      ],
    });
    const r = (await t.json(u, "GET", "/api/users/me/workouts/records")).json as {
      records: Array<{
        exerciseId: string;
        kind: string;
        kg: number | null;
        reps: number | null;
        assistKg: number | null;
        date: string;
      }>;
    };
    const find = (id: string) => r.records.find((x) => x.exerciseId === id);
    const row = find("row-dumbbell-one-arm");
    // 10 kg × 5 → 11.67 beats 8 kg × 10 → 10.67; 12-rep sets are outside Epley's range.
    expect(epley(10, 5)).toBeGreaterThan(epley(8, 10));
    expect(row).toMatchObject({ kind: "e1rm", reps: 5, date: "2026-11-19" });
    expect(row?.kg).toBeCloseTo(epley(10, 5), 10);
    expect(find("pullup-assisted-machine")).toMatchObject({ kind: "min-assist", assistKg: 25, reps: 6 });
    expect(find("chinup")).toMatchObject({ kind: "max-reps", reps: 6 });
  });
});

describeEachDialectApp("workouts: the log is the truth", (getT) => {
  const planned = { ...EXAMPLE_WORKOUT, plannedRef: "plan-1:w3-wed" };
  type R = { records: Array<{ exerciseId: string; kind: string; kg: number | null; workoutId: string }> };
  const rowRecord = async (
    t: ReturnType<typeof getT>,
    u: Awaited<ReturnType<ReturnType<typeof getT>["signUp"]>>,
  ) =>
    ((await t.json(u, "GET", "/api/users/me/workouts/records")).json as R).records.find(
      (r) => r.exerciseId === "row-dumbbell-one-arm" && r.kind === "e1rm",
    );

  it("logs a planned session once a day: a retry replays, a second save is 409 naming the first", async () => {
    const t = getT();
    const u = await t.signUp();
    const first = await t.json(u, "POST", "/api/users/me/workouts", {
      ...planned,
      clientId: "player-aaaa-1",
    });
    expect(first.status).toBe(201);
    const id = (first.json as W).id;
    // The same click retried (same clientId): the first workout, unchanged.
    const retry = await t.json(u, "POST", "/api/users/me/workouts", {
      ...planned,
      clientId: "player-aaaa-1",
    });
    expect(retry.json).toEqual(first.json);
    // The player reopened (fresh clientId), or the same session from a regenerated plan id.
    for (const body of [
      { ...planned, clientId: "player-bbbb-2" },
      { ...planned, plannedRef: "plan-2:w3-wed" },
    ]) {
      const again = await t.json(u, "POST", "/api/users/me/workouts", body);
      expect(again.status).toBe(409);
      expect((again.json as { message: string }).message).toContain(id);
    }
    // Another day, or an unplanned workout, is a new workout.
    expect(
      (await t.json(u, "POST", "/api/users/me/workouts", { ...planned, date: "2026-11-19" })).status,
    ).toBe(201);
    expect((await t.json(u, "POST", "/api/users/me/workouts", EXAMPLE_WORKOUT)).status).toBe(201);
    expect((await t.json(u, "POST", "/api/users/me/workouts", EXAMPLE_WORKOUT)).status).toBe(201);
    const all = ((await t.json(u, "GET", "/api/users/me/workouts")).json as { workouts: W[] }).workouts;
    expect(all).toHaveLength(4);
    // Another user has their own sessions.
    const other = await t.signUp();
    expect((await t.json(other, "POST", "/api/users/me/workouts", planned)).status).toBe(201);
  });

  it("refuses an edit that moves a workout onto a session already logged that day", async () => {
    const t = getT();
    const u = await t.signUp();
    await t.json(u, "POST", "/api/users/me/workouts", planned);
    const b = (await t.json(u, "POST", "/api/users/me/workouts", { ...planned, date: "2026-11-17" }))
      .json as W;
    const moved = await t.json(u, "PATCH", `/api/users/me/workouts/${b.id}`, { date: "2026-11-18" });
    expect(moved.status).toBe(409);
    expect((await requireWorkout(t.deps, u.userId, b.id)).date).toBe("2026-11-17");
    // Its own key is no clash: re-saving the same workout's session works.
    expect((await t.json(u, "PATCH", `/api/users/me/workouts/${b.id}`, { title: "Tuesday" })).status).toBe(
      200,
    );
    // Deleting the first frees the day.
    const list = ((await t.json(u, "GET", "/api/users/me/workouts")).json as { workouts: W[] }).workouts;
    const a = list.find((w) => w.id !== b.id);
    expect((await t.request(u, "DELETE", `/api/users/me/workouts/${a?.id}`)).status).toBe(204);
    expect((await t.json(u, "PATCH", `/api/users/me/workouts/${b.id}`, { date: "2026-11-18" })).status).toBe(
      200,
    );
  });

  it("PATCH changes only what is sent; the merged workout must stay valid", async () => {
    const t = getT();
    const u = await t.signUp();
    const w = (await t.json(u, "POST", "/api/users/me/workouts", planned)).json as W & {
      notes: string | null;
    };
    const r = await t.json(u, "PATCH", `/api/users/me/workouts/${w.id}`, { notes: "felt strong" });
    expect(r.status).toBe(200);
    const p = r.json as W & { notes: string | null; plannedRef: string | null };
    expect(p.notes).toBe("felt strong");
    expect(p.title).toBe(w.title);
    expect(p.plannedRef).toBe("plan-1:w3-wed");
    expect(p.sets.map((s) => [s.setIndex, s.reps, s.loadKg])).toEqual(
      w.sets.map((s) => [s.setIndex, s.reps, s.loadKg]),
    );
    expect(p.cardio).toEqual(w.cardio);
    const empty = await t.json(u, "PATCH", `/api/users/me/workouts/${w.id}`, { sets: [], cardio: [] });
    expect(empty.status).toBe(422);
    expect(paths(empty.json)).toContain("body.sets");
    expect((await t.json(u, "PATCH", `/api/users/me/workouts/${w.id}`, {})).status).toBe(422);
    expect((await t.json(u, "PATCH", `/api/users/me/workouts/${w.id}`, { userId: "x" })).status).toBe(422);
    const other = await t.signUp();
    expect(
      (await t.json(other, "PATCH", `/api/users/${u.userId}/workouts/${w.id}`, { notes: "x" })).status,
    ).toBe(404);
    expect(await requireWorkout(t.deps, u.userId, w.id)).toMatchObject({ notes: "felt strong" });
  });

  it("records follow an edit and a delete", async () => {
    const t = getT();
    const u = await t.signUp();
    // 8 kg × 10 on the 18th (12-rep sets are outside Epley's range).
    const a = (await t.json(u, "POST", "/api/users/me/workouts", planned)).json as W;
    const b = (
      await t.json(u, "POST", "/api/users/me/workouts", {
        date: "2026-11-19",
        title: "Heavy rows",
        sets: [{ exerciseId: "row-dumbbell-one-arm", reps: 5, loadKg: 12, loadType: "external" }],
      })
    ).json as W;
    expect(await rowRecord(t, u)).toMatchObject({ workoutId: b.id });
    expect((await rowRecord(t, u))?.kg).toBeCloseTo(epley(12, 5), 10);
    // A typo fixed: it was 10 kg, not 12. The record falls to what was really lifted.
    const fixed = await t.json(u, "PATCH", `/api/users/me/workouts/${b.id}`, {
      sets: [{ exerciseId: "row-dumbbell-one-arm", reps: 5, loadKg: 10, loadType: "external" }],
    });
    expect(fixed.status).toBe(200);
    expect((await rowRecord(t, u))?.kg).toBeCloseTo(epley(10, 5), 10);
    // Raised on the first workout instead: the record moves there.
    await t.json(u, "PATCH", `/api/users/me/workouts/${a.id}`, {
      sets: [{ exerciseId: "row-dumbbell-one-arm", reps: 8, loadKg: 14, loadType: "external" }],
    });
    expect(await rowRecord(t, u)).toMatchObject({ workoutId: a.id });
    expect((await rowRecord(t, u))?.kg).toBeCloseTo(epley(14, 8), 10);
    // Deleted: the record goes back to the workout that remains.
    expect((await t.request(u, "DELETE", `/api/users/me/workouts/${a.id}`)).status).toBe(204);
    expect(await rowRecord(t, u)).toMatchObject({ workoutId: b.id });
    expect((await t.request(u, "DELETE", `/api/users/me/workouts/${b.id}`)).status).toBe(204);
    expect(await rowRecord(t, u)).toBeUndefined();
  });
});
