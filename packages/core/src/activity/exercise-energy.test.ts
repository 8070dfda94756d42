import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activityByCode } from "./compendium.js";
import { grossKcal, netKcal } from "./exercise-energy.js";

describe("exercise energy (Herrmann 2024)", () => {
  it("30 min moderate rowing (5.0 MET) at 80 kg: gross 5·80·0.5 = 200 kcal, net (5−1)·80·0.5 = 160", () => {
    const bout = { met: activityByCode("02071").met, weightKg: 80, minutes: 30 };
    expect(grossKcal(bout)).toBeCloseTo(200, 9);
    expect(netKcal(bout)).toEqual({ kcal: 160, method: "met-minus-one" });
  });
  it("with RMR 1680 kcal/d the resting share is 1680/24·0.5 = 35 kcal, net 165", () => {
    const r = netKcal({ met: 5, weightKg: 80, minutes: 30 }, 1680);
    expect(r.method).toBe("rmr");
    expect(r.kcal).toBeCloseTo(165, 9);
  });
  it("net is below gross and never negative", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 25, noNaN: true }),
        fc.double({ min: 25, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        fc.double({ min: 500, max: 5000, noNaN: true }),
        (met, weightKg, minutes, rmr) => {
          const b = { met, weightKg, minutes };
          for (const n of [netKcal(b), netKcal(b, rmr)]) {
            expect(n.kcal).toBeGreaterThanOrEqual(0);
            expect(n.kcal).toBeLessThanOrEqual(grossKcal(b) + 1e-9);
          }
        },
      ),
    );
  });
  it("rejects missing or absurd inputs", () => {
    expect(() => grossKcal({ met: Number.NaN, weightKg: 80, minutes: 30 })).toThrow("MET must be 1–25");
    expect(() => netKcal({ met: 5, weightKg: 80, minutes: 30 }, 0)).toThrow("resting metabolic rate");
  });
});
