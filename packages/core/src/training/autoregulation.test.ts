import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { earlyDeload, effortOf, isFatigued, nextLoad, verdict } from "./autoregulation.js";
import type { Load } from "./prescription.js";

const assist: Load = { kind: "assisted", assistKg: 30 };
const plan = { sets: 3, reps: { min: 8, max: 12 }, load: assist };
const sets = (reps: number, rir?: number) =>
  Array.from({ length: 3 }, () => ({ reps, load: assist, ...(rir !== undefined ? { rir } : {}) }));

describe("autoregulation", () => {
  it("reads reps in reserve as RPE = 10 − RIR and refuses an impossible RPE", () => {
    expect(effortOf({ reps: 8, load: assist, rir: 3 })).toBe(7);
    expect(effortOf({ reps: 8, load: assist, rir: 0 })).toBe(10);
    expect(effortOf({ reps: 8, load: assist })).toBeUndefined();
    expect(() => effortOf({ reps: 8, load: assist, rpe: 11 })).toThrow(InvalidInputError);
  });

  it("3 reps in reserve at the target is easy; 1–2 is right; a set at 0 or below the range is too much", () => {
    expect(verdict(plan, sets(8, 3))).toBe("easy");
    expect(verdict(plan, sets(8, 2))).toBe("right");
    expect(verdict(plan, sets(8, 0))).toBe("too-hard");
    expect(verdict(plan, sets(7, 4))).toBe("missed");
    expect(verdict(plan, sets(8, 3).slice(0, 2))).toBe("missed");
    expect(verdict(plan, sets(12))).toBe("top");
    expect(verdict(plan, sets(10))).toBe("in-range");
  });

  it("on an assisted machine, easier means less assistance next time", () => {
    expect(nextLoad(plan, sets(8, 3), "kg").load).toEqual({ kind: "assisted", assistKg: 25 });
    expect(nextLoad(plan, sets(8, 0), "kg").load).toEqual({ kind: "assisted", assistKg: 35 });
    expect(nextLoad(plan, sets(8, 2), "kg")).toMatchObject({ change: "hold", load: assist });
  });

  it("fatigue: strained or skipped sessions, two weeks running, bring the lighter week forward", () => {
    const w = (week: number, performed: number, strained: number, lighter = false) => ({
      week,
      planned: 2,
      performed,
      strained,
      lighter,
    });
    expect(isFatigued(w(1, 2, 0))).toBe(false);
    expect(isFatigued(w(1, 0, 0))).toBe(true);
    expect(isFatigued(w(1, 2, 2, true))).toBe(false);
    expect(earlyDeload([w(1, 2, 1), w(2, 2, 1)]).lighter).toBe(true);
    expect(earlyDeload([w(1, 2, 1), w(2, 2, 0)]).lighter).toBe(false);
    expect(earlyDeload([w(2, 2, 1)]).lighter).toBe(false);
  });
});
