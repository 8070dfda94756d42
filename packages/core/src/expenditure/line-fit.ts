import { InvalidInputError } from "../errors.js";

// Least-squares line with a standard error for its slope (Montgomery, Introduction to Linear
// Regression Analysis, 5th ed., eqs. 2.11 and 2.17), inflated for first-order autocorrelation of the
// residuals by (1 + r)/(1 − r), the variance factor of an AR(1) series' mean (Box, Jenkins &
// Reinsel, Time Series Analysis, 4th ed., §9.1); water held a few days makes neighbours alike.

export interface LineFit {
  readonly slope: number;
  readonly intercept: number;
  /** Variance of the slope, autocorrelation included. */
  readonly slopeVariance: number;
  /** Lag-one autocorrelation of the residuals over consecutive days, clamped to 0–0.7. */
  readonly autocorrelation: number;
  at(x: number): number;
}

/**
 * Fits y = a + b·x to points with at least two distinct x.
 *
 * @example
 * fitLine([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]).slope; // → 2
 */
export function fitLine(points: readonly { readonly x: number; readonly y: number }[]): LineFit {
  const n = points.length;
  if (n < 2) throw new InvalidInputError("points", "a line needs at least two points");
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) throw new InvalidInputError("points", "a line needs at least two different x");
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const res = sorted.map((p) => ({ x: p.x, e: p.y - intercept - slope * p.x }));
  const sse = res.reduce((s, r) => s + r.e * r.e, 0);
  let lag = 0;
  let pairs = 0;
  for (let i = 1; i < res.length; i++) {
    const a = res[i - 1];
    const b = res[i];
    if (a && b && b.x - a.x === 1) {
      lag += a.e * b.e;
      pairs++;
    }
  }
  // The residual autocorrelation is biased low by about 1/n in short series; add it back.
  const raw = pairs > 0 && sse > 0 ? lag / pairs / (sse / n) + 1 / n : 0;
  const r = Math.min(0.7, Math.max(0, raw));
  const s2 = n > 2 ? sse / (n - 2) : 0;
  return {
    slope,
    intercept,
    slopeVariance: (s2 / sxx) * ((1 + r) / (1 - r)),
    autocorrelation: r,
    at: (x: number) => intercept + slope * x,
  };
}

/**
 * The 90th percentile of Student's t with `df` degrees of freedom (Cornish–Fisher expansion, Abramowitz
 * & Stegun 26.7.5), so a two-sided 80 % interval is ± this many standard errors.
 *
 * @example
 * studentT90(10); // ≈ 1.372
 */
export function studentT90(df: number): number {
  if (!(df >= 1)) throw new InvalidInputError("df", "degrees of freedom must be ≥ 1");
  const z = 1.2815516;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}
