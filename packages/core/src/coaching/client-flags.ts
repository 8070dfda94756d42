import { InvalidInputError } from "../errors.js";
import { MAX_LOSS_PCT_PER_WEEK } from "../targets/rate.js";
import { isoToDay } from "../trend/iso-day.js";
import { leastSquaresSlope } from "../trend/slope.js";
import { trendWeights, type WeighIn } from "../trend/trend-weight.js";

// What a trainer's client list warns about. The safe rate is the one leanback plans with:
// at most 1 % of body weight a week (Helms, Aragon & Fitschen, JISSN 2014;11:20). The stall and
// no-log windows are ours: three weeks lets a water swing pass, a week without any log means the
// numbers shown no longer describe the person.

/** Weeks of weigh-ins read for the stall flag. */
export const STALL_DAYS = 21;
/** Less loss than this over STALL_DAYS (by the weigh-ins' straight line) is a stall, kg (ours). */
export const STALL_MIN_LOSS_KG = 0.2;
/** The rate is read from the weigh-ins of this many days. */
export const RATE_DAYS = 14;
/** Days without a weigh-in, diary entry or workout that raise the flag (ours). */
export const NO_LOG_DAYS = 7;

export type ClientFlag = "stalled" | "too-fast" | "no-log";

export interface ClientSignals {
  /** 'YYYY-MM-DD' in the client's time zone. */
  readonly today: string;
  /** Every weigh-in up to today. */
  readonly weighIns: readonly WeighIn[];
  /** The latest day with a weigh-in, diary entry or workout; null when none. */
  readonly lastLogDate: string | null;
  /** The planned change, kg a week (negative = loss); null when the client has no goal. */
  readonly plannedKgPerWeek: number | null;
}

export interface ClientTrend {
  /** The trend weight on the last weigh-in day (Hacker's Diet smoothing); null without weigh-ins. */
  readonly trendKg: number | null;
  /** Weight change per week by the straight line through the last RATE_DAYS of weigh-ins. */
  readonly kgPerWeek: number | null;
}

/** Least-squares slope (kg/day) of the weigh-ins in (today − days, today]; null under 2 days. */
function slopeOver(
  weighIns: readonly WeighIn[],
  today: number,
  days: number,
): { slope: number; span: number } | null {
  const pts = weighIns
    .map((w) => ({ x: isoToDay(w.date, "date"), y: w.weightKg }))
    .filter((p) => p.x > today - days && p.x <= today);
  const xs = new Set(pts.map((p) => p.x));
  if (xs.size < 2) return null;
  return { slope: leastSquaresSlope(pts), span: Math.max(...xs) - Math.min(...xs) };
}

/**
 * Trend weight and the recent rate of a client.
 *
 * @example
 * clientTrend("2026-01-15", [{ date: "2026-01-01", weightKg: 80 }, { date: "2026-01-15", weightKg: 79 }])
 *   .kgPerWeek; // → -0.5
 */
export function clientTrend(today: string, weighIns: readonly WeighIn[]): ClientTrend {
  const t = isoToDay(today, "today");
  const upTo = weighIns.filter((w) => isoToDay(w.date, "date") <= t);
  if (upTo.length === 0) return { trendKg: null, kgPerWeek: null };
  const points = trendWeights(upTo);
  const last = points[points.length - 1];
  const rate = slopeOver(upTo, t, RATE_DAYS + 1);
  return { trendKg: last ? last.trendKg : null, kgPerWeek: rate === null ? null : rate.slope * 7 };
}

/**
 * The flags of one client: "stalled" (a loss plan, weigh-ins spanning at least two of the last
 * three weeks, and their line falls less than 0.2 kg over 21 days), "too-fast" (losing faster than
 * 1 % of the trend weight a week), "no-log" (nothing logged for 7 days or more).
 *
 * @example
 * clientFlags({ today: "2026-01-22", weighIns: [{ date: "2026-01-01", weightKg: 80 },
 *   { date: "2026-01-21", weightKg: 80 }], lastLogDate: "2026-01-21", plannedKgPerWeek: -0.5 });
 * // → ["stalled"]
 */
export function clientFlags(s: ClientSignals): ClientFlag[] {
  const t = isoToDay(s.today, "today");
  if (s.lastLogDate !== null && isoToDay(s.lastLogDate, "lastLogDate") > t)
    throw new InvalidInputError("lastLogDate", "the last log cannot be after today");
  const flags: ClientFlag[] = [];
  const stall = slopeOver(s.weighIns, t, STALL_DAYS + 1);
  if (
    s.plannedKgPerWeek !== null &&
    s.plannedKgPerWeek < 0 &&
    stall !== null &&
    stall.span >= 14 &&
    stall.slope * STALL_DAYS > -STALL_MIN_LOSS_KG
  )
    flags.push("stalled");
  const trend = clientTrend(s.today, s.weighIns);
  if (
    trend.kgPerWeek !== null &&
    trend.trendKg !== null &&
    -trend.kgPerWeek > (MAX_LOSS_PCT_PER_WEEK / 100) * trend.trendKg
  )
    flags.push("too-fast");
  if (s.lastLogDate === null || t - isoToDay(s.lastLogDate, "lastLogDate") >= NO_LOG_DAYS)
    flags.push("no-log");
  return flags;
}
