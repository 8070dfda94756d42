import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { energyDensity, forbesEnergyDensity } from "./energy-density.js";

describe("energy density of weight change (Forbes)", () => {
  it("≈7500 kcal/kg at 30 kg fat and ≈6300 at 15 kg (SCIENCE.md §3)", () => {
    // α = 10.4/30 = 0.34667: (9440 + 0.34667·1816)/1.34667 = 7477; α = 0.69333: 6318.4.
    expect(forbesEnergyDensity(30)).toBeCloseTo(7477, 0);
    expect(forbesEnergyDensity(15)).toBeCloseTo(6318.4, 1);
  });
  it("rises with fat mass toward pure fat (9440 kcal/kg)", () => {
    expect(forbesEnergyDensity(60)).toBeGreaterThan(forbesEnergyDensity(30));
    expect(forbesEnergyDensity(200)).toBeLessThan(9440);
  });
  it("falls back to 7700 kcal/kg only when fat is unknown", () => {
    expect(energyDensity(undefined)).toEqual({ kcalPerKg: 7700, source: "fallback" });
    expect(energyDensity(30).source).toBe("forbes");
    expect(() => forbesEnergyDensity(0)).toThrow(InvalidInputError);
  });
});
