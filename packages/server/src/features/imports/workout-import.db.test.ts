import { uuidv7 } from "@leanback/db/ids";
import { upsertProfile } from "@leanback/db/repos/profiles";
import { createUser } from "@leanback/db/repos/users";
import { listWorkouts, type Workout } from "@leanback/db/repos/workouts";
import type { Database } from "@leanback/db/schema";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { strToU8 } from "fflate";
import type { Kysely } from "kysely";
import { expect, it } from "vitest";
import { ImportError } from "../../food/import-report.js";
import {
  HEVY_KG,
  HEVY_LBS,
  STRONG_COMMA,
  STRONG_QUOTED,
  STRONG_SEMICOLON,
} from "../../testing/import-fixtures.js";
import { InvalidInputError } from "@leanback/core/errors";
import { logWorkout, patchWorkout } from "../workouts/workouts.js";
import { ImportRefusedError, importPersonalFile } from "./personal-import.js";

const NOW = Date.UTC(2026, 11, 1, 12);

async function setup(db: Kysely<Database>) {
  const user = await createUser(db, { email: `wk-${uuidv7()}@example.org`, passwordHash: "x", role: "user" });
  return { deps: { db, now: () => NOW, newId: () => uuidv7() }, userId: user.id };
}

const kg = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const setsOf = (w: Workout | undefined) =>
  (w?.sets ?? []).map((s) => [
    s.exerciseId,
    s.reps,
    s.loadType,
    kg(s.loadKg),
    kg(s.assistanceKg),
    s.rpe,
    s.durationS,
  ]);

