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
