import { catalogue } from "@leanback/core/training/catalogue";
import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { generateProgram } from "@leanback/core/training/program-generator";
import { describe, expect, it } from "vitest";
import { sessionSeconds } from "@leanback/core/training/session-timeline";
import {
  dosageText,
  exerciseSteps,
  sessionSteps,
  stepExercises,
  steadySpec,
  type PlayerStep,
} from "./session-steps.js";

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
      expect(steps.flatMap(stepExercises).map((s) => s.exerciseId)).toEqual(
        session.items.map((i) => i.exerciseId),
      );
      for (const s of steps.flatMap((x): PlayerStep[] => (x.kind === "circuit" ? [...x.stations] : [x]))) {
        expect(s.cues).toEqual(catalogue().byId(s.exerciseId).cues);
        if (s.kind === "timed") expect(buildTimeline(s.spec).totalSeconds).toBeGreaterThan(0);
      }
    }
  });

  it("plays circuits as circuits, active rest with its burst, and the plan's minutes on the timers", () => {
    const plan = (level: "beginner" | "intermediate") =>
      generateProgram({
        level,
        equipment: ["dumbbells"],
        days: ["mon", "wed", "fri"],
        minutes: 60,
        weeks: 3,
        seed: "steps",
      });
    const sessions = [...plan("beginner").weeks, ...plan("intermediate").weeks].flatMap((w) => w.sessions);
    const circuit = sessions.find((s) => s.format === "circuit");
    const active = sessions.find((s) => s.format === "active-rest");
    if (!circuit || !active?.activeRest) throw new Error("expected a circuit and an active-rest day");
    const steps = sessionSteps(circuit);
    const c = steps.find((s) => s.kind === "circuit");
    if (c?.kind !== "circuit") throw new Error("no circuit step");
    const lifts = circuit.items.filter((i) => i.type === "strength");
    expect(c.stations.map((s) => s.exerciseId)).toEqual(lifts.map((i) => i.exerciseId));
    expect(c.stations.every((s) => s.restSeconds === 0)).toBe(true);
    expect(steps.filter((s) => s.kind === "strength")).toEqual([]);
    const rests = sessionSteps(active).flatMap((s) => (s.kind === "strength" ? [s] : []));
    expect(rests.length).toBeGreaterThan(0);
    for (const r of rests) {
      expect(r.restSeconds).toBe(active.activeRest.seconds);
      expect(r.restLabel).toBe(`Active rest: ${active.activeRest.name.toLowerCase()}`);
    }
    // Timed steps run the plan's timelines: the session's minutes come from the same specs.
    for (const s of sessions) {
      const timed = sessionSteps(s).flatMap((x) => (x.kind === "timed" ? [x] : []));
      const items = s.items.filter((i) => i.type === "cardio" || i.type === "intervals");
      expect(timed.map((t) => Math.ceil(buildTimeline(t.spec).totalSeconds / 60))).toEqual(
        items.map((i) => i.minutes),
      );
      expect(Math.ceil(sessionSeconds(s) / 60)).toBe(s.minutes);
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
