import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvalidInputError } from "../errors.js";
import { buildTimeline, spokenDuration } from "./interval-timeline.js";
import type { IntervalSpecInput } from "./interval-spec.js";

const boxing: IntervalSpecInput = {
  name: "Boxing",
  blocks: [
    {
      label: "Bag",
      rounds: 3,
      steps: [
        { kind: "work", seconds: 30, label: "Punch" },
        { kind: "rest", seconds: 30, label: "Rest" },
      ],
    },
  ],
};

describe("buildTimeline", () => {
  it("unrolls rounds, drops the rest after the last round and sums durations", () => {
    const t = buildTimeline(boxing);
    expect(t.segments.map((s) => s.kind)).toEqual(["get-ready", "work", "rest", "work", "rest", "work"]);
    expect(t.segments.map((s) => s.start)).toEqual([0, 10, 40, 70, 100, 130]);
    expect(t.totalSeconds).toBe(10 + 3 * 30 + 2 * 30);
    expect(t.segments[5]?.round).toEqual({ index: 3, of: 3, unit: "round" });
  });

  it("keeps the final rest when asked, and inserts rest between rounds and after blocks", () => {
    const t = buildTimeline({
      name: "x",
      getReadySeconds: 0,
      blocks: [
        {
          label: "A",
          rounds: 2,
          restBetweenRoundsSeconds: 60,
          dropFinalRest: false,
          restAfterSeconds: 45,
          steps: [
            { kind: "work", seconds: 40, label: "a" },
            { kind: "rest", seconds: 5, label: "r" },
          ],
        },
        { label: "B", rounds: 1, steps: [{ kind: "work", seconds: 20, label: "b" }], restAfterSeconds: 99 },
      ],
    });
    expect(t.segments.map((s) => `${s.kind}:${s.duration}`)).toEqual([
      "work:40",
      "rest:5",
      "round-rest:60",
      "work:40",
      "rest:5",
      "block-rest:45",
      "work:20",
    ]);
    expect(t.totalSeconds).toBe(215);
  });

  it("gives voice, next-up and 3-2-1 cues that end with the segment", () => {
    const t = buildTimeline(boxing);
    const first = t.segments[1];
    expect(first?.voice).toBe("Round 1 of 3. Go! Punch, 30 seconds.");
    expect(t.segments[0]?.voice).toBe("Get ready: Boxing. Next: Punch.");
    expect(t.segments[2]?.voice).toBe("Rest, 30 seconds. Next: Punch.");
    expect(first?.next).toEqual({ kind: "rest", label: "Rest", seconds: 30 });
    expect(first?.cues).toEqual([
      { at: 37, text: "3" },
      { at: 38, text: "2" },
      { at: 39, text: "1" },
    ]);
    const last = t.segments[t.segments.length - 1];
    expect(last?.next).toBeNull();
    expect(last?.cues.at(-1)).toEqual({ at: t.totalSeconds, text: "Done" });
  });

  it("adds a halfway cue to efforts of a minute or more", () => {
    const t = buildTimeline({
      name: "x",
      getReadySeconds: 0,
      blocks: [{ label: "b", rounds: 1, steps: [{ kind: "work", seconds: 120, label: "Row" }] }],
    });
    expect(t.segments[0]?.cues[0]).toEqual({ at: 60, text: "Halfway" });
  });

  it("rejects bad specs with the field path", () => {
    expect(() => buildTimeline({ name: "x", blocks: [] })).toThrow(InvalidInputError);
    const huge = { label: "b", rounds: 3600, steps: [{ kind: "work" as const, seconds: 1, label: "w" }] };
    expect(() => buildTimeline({ name: "x", blocks: Array(6).fill(huge) })).toThrow(/at most 20000 segments/);
    try {
      buildTimeline({
        name: "x",
        blocks: [{ label: "b", rounds: 0, steps: [{ kind: "work", seconds: 10, label: "w" }] }],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).field).toBe("blocks.0.rounds");
    }
  });

  it("segments tile the timeline: each starts where the previous ended (property)", () => {
    const step = fc.record({
      kind: fc.constantFrom("work" as const, "rest" as const, "set" as const),
      seconds: fc.integer({ min: 1, max: 600 }),
      label: fc.constant("s"),
    });
    const block = fc.record({
      label: fc.constant("b"),
      rounds: fc.integer({ min: 1, max: 10 }),
      steps: fc.array(step, { minLength: 1, maxLength: 5 }),
      restBetweenRoundsSeconds: fc.integer({ min: 0, max: 120 }),
      dropFinalRest: fc.boolean(),
      restAfterSeconds: fc.integer({ min: 0, max: 120 }),
    });
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 30 }),
        (blocks, ready) => {
          const t = buildTimeline({ name: "p", getReadySeconds: ready, blocks });
          let at = 0;
          for (const [i, s] of t.segments.entries()) {
            expect(s.index).toBe(i);
            expect(s.start).toBe(at);
            for (const c of s.cues) expect(c.at >= s.start && c.at <= s.start + s.duration).toBe(true);
            at += s.duration;
          }
          expect(t.totalSeconds).toBe(at);
          const work = blocks.reduce(
            (sum, b) =>
              sum + b.rounds * b.steps.filter((x) => x.kind !== "rest").reduce((a, x) => a + x.seconds, 0),
            0,
          );
          const workInTimeline = t.segments
            .filter((s) => s.kind === "work" || s.kind === "set")
            .reduce((a, s) => a + s.duration, 0);
          expect(workInTimeline).toBe(work);
        },
      ),
    );
  });
});

describe("spokenDuration", () => {
  it("speaks minutes and seconds", () => {
    expect(spokenDuration(30)).toBe("30 seconds");
    expect(spokenDuration(60)).toBe("1 minute");
    expect(spokenDuration(90)).toBe("1 minute 30 seconds");
    expect(spokenDuration(1)).toBe("1 second");
  });
});
