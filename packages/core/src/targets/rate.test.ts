import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { rateKgPerWeek } from "./rate.js";

describe("loss rate (Helms 2014: 0.5–1 %BW/week)", () => {
  it("converts %BW/week with the current weight", () => {
    expect(rateKgPerWeek({ kind: "pctPerWeek", value: 0.75 }, 80)).toEqual({ kgPerWeek: 0.6, capped: false });
  });
  it("caps kg/week at 1 % of body weight", () => {
    const r = rateKgPerWeek({ kind: "kgPerWeek", value: 1 }, 70);
    expect(r.kgPerWeek).toBeCloseTo(0.7, 12);
    expect(r.capped).toBe(true);
    expect(rateKgPerWeek({ kind: "kgPerWeek", value: 0.5 }, 70)).toEqual({ kgPerWeek: 0.5, capped: false });
  });
  it("rejects rates above 1 %BW/week or negative", () => {
    expect(() => rateKgPerWeek({ kind: "pctPerWeek", value: 1.5 }, 80)).toThrow(InvalidInputError);
    expect(() => rateKgPerWeek({ kind: "kgPerWeek", value: -0.5 }, 80)).toThrow("rate must be 0–2 kg a week");
  });
});
