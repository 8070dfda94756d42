import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import {
  effectiveLoadKg,
  parsePerformedSession,
  planAdherence,
  sessionResultFor,
  sessionVolumeKg,
  workoutSessionKey,
  type PerformedSession,
  type PlannedSession,
} from "./workout-log.js";

const plan: PlannedSession = {
  id: "p1",
  date: "2026-11-20",
  deload: false,
  strength: [
    {
      exerciseId: "pullup-assisted-machine",
      dosage: { kind: "reps", sets: 3, reps: { min: 8, max: 12 }, perSide: false },
      load: { kind: "assisted", assistKg: 25 },
      restSeconds: 90,
    },
    {
      exerciseId: "row-dumbbell-one-arm",
      dosage: { kind: "reps", sets: 3, reps: { min: 10, max: 12 }, perSide: true },
      load: { kind: "external", kg: 10, equipment: "dumbbell" },
      restSeconds: 60,
    },
  ],
  cardio: [{ exerciseId: "rowing-machine", minutes: 30, activityCode: "02071" }],
};

const done: PerformedSession = {
  id: "s1",
  plannedSessionId: "p1",
  date: "2026-11-20",
  bodyWeightKg: 80,
  entries: [
    {
      kind: "strength",
      exerciseId: "pullup-assisted-machine",
      sets: [
        { reps: 10, load: { kind: "assisted", assistKg: 25 }, rpe: 8 },
        { reps: 9, load: { kind: "assisted", assistKg: 25 } },
      ],
    },
    {
      kind: "cardio",
      exerciseId: "rowing-machine",
      durationSeconds: 1800,
      distanceM: 6000,
      avgHeartRate: 140,
      activityCode: "02071",
    },
  ],
};

describe("workout log", () => {
  it("effective load: assistance subtracts from, added load adds to body weight", () => {
    expect(effectiveLoadKg({ kind: "assisted", assistKg: 25 }, 80)).toBe(55);
    expect(effectiveLoadKg({ kind: "added", kg: 10 }, 80)).toBe(90);
    expect(effectiveLoadKg({ kind: "bodyweight" }, 80)).toBe(80);
    expect(effectiveLoadKg({ kind: "external", kg: 12.5, equipment: "dumbbell" }, 80)).toBe(12.5);
    expect(effectiveLoadKg({ kind: "assisted", assistKg: 120 }, 80)).toBe(0);
    expect(() => effectiveLoadKg({ kind: "bodyweight" }, 0)).toThrow(InvalidInputError);
  });

  it("volume uses the effective load", () => {
    expect(sessionVolumeKg(done)).toBe(19 * 55);
  });

  it("compares planned with performed", () => {
    expect(planAdherence(plan, done)).toEqual([
      { exerciseId: "pullup-assisted-machine", planned: 3, performed: 2, unit: "sets", status: "partial" },
      { exerciseId: "row-dumbbell-one-arm", planned: 3, performed: 0, unit: "sets", status: "skipped" },
      { exerciseId: "rowing-machine", planned: 30, performed: 30, unit: "minutes", status: "done" },
    ]);
    expect(planAdherence(plan, null).every((e) => e.status === "skipped")).toBe(true);
  });

  it("feeds progression: missed, deload or performed", () => {
    expect(sessionResultFor("row-dumbbell-one-arm", plan, done)).toEqual({ kind: "missed" });
    expect(sessionResultFor("pullup-assisted-machine", plan, null)).toEqual({ kind: "missed" });
    expect(sessionResultFor("pullup-assisted-machine", plan, done).kind).toBe("performed");
    expect(sessionResultFor("pullup-assisted-machine", { ...plan, deload: true }, done).kind).toBe("deload");
  });

  it("parses at the boundary and names the bad field", () => {
    expect(parsePerformedSession(JSON.parse(JSON.stringify(done)))).toEqual(done);
    try {
      parsePerformedSession({
        ...done,
        entries: [{ kind: "strength", exerciseId: "x", sets: [{ reps: 5, load: { kind: "assisted" } }] }],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).field).toBe("entries.0.sets.0.load.assistKg");
    }
    expect(() => parsePerformedSession({ ...done, date: "20.11.2026" })).toThrow(InvalidInputError);
    const hr = {
      kind: "cardio",
      exerciseId: "rowing-machine",
      durationSeconds: 600,
      avgHeartRate: 150,
      maxHeartRate: 140,
    };
    expect(() => parsePerformedSession({ ...done, entries: [hr] })).toThrow(/maximum heart rate/);
  });
});

describe("workoutSessionKey", () => {
  it("names the day and the planned session, not the plan version", () => {
    expect(workoutSessionKey("2026-11-20", "0192abcd:w3-fri")).toBe("2026-11-20/w3-fri");
    // The same session played from the device's fallback plan has the same key.
    expect(workoutSessionKey("2026-11-20", "local-plan:w3-fri")).toBe(
      workoutSessionKey("2026-11-20", "0192abcd:w3-fri"),
    );
    // Another day, another key: the same planned session may be made up later.
    expect(workoutSessionKey("2026-11-21", "0192abcd:w3-fri")).not.toBe(
      workoutSessionKey("2026-11-20", "0192abcd:w3-fri"),
    );
    expect(workoutSessionKey("2026-11-20", "w3-fri")).toBe("2026-11-20/w3-fri");
  });

  it("has no key for an unplanned workout", () => {
    expect(workoutSessionKey("2026-11-20", null)).toBeNull();
    expect(workoutSessionKey("2026-11-20", undefined)).toBeNull();
    expect(workoutSessionKey("2026-11-20", "")).toBeNull();
    expect(workoutSessionKey("2026-11-20", "plan:")).toBeNull();
  });
});
