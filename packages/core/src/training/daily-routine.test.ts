import { describe, expect, it } from "vitest";
import { catalogue } from "./catalogue.js";
import {
  DAILY_ROUTINE_IDS,
  DAILY_ROUTINE_PATTERN,
  ROUTINE_GAP_SECONDS,
  dailyRoutine,
  routineSpec,
} from "./daily-routine.js";
import { buildTimeline } from "./interval-timeline.js";
import { intervalPattern } from "./interval-templates.js";
import { setSeconds } from "./prescription.js";

describe("the daily posture and low-back routine", () => {
  it("needs nothing, never jumps, and runs 5–10 min on its timer", () => {
    for (const id of DAILY_ROUTINE_IDS) {
      const e = catalogue().byId(id);
      expect(e.equipment, id).toEqual(["none"]);
      expect(e.jumping, id).toBe(false);
    }
    const r = dailyRoutine([]);
    const seconds = buildTimeline(intervalPattern(DAILY_ROUTINE_PATTERN).spec).totalSeconds;
    expect(r.minutes).toBe(Math.ceil(seconds / 60));
    expect(r.minutes).toBeGreaterThanOrEqual(5);
    expect(r.minutes).toBeLessThanOrEqual(10);
    expect(r.description).toMatch(new RegExp(`; ${r.minutes} min in all$`));
  });

  it("is the timer pattern, move for move: each move's dose, a pause between moves", () => {
    const r = dailyRoutine([]);
    expect(r.timerPattern).toBe(DAILY_ROUTINE_PATTERN);
    const segs = buildTimeline(intervalPattern(DAILY_ROUTINE_PATTERN).spec).segments;
    const work = segs.filter((s) => s.kind === "work");
    expect(work.map((s) => s.duration)).toEqual(r.items.map((i) => setSeconds(i.dosage)));
    const pauses = segs.filter((s) => s.kind === "rest");
    expect(pauses).toHaveLength(r.items.length - 1);
    expect(pauses.every((s) => s.duration === ROUTINE_GAP_SECONDS)).toBe(true);
  });

  it("leaves out an excluded move, and then has no pattern to play the full routine", () => {
    const r = dailyRoutine(["bird-dog"]);
    expect(r.items.map((i) => i.exerciseId)).not.toContain("bird-dog");
    expect(r.timerPattern).toBeUndefined();
    expect(r.minutes).toBe(Math.ceil(buildTimeline(routineSpec(r.items)).totalSeconds / 60));
    const full = buildTimeline(routineSpec(dailyRoutine([]).items)).totalSeconds;
    expect(buildTimeline(routineSpec(r.items)).totalSeconds).toBeLessThan(full);
  });
});
