import { customExerciseId } from "@leanback/core/training/exercise-match";
import { describe, expect, it } from "vitest";
import { ImportLog } from "./import-problems.js";
import { activityOutcome, EXERCISE_NAME_MAX, exerciseNameOf } from "./workout-rows.js";

const SET = { reps: 5, weightKg: 60, seconds: null, distanceM: null, rpe: null };

describe("exercise names from a file are bounded", () => {
  it("folds spaces and keeps at most 80 characters", () => {
    expect(exerciseNameOf("  Bench   Press\t(Barbell) ")).toBe("Bench Press (Barbell)");
    expect(exerciseNameOf("x".repeat(100_000))).toBe("x".repeat(EXERCISE_NAME_MAX));
    expect(exerciseNameOf(`${"x".repeat(79)}    y`)).toBe("x".repeat(79));
  });

  it("a 100,000-letter name becomes one custom exercise with an 80-letter name, reported as such", () => {
    const log = new ImportLog();
    const name = `Zercher ${"a".repeat(100_000)}`;
    const outcome = activityOutcome({ ...SET, name }, log);
    const kept = name.slice(0, EXERCISE_NAME_MAX);
    expect(outcome).toMatchObject({ kind: "set", set: { exerciseId: customExerciseId(kept), reps: 5 } });
    expect(log.unmatchedNames()).toEqual([{ name: kept, sets: 1 }]);
  });

  it("a long name's problem message quotes the bounded name only", () => {
    const outcome = activityOutcome(
      {
        name: `Plank ${"b".repeat(100_000)}`,
        reps: null,
        weightKg: null,
        seconds: 4000,
        distanceM: null,
        rpe: null,
      },
      new ImportLog(),
    );
    expect(outcome.kind).toBe("problem");
    expect(outcome.kind === "problem" && outcome.reason).toContain(`of "Plank ${"b".repeat(74)}", which`);
  });
});
