import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvalidInputError } from "../errors.js";
import { buildTimeline } from "./interval-timeline.js";
import { intervalPattern } from "./interval-templates.js";
import { timelinePosition, utterancesBetween, type Pause } from "./timeline-position.js";

const boxing = buildTimeline(intervalPattern("boxing-30-30").spec);
const T0 = 1_790_000_000_000;

describe("timelinePosition", () => {
  it("finds the segment from wall time", () => {
    // get-ready 10 s, then work 30 s: 25 s in is 15 s into the first work bout.
    const p = timelinePosition(boxing, { startMs: T0, pauses: [], nowMs: T0 + 25_000 });
    expect(p.segment.kind).toBe("work");
    expect(p.elapsedInSegment).toBe(15);
    expect(p.remainingInSegment).toBe(15);
    expect(p.finished).toBe(false);
    expect(p.endsAtMs).toBe(T0 + boxing.totalSeconds * 1000);
  });

  it("subtracts pauses, including one still open", () => {
    const pauses: Pause[] = [
      [T0 + 20_000, T0 + 80_000],
      [T0 + 90_000, null],
    ];
    const p = timelinePosition(boxing, { startMs: T0, pauses, nowMs: T0 + 500_000 });
    expect(p.elapsedSeconds).toBe(30);
    expect(p.paused).toBe(true);
    expect(p.endsAtMs).toBeNull();
  });

  it("resumes at an arbitrary wall-clock instant after a long sleep", () => {
    const p = timelinePosition(boxing, { startMs: T0, pauses: [], nowMs: T0 + 3_600_000 });
    expect(p.finished).toBe(true);
    expect(p.progress).toBe(1);
    expect(p.segmentIndex).toBe(boxing.segments.length - 1);
    expect(p.remainingInSegment).toBe(0);
  });

  it("before the start it sits at 0", () => {
    const p = timelinePosition(boxing, { startMs: T0, pauses: [], nowMs: T0 - 5000 });
    expect(p.started).toBe(false);
    expect(p.elapsedSeconds).toBe(0);
    expect(p.segmentIndex).toBe(0);
    expect(p.endsAtMs).toBe(T0 + boxing.totalSeconds * 1000);
  });

  it("an instant inside a recorded pause is paused", () => {
    const p = timelinePosition(boxing, {
      startMs: T0,
      pauses: [[T0 + 20_000, T0 + 80_000]],
      nowMs: T0 + 50_000,
    });
    expect(p.paused).toBe(true);
    expect(p.elapsedSeconds).toBe(20);
  });

  it("rejects overlapping or open-then-closed pauses", () => {
    expect(() =>
      timelinePosition(boxing, {
        startMs: T0,
        pauses: [
          [T0 + 10, T0 + 50],
          [T0 + 20, T0 + 60],
        ],
        nowMs: T0 + 100,
      }),
    ).toThrow(InvalidInputError);
    expect(() =>
      timelinePosition(boxing, {
        startMs: T0,
        pauses: [
          [T0 + 10, null],
          [T0 + 20, T0 + 60],
        ],
        nowMs: T0 + 100,
      }),
    ).toThrow(InvalidInputError);
  });

  // Random pauses: sorted cut points in pairs.
  const pausesArb = fc.uniqueArray(fc.integer({ min: 0, max: 600_000 }), { maxLength: 8 }).map((xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const out: Pause[] = [];
    for (let i = 0; i + 1 < s.length; i += 2) out.push([T0 + (s[i] ?? 0), T0 + (s[i + 1] ?? 0)]);
    return out;
  });

  it("agrees with summing durations at any instant (property)", () => {
    const t = buildTimeline(intervalPattern("circuit").spec);
    fc.assert(
      fc.property(pausesArb, fc.integer({ min: 0, max: 3_000_000 }), (pauses, offset) => {
        const nowMs = T0 + offset;
        const p = timelinePosition(t, { startMs: T0, pauses, nowMs });
        let pausedMs = 0;
        for (const [a, b] of pauses) pausedMs += Math.max(0, Math.min(b ?? nowMs, nowMs) - a);
        const active = Math.min(t.totalSeconds, Math.max(0, (offset - pausedMs) / 1000));
        expect(p.elapsedSeconds).toBeCloseTo(active, 9);
        // The segment is the one whose summed durations bracket the active time.
        const before = t.segments.slice(0, p.segmentIndex).reduce((a, s) => a + s.duration, 0);
        expect(before).toBe(p.segment.start);
        expect(before + p.elapsedInSegment).toBeCloseTo(p.elapsedSeconds, 9);
        expect(p.elapsedInSegment).toBeGreaterThanOrEqual(0);
        expect(p.remainingInSegment).toBeGreaterThanOrEqual(0);
        if (!p.finished) expect(p.elapsedInSegment).toBeLessThan(p.segment.duration);
        expect(p.finished).toBe(active >= t.totalSeconds);
      }),
    );
  });

  it("never goes backwards as wall time moves forward (property)", () => {
    const t = buildTimeline(intervalPattern("tabata").spec);
    fc.assert(
      fc.property(
        pausesArb,
        fc.integer({ min: 0, max: 1_200_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        (pauses, a, d) => {
          const p1 = timelinePosition(t, { startMs: T0, pauses, nowMs: T0 + a });
          const p2 = timelinePosition(t, { startMs: T0, pauses, nowMs: T0 + a + d });
          expect(p2.elapsedSeconds).toBeGreaterThanOrEqual(p1.elapsedSeconds);
          expect(p2.segmentIndex).toBeGreaterThanOrEqual(p1.segmentIndex);
          expect(p2.progress).toBeGreaterThanOrEqual(p1.progress);
        },
      ),
    );
  });
});

describe("utterancesBetween", () => {
  it("lists opening lines and cues in a window, in time order", () => {
    expect(utterancesBetween(boxing, 0, 10).map((u) => `${u.at}:${u.text}`)).toEqual([
      "7:3",
      "8:2",
      "9:1",
      "10:Round 1 of 3. Go! Punch as fast as you can, 30 seconds.",
    ]);
    // From "before the start" the get-ready line at 0 is included.
    expect(utterancesBetween(boxing, -1, 0).map((u) => u.text)).toEqual([
      "Get ready: Boxing 30-30. Next: Punch as fast as you can.",
    ]);
    expect(utterancesBetween(boxing, 159, 1000).map((u) => u.text)).toEqual(["Done"]);
  });

  it("windows that tile the timeline hear every utterance exactly once (property)", () => {
    const t = buildTimeline(intervalPattern("circuit").spec);
    const all = utterancesBetween(t, -1, t.totalSeconds);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: t.totalSeconds }), { maxLength: 30 }), (cuts) => {
        const edges = [-1, ...[...cuts].sort((a, b) => a - b), t.totalSeconds];
        const heard = edges.slice(1).flatMap((to, i) => utterancesBetween(t, edges[i] ?? -1, to));
        expect(heard).toEqual(all);
      }),
    );
  });
});
