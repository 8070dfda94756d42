import { InvalidInputError } from "../errors.js";
import type { DailyLog } from "../expenditure/daily-log.js";
import { estimateExpenditure, type ExpenditureEstimate } from "../expenditure/window-estimate.js";
import { addDays, isoToDay } from "../trend/iso-day.js";
import { trendWeights } from "../trend/trend-weight.js";
import { calibratedForecast, type MeasuredExpenditure } from "./calibrated-forecast.js";
import type { HallPerson } from "./hall-model.js";
import { mifflinStJeor } from "./rmr.js";

// The forecast's own track record (leanback's rule, docs/adr/0012): re-make the forecast as it
// would have been made `horizonDays` ago, from the log as it stood then, run it at the intake
// logged since, and set it beside the weight now. Weights on both ends are the least-squares line
// through the window's weigh-ins (water included), so neither end carries a smoother's lag.

/** Fewest complete diary days since the forecast for the comparison to mean anything. */
const MIN_DAYS_SINCE = 7;

export interface TrackRecord {
  /** The day the forecast would have been made. */
  readonly madeOn: string;
  readonly forDate: string;
  readonly basis: "measured" | "formula";
  readonly startKg: number;
  /** Mean complete-day intake logged since madeOn, kcal/d: the intake the forecast is run at. */
  readonly intakeKcal: number;
  readonly forecastKg: number;
  readonly lowKg: number;
  readonly highKg: number;
  /** Weight now: the line through the last 28 days' weigh-ins at its last day. */
  readonly actualKg: number;
  /** actual − forecast, kg. */
  readonly errorKg: number;
  readonly withinBand: boolean;
}

export interface TrackRecordInput {
  readonly log: readonly DailyLog[];
  /** The person; weightKg is ignored (it is taken from the log at the time). */
  readonly person: Omit<HallPerson, "weightKg">;
  /** Today, 'YYYY-MM-DD'; the log is read up to yesterday. */
  readonly today: string;
  readonly horizonDays?: number;
}

/**
 * Yesterday's data judged against the forecast of `horizonDays` ago, or undefined while the log
 * is too short (no weigh-ins then, or fewer than 7 complete diary days since).
 *
 * @example
 * trackRecord({ log, person, today: "2025-03-01" });
 * // → { madeOn: "2025-02-01", forecastKg: 76.8, lowKg: 76.1, highKg: 77.4, actualKg: 76.6, … }
 */
export function trackRecord(input: TrackRecordInput): TrackRecord | undefined {
  const horizon = input.horizonDays ?? 28;
  if (!(Number.isInteger(horizon) && horizon >= 7 && horizon <= 182))
    throw new InvalidInputError("horizonDays", "the horizon must be 7–182 whole days");
  const yesterday = addDays(input.today, -1);
  const madeOn = addDays(input.today, -horizon);
  const before = input.log.filter((r) => r.date < madeOn);
  const since = input.log.filter((r) => r.date >= madeOn && r.date <= yesterday);
  const weighIns = before.flatMap((r) =>
    r.weightKg === undefined ? [] : [{ date: r.date, weightKg: r.weightKg }],
  );
  const eaten = since.flatMap((r) =>
    r.complete === true && r.intakeKcal !== undefined ? [r.intakeKcal] : [],
  );
  if (weighIns.length === 0 || eaten.length < MIN_DAYS_SINCE) return undefined;
  const intakeKcal = eaten.reduce((a, b) => a + b, 0) / eaten.length;

  const trendThen = trendWeights(weighIns).at(-1)?.trendKg ?? Number.NaN;
  const prior = input.person.pal * mifflinStJeor({ ...input.person, weightKg: trendThen });
  const then = tryEstimate(before, addDays(madeOn, -1), prior, input.person.bodyFatPct);
  const startKg = then?.trendEndKg ?? trendThen;
  const now = tryEstimate(
    input.log.filter((r) => r.date <= yesterday),
    yesterday,
    undefined,
    input.person.bodyFatPct,
  );
  const weighInsNow = input.log.flatMap((r) =>
    r.weightKg === undefined || r.date > yesterday ? [] : [{ date: r.date, weightKg: r.weightKg }],
  );
  const actualKg = now?.trendEndKg ?? trendWeights(weighInsNow).at(-1)?.trendKg ?? Number.NaN;
  const forDate = now?.trendEndKg !== undefined ? lastWeighIn(input.log, yesterday) : yesterday;

  const measured = measuredFrom(then, before);
  const days = Math.max(1, daysBetween(madeOn, forDate));
  const f = calibratedForecast({ ...input.person, weightKg: startKg }, measured, {
    days,
    intake: () => intakeKcal,
  });
  const c = f.band.central.at(-1)?.weightKg ?? Number.NaN;
  const lo = f.band.lower.at(-1)?.weightKg ?? Number.NaN;
  const hi = f.band.upper.at(-1)?.weightKg ?? Number.NaN;
  return {
    madeOn,
    forDate,
    basis: f.basis,
    startKg,
    intakeKcal,
    forecastKg: c,
    lowKg: lo,
    highKg: hi,
    actualKg,
    errorKg: actualKg - c,
    withinBand: actualKg >= lo && actualKg <= hi,
  };
}

/**
 * The measured expenditure a forecast may run from: data alone (no prior blend) and at least
 * medium confidence, with a plausible value; otherwise undefined (the formula is used).
 *
 * @example
 * measuredFrom(estimateExpenditure(log), log)?.expenditureKcal; // → 2480 when the log allows
 */
export function measuredFrom(
  e: ExpenditureEstimate | undefined,
  log: readonly DailyLog[],
): MeasuredExpenditure | undefined {
  if (
    e === undefined ||
    e.adaptiveKcal === undefined ||
    e.meanIntakeKcal === undefined ||
    e.quality.priorWeight > 0 ||
    e.confidence === "low" ||
    !(e.expenditureKcal >= 800 && e.expenditureKcal <= 8000)
  )
    return undefined;
  const first = log.reduce((m, r) => (r.date < m ? r.date : m), e.to);
  return {
    expenditureKcal: e.expenditureKcal,
    low80Kcal: e.low80Kcal,
    high80Kcal: e.high80Kcal,
    meanIntakeKcal: e.meanIntakeKcal,
    daysOnIntake: daysBetween(first, e.to) + 1,
  };
}

function tryEstimate(
  log: readonly DailyLog[],
  to: string,
  priorKcal: number | undefined,
  bodyFatPct: number | undefined,
): ExpenditureEstimate | undefined {
  if (log.length === 0) return undefined;
  try {
    return estimateExpenditure(log, {
      to,
      ...(priorKcal !== undefined && priorKcal >= 800 && priorKcal <= 8000 ? { priorKcal } : {}),
      ...(bodyFatPct !== undefined ? { bodyFatPct } : {}),
    });
  } catch (e) {
    if (e instanceof InvalidInputError) return undefined;
    throw e;
  }
}

function lastWeighIn(log: readonly DailyLog[], upTo: string): string {
  return log.reduce((m, r) => (r.weightKg !== undefined && r.date <= upTo && r.date > m ? r.date : m), "");
}

function daysBetween(a: string, b: string): number {
  return isoToDay(b, "date") - isoToDay(a, "date");
}
