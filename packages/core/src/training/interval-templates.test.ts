import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { buildTimeline } from "./interval-timeline.js";
import {
  ACTIVE_REST_SECONDS,
  CIRCUIT_ROUND_REST_SECONDS,
  INTERVAL_PATTERNS,
  activeRestSpec,
  hardMediumSpec,
  intervalPattern,
  rowingStrengthSpec,
} from "./interval-templates.js";

const total = (id: string) => buildTimeline(intervalPattern(id).spec).totalSeconds;
const work = (id: string) =>
  buildTimeline(intervalPattern(id).spec).segments.filter((s) => s.kind === "work");

describe("interval patterns", () => {
  it("every pattern builds, ids are unique and match their spec", () => {
    const ids = INTERVAL_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of INTERVAL_PATTERNS) {
      expect(p.spec.id).toBe(p.id);
      expect(buildTimeline(p.spec).totalSeconds).toBeGreaterThan(0);
    }
  });

  it("every summary is generated from its timeline and states the timer's minutes", () => {
    for (const p of INTERVAL_PATTERNS) {
      const minutes = Math.ceil(buildTimeline(p.spec).totalSeconds / 60);
      expect(p.summary, p.id).toMatch(new RegExp(`; ${minutes} min in all$`));
    }
    // Tabata is 4 min of work; with its warm-up and cool-down the timer runs 14 min, and says so.
    expect(intervalPattern("tabata").summary).toBe(
      "20 s all out / 10 s rest × 8; 5 min easy pace before, 5 min easy pace, then stretch after; 14 min in all",
    );
  });

  it("circuit and active rest use the plan's rest and burst, and nothing that needs a rope or jumps", () => {
    const circuit = intervalPattern("circuit").spec.blocks[0];
    expect(circuit?.restBetweenRoundsSeconds).toBe(CIRCUIT_ROUND_REST_SECONDS);
    const bursts = work("active-rest");
    expect(bursts).toHaveLength(0);
    const rests = buildTimeline(intervalPattern("active-rest").spec).segments.filter(
      (s) => s.kind === "rest",
    );
    expect(rests.map((s) => s.duration)).toEqual([ACTIVE_REST_SECONDS, ACTIVE_REST_SECONDS]);
    const labels = INTERVAL_PATTERNS.flatMap((p) =>
      buildTimeline(p.spec).segments.map((s) => s.label.toLowerCase()),
    );
    expect(labels.filter((l) => /rope|jump/.test(l))).toEqual([]);
  });

  it("boxing-30-30 is 30 s max / 30 s rest × 3 (PRODUCT.md §3)", () => {
    const w = work("boxing-30-30");
    expect(w).toHaveLength(3);
    expect(w.every((s) => s.duration === 30 && s.intensity === "max")).toBe(true);
    expect(total("boxing-30-30")).toBe(10 + 3 * 30 + 2 * 30);
  });

  it("tabata is 8 × 20 s work with 10 s rest between (Tabata 1996)", () => {
    const segs = buildTimeline(intervalPattern("tabata").spec).segments.filter((s) => s.blockIndex === 0);
    expect(segs.filter((s) => s.kind === "work").map((s) => s.duration)).toEqual(Array(8).fill(20));
    expect(segs.filter((s) => s.kind === "rest").map((s) => s.duration)).toEqual(Array(7).fill(10));
  });

  it("running intervals last 15–20 min of running (PRODUCT.md §3)", () => {
    const running = work("running-intervals").reduce((a, s) => a + s.duration, 0);
    expect(running).toBeGreaterThanOrEqual(15 * 60);
    expect(running).toBeLessThanOrEqual(20 * 60);
  });

  it("cardio patterns with warm-up reach the 30-minute session of PRODUCT.md §2", () => {
    expect(total("hard-medium")).toBeGreaterThanOrEqual(30 * 60);
    expect(total("running-intervals")).toBeGreaterThanOrEqual(30 * 60);
  });

  it("circuit has no rest between stations, rest between rounds only", () => {
    const segs = buildTimeline(intervalPattern("circuit").spec).segments.filter((s) => s.blockIndex === 0);
    expect(segs.filter((s) => s.kind === "rest")).toHaveLength(0);
    expect(segs.filter((s) => s.kind === "round-rest")).toHaveLength(2);
  });

  it("rowing day: warm-up 5–10 min, 3 min rowing between exercises, 10 min finish (PRODUCT.md §2)", () => {
    const t = buildTimeline(rowingStrengthSpec({ exercises: ["A", "B", "C"] }));
    const warm = t.segments.find((s) => s.kind === "warmup");
    expect(warm?.duration).toBeGreaterThanOrEqual(300);
    expect(warm?.duration).toBeLessThanOrEqual(600);
    const rows = t.segments.filter((s) => s.kind === "work").map((s) => s.duration);
    expect(rows).toEqual([180, 180, 600]);
    expect(t.segments.filter((s) => s.kind === "set")).toHaveLength(9);
    expect(() => rowingStrengthSpec({ exercises: ["A"], warmupSeconds: 120 })).toThrow(InvalidInputError);
  });

  it("builders enforce the protocol's ranges", () => {
    expect(() => hardMediumSpec({ hardSeconds: 30 })).toThrow(InvalidInputError);
    expect(() =>
      activeRestSpec({ label: "x", sets: 3, setSeconds: 40, burstSeconds: 120, burst: "rope" }),
    ).toThrow(InvalidInputError);
    expect(() => intervalPattern("nope")).toThrow(InvalidInputError);
  });
});
