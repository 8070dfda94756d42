import { dayTotals } from "@leanback/core/nutrition/diary";
import { listDiaryEntries } from "@leanback/db/food/diary-repo";
import { uuidv7 } from "@leanback/db/ids";
import { createUser } from "@leanback/db/repos/users";
import { listWeighIns } from "@leanback/db/repos/weigh-ins";
import { listWorkouts } from "@leanback/db/repos/workouts";
import type { Database } from "@leanback/db/schema";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { strToU8 } from "fflate";
import type { Kysely } from "kysely";
import { expect, it } from "vitest";
import { ImportError } from "../../food/import-report.js";
import {
  MFP_EXERCISE_POUNDS,
  MFP_MEASUREMENT_BARE,
  MFP_NUTRITION_PER_FOOD,
  MFP_NUTRITION_US,
  NUTRITION_HEADER,
  mfpZip,
} from "../../testing/import-fixtures.js";
import { ImportRefusedError, importPersonalFile } from "./personal-import.js";

const NOW = Date.UTC(2026, 11, 1, 12);

async function setup(db: Kysely<Database>) {
  const user = await createUser(db, {
    email: `imp-${uuidv7()}@example.org`,
    passwordHash: "x",
    role: "user",
  });
  return { deps: { db, now: () => NOW, newId: () => uuidv7() }, userId: user.id };
}