describeEachDialect("Strong and Hevy import", (getDb) => {
  it("Strong, comma layout: refused without a unit; in lb: tags, RPE, rest timers, cardio, custom names", async () => {
    const { deps, userId } = await setup(getDb());
    const noUnit = await importPersonalFile(deps, userId, strToU8(STRONG_COMMA), {
      fileName: "strong.csv",
    }).catch((e: unknown) => e);
    expect(noUnit).toBeInstanceOf(ImportError);
    expect(await listWorkouts(deps.db, userId)).toEqual([]);

    const r = await importPersonalFile(deps, userId, strToU8(STRONG_COMMA), {
      fileName: "strong.csv",
      weightUnit: "lb",
      format: "strong",
    });
    expect(r.format).toBe("strong");
    expect(r.imported).toEqual({ diaryEntries: 0, weighIns: 0, workouts: 2, sets: 5, cardio: 1 });
    expect(r.ignored).toEqual([{ reason: "Strong rest-timer row (not a set)", count: 1 }]);
    expect(r.notes).toContain(
      "1 warm-up, drop or failure set is kept as ordinary sets (the workout log has no set types)",
    );
    expect(r.unmatchedExercises).toEqual([
      { name: "Deadlift (Barbell)", sets: 1 },
      { name: "Lateral Raise (Dumbbell)", sets: 1 },
    ]);
    const [a, b] = await listWorkouts(deps.db, userId);
    expect(a?.title).toBe("Back, day A");
    expect(a?.date).toBe("2026-09-15");
    // No profile: wall-clock times read in UTC; 1h 5m of duration.
    expect([a?.startedAt, a?.finishedAt]).toEqual([
      Date.UTC(2026, 8, 15, 11, 22, 57),
      Date.UTC(2026, 8, 15, 12, 27, 57),
    ]);
    expect(setsOf(a)).toEqual([
      ["pullup", 3, "bodyweight", null, null, null, null],
      ["pullup", 8, "bodyweight", null, null, 8.5, null],
      ["row-dumbbell-bent-over", 10, "external", 22.68, null, null, null],
      ["custom:Lateral Raise (Dumbbell)", 12, "external", 6.8, null, null, null],
    ]);
    expect(a?.cardio.map((c) => [c.modality, c.durationS, c.distanceM])).toEqual([["running", 1500, 4989]]);
    expect(setsOf(b)).toEqual([["custom:Deadlift (Barbell)", 5, "external", 102.06, null, 9, null]]);

    // An imported workout with a custom exercise edits like any other; a malformed custom id is refused.
    const edited = await patchWorkout(deps, userId, b?.id ?? "", { title: "Deadlift day" });
    expect(edited.sets.map((s) => s.exerciseId)).toEqual(["custom:Deadlift (Barbell)"]);
    await expect(
      logWorkout(deps, userId, {
        date: "2026-09-20",
        title: "x",
        sets: [{ exerciseId: "custom:", reps: 5, loadType: "bodyweight" }],
      }),
    ).rejects.toThrow(InvalidInputError);

    const again = await importPersonalFile(deps, userId, strToU8(STRONG_COMMA), {
      fileName: "s.csv",
      weightUnit: "lb",
    });
    expect([again.imported.workouts, again.alreadyImported]).toEqual([0, 2]);
    expect(await listWorkouts(deps.db, userId)).toHaveLength(2);
  });

  it("Strong, the oldest layout: the unit is the column name (lbs, mi.)", async () => {
    const { deps, userId } = await setup(getDb());
    const csv = [
      "Date;Workout Name;Exercise Name;Set Order;lbs;Reps;mi.;Seconds;Notes;Workout Notes",
      '2018-03-01 18:00:00;"Old";"Goblet Squat (Dumbbell)";1;44;10;;;"";""',
      '2018-03-01 18:00:00;"Old";"Cycling (Indoor)";1;;;2.4;2100;"";""',
    ].join("\n");
    const r = await importPersonalFile(deps, userId, strToU8(csv), { fileName: "export_0.csv" });
    expect(r.imported).toMatchObject({ workouts: 1, sets: 1, cardio: 1 });
    const [w] = await listWorkouts(deps.db, userId);
    expect(setsOf(w)).toEqual([["goblet-squat", 10, "external", 19.96, null, null, null]]);
    expect(w?.cardio.map((c) => [c.modality, c.durationS, c.distanceM])).toEqual([["cycling", 2100, 3862]]);
  });

  it("Strong, comma layout without any weight needs no unit", async () => {
    const { deps, userId } = await setup(getDb());
    const csv = [
      "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
      '2026-09-18 07:00:00,"Bodyweight",20m,"Push Up",1,0,15,0,0,"","",',
      '2026-09-18 07:00:00,"Bodyweight",20m,"Plank",1,,,,45,"","",',
    ].join("\n");
    const r = await importPersonalFile(deps, userId, strToU8(csv), { fileName: "strong.csv" });
    expect(r.imported).toMatchObject({ workouts: 1, sets: 2 });
  });

  it("the review step: a check writes nothing and lists unmatched names; the names chosen then are used", async () => {
    const { deps, userId } = await setup(getDb());
    const opts = { fileName: "strong.csv", weightUnit: "lb" as const };
    const check = await importPersonalFile(deps, userId, strToU8(STRONG_COMMA), { ...opts, dryRun: true });
    expect(check.written).toBe(false);
    expect(check.imported.workouts).toBe(0);
    expect(check.unmatchedExercises.map((u) => u.name)).toEqual([
      "Deadlift (Barbell)",
      "Lateral Raise (Dumbbell)",
    ]);
    expect(await listWorkouts(deps.db, userId)).toEqual([]);

    const r = await importPersonalFile(deps, userId, strToU8(STRONG_COMMA), {
      ...opts,
      exerciseMap: { "Lateral Raise (Dumbbell)": "rear-delt-fly" },
    });
    expect(r.unmatchedExercises.map((u) => u.name)).toEqual(["Deadlift (Barbell)"]);
    const [a] = await listWorkouts(deps.db, userId);
    expect(a?.sets.map((s) => s.exerciseId)).toContain("rear-delt-fly");
    expect(a?.sets.map((s) => s.exerciseId)).not.toContain("custom:Lateral Raise (Dumbbell)");
  });

  it("Strong, semicolon layout with unit columns (mixed kg and lbs), quoted semicolons, miles", async () => {
    const { deps, userId } = await setup(getDb());
    const r = await importPersonalFile(deps, userId, strToU8(STRONG_SEMICOLON), { fileName: "strong.csv" });
    expect(r.imported).toMatchObject({ workouts: 1, sets: 2, cardio: 1 });
    const [w] = await listWorkouts(deps.db, userId);
    expect(w?.title).toBe("Morning; early");
    expect(w?.notes).toBe("felt good; slept well");
    expect(w?.finishedAt).toBe(Date.UTC(2026, 8, 20, 7, 50));
    expect(setsOf(w)).toEqual([
      ["row-cable-seated", 10, "external", 60, null, 7, null],
      ["row-cable-seated", 8, "external", 59.87, null, null, null],
    ]);
    expect(w?.cardio.map((c) => [c.modality, c.durationS, c.distanceM])).toEqual([["cycling", 2100, 3862]]);
  });

  it("Strong, quoted layout with Workout # and units in the header; times in the person's time zone", async () => {
    const { deps, userId } = await setup(getDb());
    await upsertProfile(deps.db, {
      userId,
      sex: "female",
      birthDate: "1990-01-01",
      heightMm: 1700,
      unitSystem: "metric",
      floorKcal: null,
      pal: 1.5,
      bodyFatPct: null,
      goal: null,
      equipment: null,
      schedule: null,
      cardioPrefs: null,
      exclusions: null,
      pullupAnswer: null,
      timezone: "Europe/Berlin",
    });
    const r = await importPersonalFile(deps, userId, strToU8(STRONG_QUOTED), { fileName: "strong.csv" });
    expect(r.imported).toMatchObject({ workouts: 1, sets: 2, cardio: 1 });
    expect(r.unmatchedExercises).toEqual([]);
    const [w] = await listWorkouts(deps.db, userId);
    // 19:31:01 in Berlin (CEST, UTC+2) is 17:31:01 UTC.
    expect([w?.startedAt, w?.finishedAt]).toEqual([
      Date.UTC(2026, 8, 22, 17, 31, 1),
      Date.UTC(2026, 8, 22, 18, 31, 1),
    ]);
    expect(setsOf(w)).toEqual([
      ["goblet-squat", 12, "external", 20, null, null, null],
      ["plank", null, "bodyweight", null, null, null, 60],
    ]);
    expect(w?.cardio.map((c) => [c.modality, c.durationS, c.distanceM])).toEqual([["rowing", 480, 2000]]);
  });

  it("Hevy in kg and in lbs: set types kept, assisted load as assistance, cardio time and distance", async () => {
    const { deps, userId } = await setup(getDb());
    const r = await importPersonalFile(deps, userId, strToU8(HEVY_KG), { fileName: "workouts.csv" });
    expect(r.format).toBe("hevy");
    expect(r.notes).toContain(
      "2 warm-up, drop or failure sets are kept as ordinary sets (the workout log has no set types)",
    );
    expect(r.notes).toContain(
      "supersets are kept as ordinary sets in the order of the file (the workout log has no supersets)",
    );
    expect(r.imported).toMatchObject({ workouts: 2, sets: 5, cardio: 1 });
    const [pull, legs] = await listWorkouts(deps.db, userId);
    expect([pull?.startedAt, pull?.finishedAt]).toEqual([
      Date.UTC(2025, 11, 1, 10, 53),
      Date.UTC(2025, 11, 1, 12, 2),
    ]);
    expect(setsOf(pull)).toEqual([
      ["pullup", 5, "bodyweight", null, null, null, null],
      ["pullup", 10, "bodyweight", null, null, 7.5, null],
      ["pullup-assisted-machine", 8, "assisted", null, 20, null, null],
      ["lat-pulldown-wide", 10, "external", 70.5, null, 9, null],
    ]);
    expect(pull?.cardio.map((c) => [c.modality, c.durationS, c.distanceM])).toEqual([["running", 240, 1200]]);
    expect(legs?.title).toBe("Gut Check 🚀");
    expect(legs?.notes).toBe("legs, then core");
    expect(setsOf(legs)).toEqual([["bulgarian-split-squat", 10, "bodyweight", 12, null, null, null]]);

    const lbs = await importPersonalFile(deps, userId, strToU8(HEVY_LBS), { fileName: "workouts.csv" });
    expect(lbs.imported).toMatchObject({ workouts: 1, sets: 1, cardio: 1 });
    const push = (await listWorkouts(deps.db, userId)).find((w) => w.title === "Push");
    expect(setsOf(push)).toEqual([["dumbbell-bench-press", 13, "external", 40, null, null, null]]);
    expect(push?.cardio.map((c) => [c.modality, c.durationS, c.distanceM])).toEqual([
      ["running", 1200, 3219],
    ]);
  });

  it("hostile workout files: bad rows refuse everything; future dates, RPE, times; wrong format named", async () => {
    const { deps, userId } = await setup(getDb());
    const header = HEVY_KG.split("\n")[0] ?? "";
    const csv = [
      header,
      '"A","1 Nov 2026, 10:00","1 Nov 2026, 11:00","","Pull Up",,"",0,"normal",,8,,,',
      '"A","1 Nov 2026, 10:00","1 Nov 2026, 11:00","","Pull Up",,"",1,"normal",,8,,,11', // RPE 11
      '"A","1 Nov 2026, 10:00","1 Nov 2026, 11:00","","Pull Up",,"",2,"normal",,8.5,,,', // half a rep
      '"B","31 Nov 2026, 10:00","","","Pull Up",,"",0,"normal",,8,,,', // no 31 November
      '"C","5 Jan 2027, 10:00","","","Pull Up",,"",0,"normal",,8,,,', // in the future
      '"D","2 Nov 2026, 10:00","","","Running",,"",0,"normal",,,3,30,', // 30 s of cardio
      '"E","3 Nov 2026, 10:00","","","Plank",,"",0,"normal",,,,7200,', // a two-hour timed set
      '"F","4 Nov 2026, 10:00","","","Pull Up",,"",0,"normal",-5,8,,,',
    ].join("\n");
    const e = await importPersonalFile(deps, userId, strToU8(csv), { fileName: "w.csv" }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ImportRefusedError);
    expect((e as ImportRefusedError).report.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, "RPE must be 1–10 in steps of 0.5"],
      [4, "reps must be a whole number"],
      [5, 'start_time "31 Nov 2026, 10:00" is not a date and time such as 30 Jun 2025, 19:56'],
      [6, "the workout of 2027-01-05 is in the future"],
      [7, "a cardio bout needs its time, at least 60 s"],
      [8, "a timed set lasts at most 3600 s"],
      [9, "weight is not a number ≥ 0"],
    ]);
    expect(await listWorkouts(deps.db, userId)).toEqual([]);
    const skipped = await importPersonalFile(deps, userId, strToU8(csv), {
      fileName: "w.csv",
      skipBadRows: true,
    });
    expect(skipped.imported).toMatchObject({ workouts: 1, sets: 1 });

    const wrong = await importPersonalFile(deps, userId, strToU8(HEVY_KG), {
      fileName: "w.csv",
      format: "strong",
    }).catch((x: unknown) => x);
    expect((wrong as Error).message).toBe("w.csv is a Hevy export, not Strong");
  });
});
