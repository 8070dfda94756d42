import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { addDays } from "./iso-day.js";
import { leastSquaresSlope, weightSlopeKgPerDay } from "./slope.js";

describe("least-squares slope", () => {
  it("recovers the slope of any exact line", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }),
        (b, a, xs) => {
          expect(leastSquaresSlope(xs.map((x) => ({ x, y: a + b * x })))).toBeCloseTo(b, 9);
        },
      ),
    );
  });
  it("for the points (1,2), (2,3), (3,5): b = Σ(x−2)(y−10/3)/Σ(x−2)² = 3/2", () => {
    expect(
      leastSquaresSlope([
        { x: 1, y: 2 },
        { x: 2, y: 3 },
        { x: 3, y: 5 },
      ]),
    ).toBeCloseTo(1.5, 12);
  });
  it("uses only weigh-ins inside the window, by calendar date", () => {
    const w = [
      { date: "2025-01-01", weightKg: 90 }, // outside
      { date: "2025-02-01", weightKg: 80 },
      { date: "2025-02-08", weightKg: 79.3 },
      { date: "2025-02-15", weightKg: 78.6 },
    ];
    expect(weightSlopeKgPerDay(w, "2025-02-01", addDays("2025-02-01", 27))).toBeCloseTo(-0.1, 12);
  });
  it("needs two distinct days", () => {
    expect(() => leastSquaresSlope([{ x: 1, y: 1 }])).toThrow(InvalidInputError);
    expect(() =>
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toThrow(InvalidInputError);
  });
});
