import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { ftInToCm, inToCm, kgToLb, lbToKg, ozToG, stLbToKg } from "./convert.js";
import { parseBodyMassKg, parseFoodMassG, parseLengthCm } from "./parse.js";

describe("parseLengthCm", () => {
  it.each([
    ["165cm", 165],
    ["165 cm", 165],
    ["165 centimetres", 165],
    ["1.65 m", 165],
    ["1,65 m", 165],
    ["1650 mm", 165],
    [`5'6"`, ftInToCm(5, 6)],
    ["5 ft 6 in", ftInToCm(5, 6)],
    ["5'6", ftInToCm(5, 6)],
    ["5′6″", ftInToCm(5, 6)],
    ["5 feet 6 inches", ftInToCm(5, 6)],
    ["6 ft", ftInToCm(6, 0)],
    ["66 in", inToCm(66)],
    ["66in", inToCm(66)],
  ])("reads %s", (text, cm) => {
    expect(parseLengthCm(text, "height")).toBeCloseTo(cm, 9);
  });
  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["-165 cm", "positive"],
    ["0 cm", "positive"],
    ["165 furlongs", 'unknown unit "furlongs"'],
    ["tall", "could not read"],
    ["165", "add a unit"],
    ["5'13\"", "below 12"],
    ["165 cm 3", "could not read"],
    ["1,000 mm", "could not read"],
  ])("rejects %j (%s)", (text, why) => {
    try {
      parseLengthCm(text, "height");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      const err = e as InvalidInputError;
      expect(err.field).toBe("height");
      expect(err.rule).toContain(why);
    }
  });
  it("uses a default unit for bare numbers only when asked", () => {
    expect(parseLengthCm("66", "height", "in")).toBeCloseTo(inToCm(66), 9);
    expect(parseLengthCm("170", "height", "cm")).toBe(170);
  });
  it("round-trips any feet+inches it prints", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 11 }), (ft, inch) => {
        expect(parseLengthCm(`${ft}'${inch}"`, "height")).toBeCloseTo(ftInToCm(ft, inch), 9);
        expect(parseLengthCm(`${ft} ft ${inch} in`, "height")).toBeCloseTo(ftInToCm(ft, inch), 9);
      }),
    );
  });
});

describe("parseBodyMassKg / parseFoodMassG", () => {
  it.each([
    ["80 kg", 80],
    ["80kg", 80],
    ["80 kilos", 80],
    ["180lb", lbToKg(180)],
    ["180 lbs", lbToKg(180)],
    ["180 pounds", lbToKg(180)],
    ["12 st 4 lb", stLbToKg(12, 4)],
    ["12st 4", stLbToKg(12, 4)],
    ["12 stone", stLbToKg(12, 0)],
  ])("reads body weight %s", (text, kg) => {
    expect(parseBodyMassKg(text, "weight")).toBeCloseTo(kg, 9);
  });
  it.each([
    ["100 g", 100],
    ["100g", 100],
    ["3 oz", ozToG(3)],
    ["3oz", ozToG(3)],
    ["0.25 kg", 250],
    ["1 lb 2 oz", ozToG(18)],
  ])("reads food amount %s", (text, g) => {
    expect(parseFoodMassG(text, "amount")).toBeCloseTo(g, 9);
  });
  it.each(["", "-3 oz", "3 cups", "lots", "12 st 15 lb", "80"])("rejects %j with the field named", (text) => {
    expect(() => parseBodyMassKg(text, "weight")).toThrow(InvalidInputError);
    expect(() => parseBodyMassKg(text, "weight")).toThrow(/^weight: weight must be/);
  });
  it("round-trips kg and lb through text", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 500, noNaN: true }), (kg) => {
        const rounded = Math.round(kg * 1000) / 1000;
        expect(parseBodyMassKg(`${rounded} kg`, "weight")).toBeCloseTo(rounded, 9);
        const lb = Math.round(kgToLb(kg) * 1000) / 1000;
        expect(parseBodyMassKg(`${lb} lb`, "weight")).toBeCloseTo(lbToKg(lb), 9);
      }),
    );
  });
});
