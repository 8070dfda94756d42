import { describe, expect, it } from "vitest";
import { nextLoads, type LoggedWorkout } from "./next-loads.js";
import { generateProgram } from "./program-generator.js";
import type { StrengthItem } from "./program-types.js";

const plan = generateProgram({
  level: "intermediate",
  equipment: ["dumbbells", "pullup-bar"],
  days: ["mon", "wed", "fri"],
  minutes: 60,
  weeks: 6,
  seed: "next-loads",
  bodyWeightKg: 80,
  sex: "male",
});
const mon = plan.weeks[0]?.sessions.find((s) => s.day === "mon");
const lift = mon?.items.find(
  (i): i is StrengthItem => i.type === "strength" && i.load?.kind === "external" && i.dosage.kind === "reps",
);
if (!lift || lift.dosage.kind !== "reps" || lift.load?.kind !== "external") throw new Error("no loaded lift");
const { reps } = lift.dosage;
const kg = lift.load.kg;
const workout = (
  ref: string | null,
  rpe: number | null,
  done = reps.max,
  date = "2026-11-02",
): LoggedWorkout => ({
  date,
  plannedRef: ref,
  sets: Array.from({ length: lift.dosage.sets }, () => ({
    exerciseId: lift.exerciseId,
    reps: done,
    loadKg: kg,
    loadType: "external" as const,
    assistanceKg: null,
    rpe,
  })),
});
const only = (w: readonly LoggedWorkout[]) =>
  nextLoads(plan, w, "kg").find((x) => x.exerciseId === lift.exerciseId);

describe("next loads from the log", () => {
  it("reads the latest session against what the plan asked that day", () => {
    const up = only([workout(`${plan.id}:w1-mon`, 7)]);
    expect(up?.change).toBe("up");
    expect(up?.load.kind === "external" && up.load.kg).toBeGreaterThan(kg);
    expect(only([workout(`${plan.id}:w1-mon`, 8.5)])?.change).toBe("hold");
    expect(only([workout(`${plan.id}:w1-mon`, 10)])?.change).toBe("down");
    expect(only([workout(`${plan.id}:w1-mon`, 8, reps.min - 1)])?.change).toBe("down");
    // The latest workout decides: an easy day after a hard one moves the load up.
    expect(
      only([workout(null, 10, reps.max, "2026-11-01"), workout(null, 6, reps.max, "2026-11-03")])?.change,
    ).toBe("up");
  });

  it("a lighter week's session moves nothing", () => {
    expect(only([workout(`${plan.id}:w5-mon`, 6)])).toMatchObject({ change: "hold", reason: /lighter week/ });
  });
});
