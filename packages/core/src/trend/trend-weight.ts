import { InvalidInputError } from "../errors.js";
import { dayToIso, isoToDay } from "./iso-day.js";

// Trend weight: an exponentially smoothed moving average with 10 % smoothing (Walker J, "The
// Hacker's Diet", 1991, ch. "Signal and Noise"): T_n = T_{n−1} + 0.1·(W_n − T_{n−1}), seeded with
// the first weight of the whole history. Days without a weigh-in get a weight linearly
// interpolated between their neighbours, so a gap is neither zero nor skipped in time.

export interface WeighIn {
  /** 'YYYY-MM-DD' */
  readonly date: string;
  readonly weightKg: number;
}

export interface TrendPoint {
  readonly date: string;
  /** Day number (days since 1970-01-01). */
  readonly day: number;
  /** Mean of that day's weigh-ins, or undefined on a day without one. */
  readonly loggedKg: number | undefined;
  /** The weight the smoothing used: logged, or interpolated across a gap. */
  readonly usedKg: number;
  readonly trendKg: number;
}

/** The Hacker's Diet smoothing constant (Walker 1991). */
export const TREND_SMOOTHING = 0.1;

/**
 * One trend point per calendar day from the first to the last weigh-in. Several weigh-ins on one
 * day are averaged; input order does not matter.
 *
 * @example
 * trendWeights([{ date: "2025-01-01", weightKg: 80 }, { date: "2025-01-03", weightKg: 79 }])
 *   .map((p) => p.trendKg); // → [80, 79.95, 79.855]
 */
export function trendWeights(weighIns: readonly WeighIn[], smoothing = TREND_SMOOTHING): TrendPoint[] {
  if (!(smoothing > 0 && smoothing <= 1))
    throw new InvalidInputError("smoothing", "smoothing must be in (0, 1]");
  const byDay = new Map<number, { sum: number; n: number }>();
  for (const w of weighIns) {
    if (typeof w.weightKg !== "number" || !Number.isFinite(w.weightKg) || w.weightKg < 25 || w.weightKg > 400)
      throw new InvalidInputError("weightKg", `weight must be 25–400 kg (on ${w.date})`);
    const day = isoToDay(w.date, "date");
    const acc = byDay.get(day) ?? { sum: 0, n: 0 };
    byDay.set(day, { sum: acc.sum + w.weightKg, n: acc.n + 1 });
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const first = days[0];
  if (first === undefined)
    throw new InvalidInputError("weighIns", "at least one weigh-in is needed for a trend");
  const out: TrendPoint[] = [];
  let trend = mean(byDay, first);
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number;
    const w = mean(byDay, day);
    const prev = days[i - 1];
    if (prev !== undefined) {
      // Fill the gap (prev, day) by linear interpolation, then the logged day itself.
      const wPrev = mean(byDay, prev);
      for (let d = prev + 1; d < day; d++) {
        const used = wPrev + ((w - wPrev) * (d - prev)) / (day - prev);
        trend += smoothing * (used - trend);
        out.push({ date: dayToIso(d), day: d, loggedKg: undefined, usedKg: used, trendKg: trend });
      }
      trend += smoothing * (w - trend);
    }
    out.push({ date: dayToIso(day), day, loggedKg: w, usedKg: w, trendKg: trend });
  }
  return out;
}

function mean(byDay: ReadonlyMap<number, { sum: number; n: number }>, day: number): number {
  const a = byDay.get(day);
  if (!a) throw new InvalidInputError("weighIns", "internal: missing day");
  return a.sum / a.n;
}
