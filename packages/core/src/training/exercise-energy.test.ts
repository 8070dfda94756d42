import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { workoutNetKcal } from "./exercise-energy.js";
import type { PerformedSession } from "./workout-log.js";

const rowing: PerformedSession = {
  id: "s",
  plannedSessionId: null,
  date: "2026-11-20",
  bodyWeightKg: 80,
  entries: [{ kind: "cardio", exerciseId: "rowing-machine", durationSeconds: 1800, activityCode: "02071" }],
};

describe("workoutNetKcal", () => {
  it("30 min rowing at 5.0 MET, 80 kg: gross 200 kcal, net 165 with RMR 1680 (SCIENCE.md §4)", () => {
    const e = workoutNetKcal(rowing, { rmrKcal: 1680 });
    expect(e.netKcal).toBeCloseTo(165, 9);
    expect(e.method).toBe("rmr");
    expect(e.informationOnly).toBe(true);
    expect(e.addToIntakeTarget).toBe(false);
  });

  it("falls back to (MET − 1)·kg·h and counts strength sets at 3.5 MET", () => {
    expect(workoutNetKcal(rowing).netKcal).toBeCloseTo(160, 9);
    const strength: PerformedSession = {
      ...rowing,
      entries: [
        {
          kind: "strength",
          exerciseId: "pushup",
          sets: Array(15).fill({ reps: 10, load: { kind: "bodyweight" } }),
        },
      ],
    };
    // 15 sets × 2 min = 30 min at 3.5 MET: (3.5 − 1)·80·0.5 = 100 kcal
    expect(workoutNetKcal(strength).netKcal).toBeCloseTo(100, 9);
    expect(workoutNetKcal(strength).minutes).toBe(30);
  });

  it("needs a Compendium code for cardio", () => {
    const bad: PerformedSession = {
      ...rowing,
      entries: [{ kind: "cardio", exerciseId: "x", durationSeconds: 600 }],
    };
    expect(() => workoutNetKcal(bad)).toThrow(InvalidInputError);
  });
});
