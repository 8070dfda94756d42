import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findRung, ladderById } from "./ladder.js";
import { LADDERS } from "./ladders.js";
import type { Load } from "./prescription.js";
import { KG_PER_LB } from "./progression-steps.js";
import {
  classifySession,
  initialProgression,
  loadDifficulty,
  progress,
  type LoggedSet,
  type ProgressionState,
  type SessionResult,
} from "./progression.js";

const kg = { bodyWeightKg: 80, unit: "kg" } as const;
const sets = (n: number, reps: number, load: Load): LoggedSet[] =>
  Array.from({ length: n }, () => ({ reps, load }));
const run = (s: ProgressionState, results: SessionResult[], ctx = kg) =>
  results.reduce((acc, r) => progress(acc, r, ctx).state, s);

const machine: ProgressionState = {
  exerciseId: "pullup-assisted-machine",
  sets: 3,
  targetSets: 3,
  reps: { min: 8, max: 12 },
  load: { kind: "assisted", assistKg: 40 },
  topStreak: 0,
  missStreak: 0,
};

describe("progress", () => {
  it("assisted machine: all sets at the top takes 5 kg of assistance away", () => {
    const step = progress(machine, { kind: "performed", sets: sets(3, 12, machine.load) }, kg);
    expect(step.change).toBe("assist-down");
    expect(step.state.load).toEqual({ kind: "assisted", assistKg: 35 });
  });

  it("assisted machine graduates to the band after two top sessions at ≤ 20 % of body weight", () => {
    const low = { ...machine, load: { kind: "assisted", assistKg: 15 } as const };
    const top = { kind: "performed", sets: sets(3, 12, low.load) } as const;
    const first = progress(low, top, kg);
    expect(first.change).toBe("hold");
    const second = progress(first.state, top, kg);
    expect(second.change).toBe("graduate");
    expect(second.state.exerciseId).toBe("pullup-band-assisted");
    expect(second.state.load).toEqual({ kind: "bodyweight" });
  });

  it("body-weight rung: two consecutive top sessions graduate, an in-range session in between resets", () => {
    const s = initialProgression({
      exerciseId: "pushup-knee",
      reps: { min: 10, max: 15 },
      load: { kind: "bodyweight" },
      beginner: false,
    });
    const top: SessionResult = { kind: "performed", sets: sets(3, 15, { kind: "bodyweight" }) };
    const mid: SessionResult = { kind: "performed", sets: sets(3, 12, { kind: "bodyweight" }) };
    expect(run(s, [top, mid, top]).exerciseId).toBe("pushup-knee");
    expect(run(s, [top, mid, top, top]).exerciseId).toBe("pushup");
  });

  it("the pull-up ladder's first rung: scapular pulls at the top twice move on to negatives, never further", () => {
    const s = initialProgression({
      exerciseId: "scapular-pull",
      reps: { min: 6, max: 10 },
      load: { kind: "bodyweight" },
      beginner: false,
    });
    const top: SessionResult = { kind: "performed", sets: sets(3, 10, { kind: "bodyweight" }) };
    expect(run(s, [top]).exerciseId).toBe("scapular-pull");
    const next = run(s, [top, top]);
    expect(next.exerciseId).toBe("pullup-negative");
    expect(next.reps).toEqual(ladderById("pull-up").rungs[1]?.reps);
  });

  it("beginners add sets before moving on: 2 → 3 sets, then the rung", () => {
    const s = initialProgression({
      exerciseId: "chinup",
      reps: { min: 6, max: 10 },
      load: { kind: "bodyweight" },
      beginner: true,
    });
    expect(s.sets).toBe(2);
    const a = progress(s, { kind: "performed", sets: sets(2, 10, { kind: "bodyweight" }) }, kg);
    expect(a.change).toBe("add-set");
    expect(a.state.sets).toBe(3);
    expect(a.state.exerciseId).toBe("chinup");
  });

  it("external load: top of the range adds one dumbbell step in the person's unit", () => {
    const s = initialProgression({
      exerciseId: "rear-delt-fly",
      reps: { min: 10, max: 12 },
      load: { kind: "external", kg: 25 * KG_PER_LB, equipment: "dumbbell" },
      beginner: false,
    });
    const next = progress(
      s,
      { kind: "performed", sets: sets(3, 12, s.load) },
      { bodyWeightKg: 80, unit: "lb" },
    );
    expect(next.change).toBe("load-up");
    expect(next.state.load.kind === "external" && next.state.load.kg / KG_PER_LB).toBeCloseTo(30, 9);
  });

  it("a missed session changes nothing, and nor does a deload week", () => {
    const s = { ...machine, topStreak: 1, missStreak: 2 };
    expect(progress(s, { kind: "missed" }, kg).state).toEqual(s);
    expect(progress(s, { kind: "deload", sets: sets(3, 12, s.load) }, kg).state).toEqual(s);
  });

  it("three sessions below the range drop one rung; two do not", () => {
    const s = initialProgression({
      exerciseId: "pullup",
      reps: { min: 6, max: 10 },
      load: { kind: "bodyweight" },
      beginner: false,
    });
    const miss: SessionResult = { kind: "performed", sets: sets(3, 3, { kind: "bodyweight" }) };
    expect(run(s, [miss, miss]).exerciseId).toBe("pullup");
    expect(run(s, [miss, miss, miss]).exerciseId).toBe("chinup");
    // A missed (unlogged) session does not break or extend the streak.
    expect(run(s, [miss, { kind: "missed" }, miss, { kind: "missed" }, miss]).exerciseId).toBe("chinup");
  });

  it("falling off the band lands on the machine just above the graduation assistance", () => {
    const s = initialProgression({
      exerciseId: "pullup-band-assisted",
      reps: { min: 5, max: 8 },
      load: { kind: "bodyweight" },
      beginner: false,
    });
    const miss: SessionResult = { kind: "performed", sets: sets(3, 2, { kind: "bodyweight" }) };
    const down = run(s, [miss, miss, miss]);
    expect(down.exerciseId).toBe("pullup-assisted-machine");
    expect(down.load).toEqual({ kind: "assisted", assistKg: 20 }); // 0.2 × 80 = 16 → 15, + 5
  });

  it("weighted pull-up misses take load off, then return to the plain pull-up", () => {
    const s = initialProgression({
      exerciseId: "pullup-weighted",
      reps: { min: 5, max: 8 },
      load: { kind: "added", kg: 5 },
      beginner: false,
    });
    const miss = (l: Load): SessionResult => ({ kind: "performed", sets: sets(3, 2, l) });
    const eased = run(s, [miss(s.load), miss(s.load), miss(s.load)]);
    expect(eased.load).toEqual({ kind: "added", kg: 3.75 });
    const s2 = { ...s, load: { kind: "added", kg: 1.25 } as const };
    expect(run(s2, [miss(s2.load), miss(s2.load), miss(s2.load)]).exerciseId).toBe("pullup");
  });

  it("classifies fewer sets than planned, and an easier load than planned, as not top", () => {
    expect(classifySession(machine, sets(2, 12, machine.load))).toBe("miss");
    expect(classifySession(machine, sets(3, 12, { kind: "assisted", assistKg: 45 }))).toBe("in-range");
    expect(classifySession(machine, sets(3, 12, machine.load))).toBe("top");
  });
});

