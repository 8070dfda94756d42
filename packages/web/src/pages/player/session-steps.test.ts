import { catalogue } from "@leanback/core/training/catalogue";
import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { generateProgram } from "@leanback/core/training/program-generator";
import { describe, expect, it } from "vitest";
import { dosageText, exerciseSteps, sessionSteps, steadySpec } from "./session-steps.js";

describe("session steps", () => {
  it("every item of a generated plan becomes a step with its catalogue cues", () => {
    const plan = generateProgram({
      level: "beginner",
      equipment: ["pullup-bar", "dumbbells"],
      days: ["mon", "wed", "fri", "sat"],
      minutes: 45,
      weeks: 2,
      seed: "steps",
    });
    for (const session of plan.weeks.flatMap((w) => w.sessions)) {
      const steps = sessionSteps(session);
      expect(steps.map((s) => s.exerciseId)).toEqual(session.items.map((i) => i.exerciseId));
      for (const s of steps) {
        expect(s.cues).toEqual(catalogue().byId(s.exerciseId).cues);
        if (s.kind === "timed") expect(buildTimeline(s.spec).totalSeconds).toBeGreaterThan(0);
      }
    }
  });

  it("an assisted exercise logs assistance; its dose comes from the catalogue", () => {
    const [step] = exerciseSteps("pullup-assisted-machine");
    const d = catalogue().byId("pullup-assisted-machine").dosage;
    expect(step?.kind).toBe("strength");
    if (step?.kind !== "strength" || d.type !== "reps") throw new Error("unexpected step");
    expect(step.loadType).toBe("assisted");
    expect(step.sets).toBe(d.sets);
    expect(step.target).toBe(`${d.repsMin}–${d.repsMax} reps${d.perSide ? " each side" : ""}`);
  });

  it("dosage text and steady bouts", () => {
    expect(dosageText({ kind: "reps", sets: 3, reps: { min: 12, max: 12 }, perSide: true })).toBe(
      "12 reps each side",
    );
    expect(dosageText({ kind: "duration", sets: 1, seconds: 30, perSide: false })).toBe("30 s");
    // 90 min splits into two 45 min parts (a step is at most an hour).
    const t = buildTimeline(steadySpec("Rowing", 90, "steady"));
    expect(t.segments.filter((s) => s.kind === "work").map((s) => s.duration)).toEqual([2700, 2700]);
  });
});
