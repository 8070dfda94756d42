import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import {
  deleteWorkout,
  getWorkout,
  listWorkouts,
  replaceWorkout,
  saveWorkout,
  type WorkoutInput,
} from "./workouts.js";

const T0 = 1_800_000_000_000;

function input(userId: string, extra: Partial<WorkoutInput> = {}): WorkoutInput {
  return {
    userId,
    date: "2026-11-16",
    title: "Back A",
    plannedRef: "plan-1/w1/d1",
    startedAt: T0,
    finishedAt: T0 + 45 * 60_000,
    notes: null,
    sets: [
      { exerciseId: "pullup-negative", setIndex: 0, reps: 5, loadType: "bodyweight", rpe: 8 },
      { exerciseId: "pullup-negative", setIndex: 1, reps: 4, loadType: "bodyweight", rpe: 9 },
      { exerciseId: "db-row", setIndex: 2, reps: 12, loadKg: 14, loadType: "external" },
      { exerciseId: "assisted-pullup", setIndex: 3, reps: 8, loadType: "assisted", assistanceKg: 25 },
      { exerciseId: "plank", setIndex: 4, loadType: "none", durationS: 40 },
    ],
    cardio: [{ modality: "walk", durationS: 1800, distanceM: 2400, avgHr: 112, metCode: "17200" }],
    ...extra,
  };
}

describeEachDialect("workouts", (getDb) => {
  it("saves a workout with its sets and cardio and reads them back in order", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const w = await saveWorkout(db, input(u.id), T0);
    expect(
      w.sets.map((s) => [
        s.exerciseId,
        s.setIndex,
        s.reps,
        s.loadKg,
        s.loadType,
        s.assistanceKg,
        s.durationS,
      ]),
    ).toEqual([
      ["pullup-negative", 0, 5, null, "bodyweight", null, null],
      ["pullup-negative", 1, 4, null, "bodyweight", null, null],
      ["db-row", 2, 12, 14, "external", null, null],
      ["assisted-pullup", 3, 8, null, "assisted", 25, null],
      ["plank", 4, null, null, "none", null, 40],
    ]);
    expect(w.cardio).toMatchObject([
      { modality: "walk", durationS: 1800, distanceM: 2400, avgHr: 112, metCode: "17200" },
    ]);
    expect(await getWorkout(db, u.id, w.id)).toEqual(w);
    expect(await listWorkouts(db, u.id, { from: "2026-11-16", to: "2026-11-16" })).toEqual([w]);
  });

  it("rolls back the whole workout when one set fails (nothing left behind)", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const bad = input(u.id, {
      sets: [
        { exerciseId: "db-row", setIndex: 0, reps: 10, loadType: "external", loadKg: 12 },
        { exerciseId: "db-row", setIndex: 0, reps: 10, loadType: "external", loadKg: 12 }, // duplicate index
      ],
    });
    await expect(saveWorkout(db, bad, T0)).rejects.toThrow();
    expect(await listWorkouts(db, u.id)).toEqual([]);
    const orphans = await db
      .selectFrom("workout_sets")
      .leftJoin("workouts", "workouts.id", "workout_sets.workout_id")
      .select("workout_sets.id")
      .where("workouts.id", "is", null)
      .execute();
    expect(orphans).toEqual([]);
  });

  it("rolls back when the cardio row fails after the sets were written", async () => {
    const db = getDb();
    const u = await freshUser(db);
    await expect(
      saveWorkout(db, input(u.id, { cardio: [{ modality: "walk", durationS: -1 }] }), T0),
    ).rejects.toThrow();
    expect(await listWorkouts(db, u.id)).toEqual([]);
  });

  it("saves once per clientId, even when replays race", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const w = input(u.id, { clientId: "offline-7" });
    const racing = await Promise.all(Array.from({ length: 8 }, (_, k) => saveWorkout(db, w, T0 + k)));
    const a = racing[0];
    const c = await saveWorkout(db, { ...w, title: "changed" }, T0 + 9);
    expect(racing.every((x) => JSON.stringify(x) === JSON.stringify(a))).toBe(true);
    expect(c).toEqual(a);
    expect(await listWorkouts(db, u.id)).toHaveLength(1);
  });

  it("replaces fields, sets and cardio; id, createdAt and clientId stay; only the owner's", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const w = await saveWorkout(db, input(u.id, { clientId: "offline-1" }), T0);
    const other = await freshUser(db);
    const edit = {
      date: "2026-11-17",
      title: "Back A, short",
      notes: "tired",
      sets: [{ exerciseId: "db-row", setIndex: 0, reps: 10, loadKg: 16, loadType: "external" as const }],
      cardio: [],
    };
    expect(await replaceWorkout(db, other.id, w.id, edit, T0 + 1)).toBeUndefined();
    expect(await replaceWorkout(db, u.id, "no-such-id", edit, T0 + 1)).toBeUndefined();
    const r = await replaceWorkout(db, u.id, w.id, edit, T0 + 1);
    expect(r).toMatchObject({
      id: w.id,
      userId: u.id,
      date: "2026-11-17",
      title: "Back A, short",
      plannedRef: null,
      startedAt: null,
      notes: "tired",
      clientId: "offline-1",
      createdAt: T0,
      updatedAt: T0 + 1,
      cardio: [],
    });
    expect(r?.sets.map((s) => [s.exerciseId, s.setIndex, s.reps, s.loadKg])).toEqual([["db-row", 0, 10, 16]]);
    expect(await getWorkout(db, u.id, w.id)).toEqual(r);
    const sets = await db.selectFrom("workout_sets").select("id").where("workout_id", "=", w.id).execute();
    expect(sets).toHaveLength(1);
  });

  it("rolls a replacement back whole when a row fails (old fields, sets and cardio stay)", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const w = await saveWorkout(db, input(u.id), T0);
    const dup = { exerciseId: "db-row", setIndex: 0, reps: 10, loadType: "external" as const };
    await expect(
      replaceWorkout(
        db,
        u.id,
        w.id,
        { date: "2026-11-17", title: "half", sets: [dup, dup], cardio: [] },
        T0 + 1,
      ),
    ).rejects.toThrow();
    await expect(
      replaceWorkout(
        db,
        u.id,
        w.id,
        { ...input(u.id), cardio: [{ modality: "walk", durationS: -1 }] },
        T0 + 2,
      ),
    ).rejects.toThrow();
    expect(await getWorkout(db, u.id, w.id)).toEqual(w);
  });

  it("deletes a workout and cascades to its sets and cardio", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const w = await saveWorkout(db, input(u.id), T0);
    const other = await freshUser(db);
    expect(await deleteWorkout(db, other.id, w.id)).toBe(false);
    expect(await deleteWorkout(db, u.id, w.id)).toBe(true);
    const sets = await db.selectFrom("workout_sets").select("id").where("workout_id", "=", w.id).execute();
    const cardio = await db
      .selectFrom("workout_cardio")
      .select("id")
      .where("workout_id", "=", w.id)
      .execute();
    expect([sets, cardio]).toEqual([[], []]);
  });
});
