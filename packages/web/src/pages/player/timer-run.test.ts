import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { intervalPattern } from "@leanback/core/training/interval-templates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backRun, pauseRun, positionOf, resumeRun, seekRun, skipRun, startRun } from "./timer-run.js";

// Boxing 30-30 (docs/protocol.md §3): get-ready, then work/rest × 3 with no rest after the last round.
const boxing = buildTimeline(intervalPattern("boxing-30-30").spec);
const T0 = 1_790_000_000_000;
const s = (seconds: number) => T0 + seconds * 1000;
const ready = boxing.segments[0]?.duration ?? NaN;

describe("timer run", () => {
  it("walks get-ready → work → rest → work with the round counter", () => {
    const run = startRun(T0);
    const kinds = [0, ready + 1, ready + 31, ready + 61].map((t) => {
      const p = positionOf(boxing, run, s(t));
      return [p.segment.kind, p.segment.round?.index ?? null];
    });
    expect(kinds).toEqual([
      ["get-ready", null],
      ["work", 1],
      ["rest", 1],
      ["work", 2],
    ]);
  });

  it("does not advance while paused and resumes where it stopped", () => {
    let run = pauseRun(startRun(T0), s(ready + 5));
    expect(positionOf(boxing, run, s(ready + 500)).elapsedSeconds).toBe(ready + 5);
    run = resumeRun(run, s(ready + 500));
    expect(positionOf(boxing, run, s(ready + 510)).elapsedSeconds).toBe(ready + 15);
  });

  it("skip jumps to the next segment's start and keeps a paused run paused", () => {
    const paused = pauseRun(startRun(T0), s(ready + 5));
    const skipped = skipRun(boxing, paused, s(ready + 100));
    const p = positionOf(boxing, skipped, s(ready + 200));
    expect(p.paused).toBe(true);
    expect(p.segment.kind).toBe("rest");
    expect(p.elapsedInSegment).toBe(0);
  });

  it("back restarts the segment, or goes to the previous one within the grace period", () => {
    const run = startRun(T0);
    const mid = backRun(boxing, run, s(ready + 40)); // 10 s into round 1's rest
    expect(positionOf(boxing, mid, s(ready + 40)).elapsedSeconds).toBe(ready + 30);
    const early = backRun(boxing, run, s(ready + 31)); // 1 s into the rest: back to the work
    expect(positionOf(boxing, early, s(ready + 31)).elapsedSeconds).toBe(ready);
  });

  it("seek clamps to the timeline and position is a pure function of the wall clock", () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 0, max: 10_000 }), (to, later) => {
        const run = seekRun(boxing, startRun(T0), s(50), to);
        const expected = Math.min(boxing.totalSeconds, Math.max(0, to) + later / 1000);
        expect(positionOf(boxing, run, s(50) + later).elapsedSeconds).toBeCloseTo(expected, 9);
      }),
    );
  });
});
