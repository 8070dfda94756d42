import { describe, expect, it } from "vitest";
import { fitLine, studentT90 } from "./line-fit.js";

describe("fitLine", () => {
  it("recovers an exact line with zero slope variance", () => {
    const f = fitLine([0, 1, 2, 3].map((x) => ({ x, y: 80 - 0.1 * x })));
    expect(f.slope).toBeCloseTo(-0.1, 12);
    expect(f.at(10)).toBeCloseTo(79, 12);
    expect(f.slopeVariance).toBeCloseTo(0, 12);
  });

  it("gives the textbook slope variance s²/Sxx for alternating residuals", () => {
    // y = ±1 around 0 at x = 0..3: slope −0.4, s² = SSE/(n−2), Sxx = 5; alternating residuals have
    // negative autocorrelation, clamped to 0, so no inflation.
    const f = fitLine([1, -1, 1, -1].map((y, x) => ({ x, y })));
    const sse = [1, -1, 1, -1].reduce((a, y, x) => a + (y - f.at(x)) ** 2, 0);
    expect(f.slope).toBeCloseTo(-0.4, 12);
    expect(f.autocorrelation).toBe(0);
    expect(f.slopeVariance).toBeCloseTo(sse / 2 / 5, 12);
  });

  it("inflates the variance when neighbouring residuals move together", () => {
    const ys = [0, 0.5, 0.6, 0.5, 0, -0.5, -0.6, -0.5, 0, 0.5, 0.6, 0.5, 0, -0.5];
    const f = fitLine(ys.map((y, x) => ({ x, y })));
    expect(f.autocorrelation).toBeGreaterThan(0.3);
  });

  it("needs two distinct x", () => {
    expect(() => fitLine([{ x: 1, y: 1 }])).toThrow(/two points/);
    expect(() =>
      fitLine([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toThrow(/different/);
  });
});

describe("studentT90", () => {
  it("matches published t tables (0.90 quantile)", () => {
    // Abramowitz & Stegun Table 26.10: t(0.90; 5) = 1.476, t(10) = 1.372, t(30) = 1.310.
    expect(studentT90(5)).toBeCloseTo(1.476, 2);
    expect(studentT90(10)).toBeCloseTo(1.372, 3);
    expect(studentT90(30)).toBeCloseTo(1.31, 3);
  });
});
