import { describe, expect, it } from "vitest";
import { buildTimeline } from "./interval-timeline.js";
import type { IntervalItem, StrengthItem } from "./program-types.js";
import {
  CHANGEOVER_SECONDS,
  CIRCUIT_ROUND_REST_SECONDS,
  circuitSpec,
  intervalItemSpec,
  sessionParts,
  sessionSeconds,
} from "./session-timeline.js";

const lift = (exerciseId: string, sets: number, restSeconds = 60): StrengthItem => ({
  type: "strength",
  exerciseId,
  name: exerciseId,
  slot: "extra",
  dosage: { kind: "reps", sets, reps: { min: 10, max: 12 }, perSide: false },
  restSeconds,
});

const finisher: IntervalItem = {
  type: "intervals",
  exerciseId: "hiit-bodyweight",
  name: "HIIT",
  role: "finisher",
  timerPattern: "short-bouts",
  warmUp: false,
  coolDown: false,
  description: "",
  minutes: 0,
};

describe("session timelines", () => {
  it("a circuit goes from one exercise straight to the next and rests only between rounds", () => {
    const t = buildTimeline(circuitSpec([lift("a", 3), lift("b", 3)]));
    expect(t.segments.map((s) => `${s.kind}:${s.duration}`)).toEqual([
      "set:36",
      "set:36",
      `round-rest:${CIRCUIT_ROUND_REST_SECONDS}`,
      "set:36",
      "set:36",
      `round-rest:${CIRCUIT_ROUND_REST_SECONDS}`,
      "set:36",
      "set:36",
    ]);
    expect(t.segments[0]?.label).toBe("a: 10–12 reps");
  });

  it("an exercise with fewer sets drops out of the circuit's last rounds", () => {
    const t = buildTimeline(circuitSpec([lift("a", 3), lift("b", 2)]));
    expect(t.segments.filter((s) => s.kind === "set").map((s) => s.label)).toEqual([
      "a: 10–12 reps",
      "b: 10–12 reps",
      "a: 10–12 reps",
      "b: 10–12 reps",
      "a: 10–12 reps",
    ]);
    expect(t.segments.filter((s) => s.kind === "block-rest")).toHaveLength(2);
  });

  it("straight sets rest between sets; active rest puts the burst in each rest", () => {
    const items = [lift("a", 3, 90)];
    expect(sessionSeconds({ format: "straight-sets", items })).toBe(3 * 36 + 2 * 90 + CHANGEOVER_SECONDS);
    const burst = { exerciseId: "shadow-boxing", name: "Shadow boxing", seconds: 45 };
    const [part] = sessionParts({ format: "active-rest", activeRest: burst, items });
    const rests = buildTimeline(part?.spec ?? { name: "x", blocks: [] }).segments.filter(
      (s) => s.kind === "rest",
    );
    expect(rests.map((s) => `${s.label}:${s.duration}`)).toEqual([
      "Active rest: shadow boxing:45",
      "Active rest: shadow boxing:45",
    ]);
  });

  it("a finisher leaves out the pattern's warm-up and cool-down; rounds can be changed", () => {
    expect(buildTimeline(intervalItemSpec(finisher)).totalSeconds).toBe(10 + 6 * 120);
    const main = { ...finisher, role: "main" as const, warmUp: true, coolDown: true, rounds: 8 };
    expect(buildTimeline(intervalItemSpec(main)).totalSeconds).toBe(10 + 300 + 8 * 120 + 300);
  });
});
