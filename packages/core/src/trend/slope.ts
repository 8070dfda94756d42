import { InvalidInputError } from "../errors.js";
import { isoToDay } from "./iso-day.js";
import type { WeighIn } from "./trend-weight.js";

// Ordinary least-squares slope (Gauss–Legendre; any statistics text, e.g. Montgomery, Introduction
// to Linear Regression Analysis, 5th ed., eq. 2.11): b = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)².

/**
 * Least-squares slope of y on x; needs at least two distinct x.
 *
 * @example
 * leastSquaresSlope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]); // → 2
 */
export function leastSquaresSlope(points: readonly { readonly x: number; readonly y: number }[]): number {
  const n = points.length;
  if (n < 2) throw new InvalidInputError("points", "a slope needs at least two points");
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  if (sxx === 0) throw new InvalidInputError("points", "a slope needs at least two different days");
  return sxy / sxx;
}

/**
 * Least-squares slope (kg/day) of the weigh-ins dated from..to inclusive.
 *
 * @example
 * weightSlopeKgPerDay([{ date: "2025-01-01", weightKg: 80 }, { date: "2025-01-11", weightKg: 79 }],
 *   "2025-01-01", "2025-01-31"); // → -0.1
 */
export function weightSlopeKgPerDay(weighIns: readonly WeighIn[], from: string, to: string): number {
  const a = isoToDay(from, "from");
  const b = isoToDay(to, "to");
  if (b < a) throw new InvalidInputError("to", "to must not be before from");
  const pts = weighIns
    .map((w) => ({ x: isoToDay(w.date, "date"), y: w.weightKg }))
    .filter((p) => p.x >= a && p.x <= b);
  return leastSquaresSlope(pts);
}
