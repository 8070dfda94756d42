import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { fatMassKg, leanMassKg } from "./lean-mass.js";

describe("lean mass", () => {
  it("splits 80 kg at 25 %BF into 20 kg fat and 60 kg lean", () => {
    expect(fatMassKg(80, 25)).toBe(20);
    expect(leanMassKg(80, 25)).toBe(60);
  });
  it("fat + lean always equals weight", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 25, max: 400, noNaN: true }),
        fc.double({ min: 2, max: 70, noNaN: true }),
        (w, bf) => {
          expect(fatMassKg(w, bf) + leanMassKg(w, bf)).toBeCloseTo(w, 9);
        },
      ),
    );
  });
  it("rejects unknown or absurd body fat", () => {
    expect(() => leanMassKg(80, Number.NaN)).toThrow(InvalidInputError);
    expect(() => leanMassKg(80, 90)).toThrow("body fat must be 2–70 %");
    expect(() => fatMassKg(5, 20)).toThrow("weight must be 25–400 kg");
  });
});