describeEachDialect("MyFitnessPal import", (getDb) => {
  it("the zip as sent: per-food rows summed into meals with their macros, weights in lb, exercise; idempotent", async () => {
    const { deps, userId } = await setup(getDb());
    const zip = mfpZip({
      nutrition: MFP_NUTRITION_PER_FOOD,
      measurement: MFP_MEASUREMENT_BARE,
      exercise: MFP_EXERCISE_POUNDS,
    });
    const r = await importPersonalFile(deps, userId, zip, { fileName: "File-Export.zip", weightUnit: "lb" });
    expect(r.written).toBe(true);
    expect(r.files.map((f) => [f.name, f.kind, f.rows]).sort()).toEqual([
      ["Exercise-Summary-2026-10-01-to-2026-10-02.csv", "MyFitnessPal exercise", 4],
      ["Measurement-Summary-2026-10-01-to-2026-10-02.csv", "MyFitnessPal weights", 2],
      ["Nutrition-Summary-2026-10-01-to-2026-10-02.csv", "MyFitnessPal meals", 5],
    ]);
    expect(r.imported).toEqual({ diaryEntries: 4, weighIns: 2, workouts: 2, sets: 5, cardio: 1 });
    expect(r.problems).toEqual([]);
    expect(r.ignored).toEqual([{ reason: "tracker calorie adjustment (not a workout)", count: 1 }]);
    expect(r.unmatchedExercises).toEqual([{ name: "Front Squats, Barbell, Arms Crossed", sets: 3 }]);

    const day = await listDiaryEntries(deps.db, userId, "2026-10-01");
    const totals = dayTotals("2026-10-01", day);
    // The second breakfast food is not dropped, and protein survives (25.5 + 4 + 120 + 0 g).
    expect(totals.day.milli.proteinG).toBe(149_500);
    expect(totals.meals.breakfast.milli).toMatchObject({
      kcal: 500_000,
      proteinG: 29_500,
      fatG: 12_000,
      carbG: 42_000,
      fiberG: 5_000,
      sugarG: 10_000,
      satFatG: 3_500,
      sodiumMg: 500_000,
    });
    expect(totals.meals.lunch.milli.kcal).toBe(1_050_000);
    // "Post-Workout" is a meal MFP lets people name: it lands in snacks.
    expect(totals.meals.snacks.milli.kcal).toBe(200_000);
    expect(totals.day.incomplete).toEqual([]);

    expect((await listWeighIns(deps.db, userId)).map((w) => [w.date, w.weightKg])).toEqual([
      ["2026-10-01", 81.65],
      ["2026-10-02", 81.37],
    ]);
    const workouts = await listWorkouts(deps.db, userId);
    const walk = workouts.find((w) => w.date === "2026-10-01");
    expect(walk?.cardio.map((c) => [c.modality, c.durationS])).toEqual([["walking", 1080]]);
    const strength = workouts.find((w) => w.date === "2026-10-02");
    expect(
      strength?.sets.map((s) => [
        s.exerciseId,
        s.reps,
        s.loadKg === null ? null : Math.round(s.loadKg * 100) / 100,
      ]),
    ).toEqual([
      ["custom:Front Squats, Barbell, Arms Crossed", 10, 43.09],
      ["custom:Front Squats, Barbell, Arms Crossed", 10, 43.09],
      ["custom:Front Squats, Barbell, Arms Crossed", 10, 43.09],
      ["goblet-squat", 12, 15.88],
      ["goblet-squat", 12, 15.88],
    ]);

    const again = await importPersonalFile(deps, userId, zip, {
      fileName: "File-Export.zip",
      weightUnit: "lb",
    });
    expect(again.imported).toEqual({ diaryEntries: 0, weighIns: 0, workouts: 0, sets: 0, cardio: 0 });
    expect(again.alreadyImported).toBe(8);
    expect(await listDiaryEntries(deps.db, userId, "2026-10-01")).toHaveLength(3);
  });

  it("exercise leanback cannot place: over an hour of it stops the import until the person picks what it is", async () => {
    const { deps, userId } = await setup(getDb());
    const csv = [
      "Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note",
      '2026-10-03,"Yoga, Hatha",Cardio,200.0,90,,,,,',
      "2026-10-03,Elliptical Trainer,Cardio,192.0,15,,,,,",
    ].join("\n");
    const e = await importPersonalFile(deps, userId, strToU8(csv), { fileName: "x.csv" }).catch(
      (x: unknown) => x,
    );
    expect((e as ImportRefusedError).report.problems.map((p) => p.reason)).toEqual([
      'over an hour of "Yoga, Hatha", which leanback does not know as cardio: check the file and pick the exercise it is, or skip the row',
    ]);
    const r = await importPersonalFile(deps, userId, strToU8(csv), {
      fileName: "x.csv",
      exerciseMap: { "Yoga, Hatha": "fitness-class" },
    });
    expect(r.unmatchedExercises).toEqual([]);
    const [w] = await listWorkouts(deps.db, userId);
    expect(w?.cardio.map((c) => [c.modality, c.durationS]).sort()).toEqual([
      ["elliptical", 900],
      ["fitness-class", 5400],
    ]);
  });

  it("a bare nutrition CSV with US dates (MM/DD/YYYY and M/D/YYYY)", async () => {
    const { deps, userId } = await setup(getDb());
    const r = await importPersonalFile(deps, userId, strToU8(MFP_NUTRITION_US), {
      fileName: "Nutrition-Summary.csv",
    });
    expect(r.imported.diaryEntries).toBe(3);
    const nov5 = dayTotals("2026-11-05", await listDiaryEntries(deps.db, userId, "2026-11-05"));
    expect([nov5.day.milli.kcal, nov5.day.milli.proteinG]).toEqual([1_120_000, 80_000]);
    expect((await listDiaryEntries(deps.db, userId, "2026-01-06")).map((e) => e.meal)).toEqual(["lunch"]);
  });

  it("bad rows refuse the whole import, nothing written; skipBadRows imports the rest and lists them", async () => {
    const { deps, userId } = await setup(getDb());
    const csv = [
      NUTRITION_HEADER,
      "2026-11-07,Breakfast,400,1,1,0,0,0,0,1,0,1,1,1,20,0,0,0,0,",
      "2026-11-07,Breakfast,401,1,1,0,0,0,0,1,0,1,1,1,20,0,0,0,0,", // a second row for a meal
      "31/12/2026,Lunch,500,1,1,0,0,0,0,1,0,1,1,1,20,0,0,0,0,", // day-first: not a US date
      "2026-11-07,Dinner,abc,1,1,0,0,0,0,1,0,1,1,1,20,0,0,0,0,",
      "2026-11-07,Snacks,100,1", // too few fields
      "2026-11-08,Lunch,600,1,1,0,0,0,0,1,0,1,1,1,-5,0,0,0,0,",
      "2026-11-08,Dinner,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,", // nothing eaten: left out, not an error
      "2026-11-09,Dinner,700,1,1,0,0,0,0,1,0,1,1,1,40,0,0,0,0,",
    ].join("\n");
    const refused = await importPersonalFile(deps, userId, strToU8(csv), { fileName: "n.csv" }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ImportRefusedError);
    const report = (refused as ImportRefusedError).report;
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, "a second row for 2026-11-07 Breakfast (this file has one row per meal)"],
      [4, 'Date "31/12/2026" is not YYYY-MM-DD or MM/DD/YYYY'],
      [5, "Calories must be a number 0–20000"],
      [6, "expected 20 fields, found 4"],
      [7, "Protein (g) must be a number 0–5000"],
    ]);
    expect(await listDiaryEntries(deps.db, userId, "2026-11-07")).toEqual([]);
    expect(await listDiaryEntries(deps.db, userId, "2026-11-09")).toEqual([]);

    const r = await importPersonalFile(deps, userId, strToU8(csv), { fileName: "n.csv", skipBadRows: true });
    expect(r.written).toBe(true);
    expect(r.imported.diaryEntries).toBe(2);
    expect(r.problems).toHaveLength(5);
    expect(r.ignored).toEqual([{ reason: "meal with no calories", count: 1 }]);
    expect((await listDiaryEntries(deps.db, userId, "2026-11-07")).map((e) => e.quickMilliKcal)).toEqual([
      400_000,
    ]);
  });

  it("lists the first 50 problems and counts the rest", async () => {
    const { deps, userId } = await setup(getDb());
    const rows = Array.from({ length: 75 }, (_, i) => `2026-13-${String(i).padStart(2, "0")},Lunch,1,`);
    const csv = ["Date,Meal,Calories,Note", ...rows].join("\n");
    const e = await importPersonalFile(deps, userId, strToU8(csv), { fileName: "n.csv" }).catch(
      (x: unknown) => x,
    );
    const report = (e as ImportRefusedError).report;
    expect(report.problems).toHaveLength(50);
    expect(report.moreProblems).toBe(25);
    expect(report.problems[0]?.line).toBe(2);
  });

  it("weights: a file that does not say kg or lb is refused without a unit; kg by header; other users untouched", async () => {
    const { deps, userId } = await setup(getDb());
    const other = await setup(getDb());
    await importPersonalFile(other.deps, other.userId, strToU8("Date,Weight (kg)\n2026-10-05,70.2\n"), {
      fileName: "m.csv",
    });
    const refused = await importPersonalFile(deps, userId, mfpZip({ measurement: MFP_MEASUREMENT_BARE }), {
      fileName: "export.zip",
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportError);
    expect((refused as Error).message).toMatch(/does not say whether its weights are kg or lb/);
    expect(await listWeighIns(deps.db, userId)).toEqual([]);

    const kg = await importPersonalFile(
      deps,
      userId,
      strToU8("Date,Weight (kg),Waist\n2026-10-05,85.5,\n2026-10-06,,90\n2026-10-05,85.0,\n2099-01-01,80,\n"),
      { fileName: "m.csv", skipBadRows: true },
    );
    expect(kg.imported.weighIns).toBe(1);
    expect(kg.problems.map((p) => p.reason)).toEqual([
      "a second weight for 2026-10-05",
      "the date is in the future",
    ]);
    expect((await listWeighIns(deps.db, userId)).map((w) => w.weightKg)).toEqual([85.5]);
    expect((await listWeighIns(other.deps.db, other.userId)).map((w) => w.weightKg)).toEqual([70.2]);
  });
});