describe("progression properties", () => {
  const rungArb = fc.constantFrom(...LADDERS.flatMap((l) => l.rungs.map((r) => ({ ladder: l.id, r }))));
  const stateArb = fc
    .record({
      rung: rungArb,
      sets: fc.integer({ min: 1, max: 3 }),
      kg: fc.double({ min: 0, max: 60, noNaN: true }),
      topStreak: fc.integer({ min: 0, max: 3 }),
      missStreak: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ rung, sets: n, kg: x, topStreak, missStreak }): ProgressionState => {
      const e = rung.r.entry;
      const load: Load =
        e.kind === "assisted"
          ? { kind: "assisted", assistKg: x }
          : e.kind === "added"
            ? { kind: "added", kg: x }
            : e.kind === "external"
              ? { kind: "external", kg: x, equipment: e.equipment }
              : { kind: "bodyweight" };
      return {
        exerciseId: rung.r.exerciseId,
        sets: n,
        targetSets: 3,
        reps: rung.r.reps,
        load,
        topStreak,
        missStreak,
      };
    });
  const resultArb = (s: ProgressionState) =>
    fc.oneof(
      fc.constant<SessionResult>({ kind: "missed" }),
      fc
        .array(fc.record({ reps: fc.integer({ min: 0, max: 20 }) }), {
          minLength: 0,
          maxLength: 4,
        })
        .map((xs): SessionResult => ({
          kind: "performed",
          sets: xs.map((x) => ({ reps: x.reps, load: s.load })),
        })),
    );
  const bodyArb = fc.integer({ min: 45, max: 140 });
  const unitArb = fc.constantFrom("kg" as const, "lb" as const);
  const rungIndex = (id: string) => findRung(id)?.rungIndex ?? -1;

  it("never skips a rung, and never leaves the ladder", () => {
    fc.assert(
      fc.property(
        stateArb.chain((s) => fc.tuple(fc.constant(s), resultArb(s))),
        bodyArb,
        unitArb,
        ([s, r], bw, unit) => {
          const after = progress(s, r, { bodyWeightKg: bw, unit }).state;
          expect(Math.abs(rungIndex(after.exerciseId) - rungIndex(s.exerciseId))).toBeLessThanOrEqual(1);
          expect(findRung(after.exerciseId)?.ladder.id).toBe(findRung(s.exerciseId)?.ladder.id);
        },
      ),
    );
  });

  it("never raises load or moves up after a miss or a missed session", () => {
    fc.assert(
      fc.property(
        stateArb.chain((s) => fc.tuple(fc.constant(s), resultArb(s))),
        bodyArb,
        unitArb,
        ([s, r], bw, unit) => {
          const missed =
            r.kind === "missed" || (r.kind === "performed" && classifySession(s, r.sets) === "miss");
          fc.pre(missed);
          const after = progress(s, r, { bodyWeightKg: bw, unit }).state;
          expect(rungIndex(after.exerciseId)).toBeLessThanOrEqual(rungIndex(s.exerciseId));
          if (after.exerciseId === s.exerciseId) {
            expect(loadDifficulty(after.load)).toBeLessThanOrEqual(loadDifficulty(s.load) + 1e-9);
            expect(after.sets).toBeLessThanOrEqual(s.sets);
          }
        },
      ),
    );
  });

  it("assistance never goes up after a success, and a success never moves down a rung", () => {
    const machineRung = ladderById("pull-up").rungs[2];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 80, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 8, max: 20 }),
        bodyArb,
        unitArb,
        (assistKg, topStreak, reps, bw, unit) => {
          const s: ProgressionState = {
            ...machine,
            reps: machineRung?.reps ?? machine.reps,
            load: { kind: "assisted", assistKg },
            topStreak,
          };
          const after = progress(
            s,
            { kind: "performed", sets: sets(3, reps, s.load) },
            { bodyWeightKg: bw, unit },
          ).state;
          expect(rungIndex(after.exerciseId)).toBeGreaterThanOrEqual(2);
          if (after.load.kind === "assisted")
            expect(after.load.assistKg).toBeLessThanOrEqual(assistKg + 1e-9);
        },
      ),
    );
  });
});
