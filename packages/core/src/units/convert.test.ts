import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cmToFtIn,
  cmToIn,
  ftInToCm,
  gToOz,
  inToCm,
  kcalToKj,
  kgToLb,
  kjToKcal,
  lbToKg,
  ozToG,
  stLbToKg,
} from "./convert.js";

const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("unit conversion (exact factors)", () => {
  it("matches the defining values of the 1959 agreement and NIST SP 811", () => {
    expect(lbToKg(1)).toBe(0.45359237);
    expect(inToCm(1)).toBe(2.54);
    expect(ozToG(16)).toBeCloseTo(453.59237, 9); // 16 oz = 1 lb
    expect(kcalToKj(1)).toBe(4.184);
    expect(ftInToCm(6, 0)).toBeCloseTo(182.88, 9); // 72 in × 2.54
    expect(stLbToKg(12, 4)).toBeCloseTo(172 * 0.45359237, 9);
  });
  it("round-trips kg↔lb, cm↔in, g↔oz, kcal↔kJ", () => {
    fc.assert(
      fc.property(positive, (x) => {
        expect(lbToKg(kgToLb(x))).toBeCloseTo(x, 6);
        expect(inToCm(cmToIn(x))).toBeCloseTo(x, 6);
        expect(ozToG(gToOz(x))).toBeCloseTo(x, 6);
        expect(kjToKcal(kcalToKj(x))).toBeCloseTo(x, 6);
      }),
    );
  });
  it("round-trips cm → ft+in → cm with inches below 12", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 300, noNaN: true }), (cm) => {
        const { feet, inches } = cmToFtIn(cm);
        expect(Number.isInteger(feet)).toBe(true);
        expect(inches).toBeGreaterThanOrEqual(0);
        expect(inches).toBeLessThan(12);
        expect(ftInToCm(feet, inches)).toBeCloseTo(cm, 6);
      }),
    );
  });
  it("splits exact feet without float drift", () => {
    expect(cmToFtIn(ftInToCm(6, 0))).toEqual({ feet: 6, inches: expect.closeTo(0, 6) as number });
  });
});
