import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { maintenanceKcal, palBand, palFromCalculatorMultiplier, validatePal } from "./pal.js";

describe("PAL (FAO/WHO/UNU 2004)", () => {
  it.each([
    [1.4, "sedentary-light"],
    [1.69, "sedentary-light"],
    [1.7, "active"],
    [1.99, "active"],
    [2.0, "vigorous"],
    [2.4, "vigorous"],
  ] as const)("PAL %s is %s", (pal, band) => {
    expect(palBand(pal)).toBe(band);
  });

  it.each([1.39, 2.41, Number.NaN])("rejects PAL %s", (pal) => {
    expect(() => validatePal(pal)).toThrow(new InvalidInputError("pal", "PAL must be 1.4–2.4"));
  });

  it("maintenance is PAL·RMR: 1.5 · 2015.84 = 3023.76 kcal/d", () => {
    expect(maintenanceKcal(1.5, 2015.84)).toBeCloseTo(3023.76, 9);
  });

  it("calculator multipliers: the two below 1.4 are raised to 1.4 and flagged; others kept", () => {
    expect(palFromCalculatorMultiplier(1.2)).toEqual({ pal: 1.4, raised: true });
    expect(palFromCalculatorMultiplier(1.375)).toEqual({ pal: 1.4, raised: true });
    expect(palFromCalculatorMultiplier(1.55)).toEqual({ pal: 1.55, raised: false });
    expect(palFromCalculatorMultiplier(1.725)).toEqual({ pal: 1.725, raised: false });
    expect(palFromCalculatorMultiplier(1.9)).toEqual({ pal: 1.9, raised: false });
  });
});
