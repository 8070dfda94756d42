import { InvalidInputError, requireRange } from "../errors.js";
import { dayToIso, isoToDay } from "../trend/iso-day.js";
import { trendWeights, type TrendPoint } from "../trend/trend-weight.js";
import type { DailyLog } from "./daily-log.js";
import { confidenceOf, type Confidence, type DataQuality } from "./data-quality.js";
import { energyDensity } from "./energy-density.js";

// Adaptive expenditure by intake balance (Hall KD & Chow CC, Am J Clin Nutr 2011;94:66, "Estimating
// changes in free-living energy intake"; SCIENCE.md §3): EE_mean = EI_mean − ρ·ΔT/Δt, with T the
// 10 %-smoothed trend weight over the whole history and ρ the Forbes energy density.

/** Days of data after which the formula prior no longer contributes (SCIENCE.md §3). */
export const PRIOR_FADE_DAYS = 14;
/** Default window: the last 28 days (SCIENCE.md §3: 3–4 weeks). */
export const DEFAULT_WINDOW_DAYS = 28;
const MIN_TREND_SPAN_DAYS = 7;
const INTAKE_CHANGE_KCAL = 300;

export interface AdaptiveOptions {
  /** First day of the window, 'YYYY-MM-DD'; default `to` − 27 days. */
  readonly from?: string;
  /** Last day of the window; default the last date in the log. */
  readonly to?: string;
  /** Formula prior (RMR × PAL), kcal/d; blended in while fewer than 14 complete days exist. */
  readonly priorKcal?: number;
  /** Body fat % for the Forbes energy density; without it 7700 kcal/kg is used. */
  readonly bodyFatPct?: number;
}

export interface AdaptiveEstimate {
  readonly expenditureKcal: number;
  /** The intake-balance estimate alone; undefined when the log cannot give one. */
  readonly adaptiveKcal: number | undefined;
  readonly priorKcal: number | undefined;
  readonly from: string;
  readonly to: string;
  /** Complete intake days the estimate rests on. */
  readonly daysUsed: number;
  readonly meanIntakeKcal: number | undefined;
  readonly trendStartKg: number | undefined;
  readonly trendEndKg: number | undefined;
  /** Trend change per week over the window (negative = losing). */
  readonly trendKgPerWeek: number | undefined;
  readonly energyDensityKcalPerKg: number;
  readonly energyDensitySource: "forbes" | "fallback";
  readonly quality: DataQuality;
  readonly confidence: Confidence;
}

/**
 * Estimates mean daily expenditure over a window from a person's own weight and intake log.
 *
 * @example
 * adaptiveExpenditure(log, { priorKcal: 2600, bodyFatPct: 28 });
 * // → { expenditureKcal: …, daysUsed: 24, confidence: "high", … }
 */
export function adaptiveExpenditure(
  log: readonly DailyLog[],
  options: AdaptiveOptions = {},
): AdaptiveEstimate {
  if (log.length === 0) throw new InvalidInputError("log", "the log has no rows");
  const rows = log.map((r) => ({ ...r, day: isoToDay(r.date, "date") }));
  for (const r of rows) {
    if (
      r.intakeKcal !== undefined &&
      !(Number.isFinite(r.intakeKcal) && r.intakeKcal >= 0 && r.intakeKcal <= 15000)
    )
      throw new InvalidInputError("intakeKcal", `intake must be 0–15000 kcal (on ${r.date})`);
  }
  const lastDay = Math.max(...rows.map((r) => r.day));
  const toDay = options.to === undefined ? lastDay : isoToDay(options.to, "to");
  const fromDay =
    options.from === undefined ? toDay - (DEFAULT_WINDOW_DAYS - 1) : isoToDay(options.from, "from");
  if (fromDay > toDay) throw new InvalidInputError("from", "from must not be after to");
  const prior = options.priorKcal;
  if (prior !== undefined)
    requireRange("priorKcal", prior, 800, 8000, "formula prior must be 800–8000 kcal/d");

  const inWindow = rows.filter((r) => r.day >= fromDay && r.day <= toDay);
  const windowDays = toDay - fromDay + 1;
  const weighed = new Set(inWindow.filter((r) => r.weightKg !== undefined).map((r) => r.day));
  const intakeDays = new Map<number, { kcal: number; complete: boolean }>();
  for (const r of inWindow) {
    if (r.intakeKcal === undefined) continue;
    // Several rows for one day: the day is complete only if every row says so; intakes add up.
    const prev = intakeDays.get(r.day);
    intakeDays.set(r.day, {
      kcal: (prev?.kcal ?? 0) + r.intakeKcal,
      complete: (prev?.complete ?? true) && r.complete === true,
    });
  }
  const complete = [...intakeDays.values()].filter((d) => d.complete);
  const meanIntake =
    complete.length > 0 ? complete.reduce((s, d) => s + d.kcal, 0) / complete.length : undefined;

  const weighIns = rows.flatMap((r) =>
    r.weightKg === undefined ? [] : [{ date: r.date, weightKg: r.weightKg }],
  );
  const trend = weighIns.length > 0 ? trendWeights(weighIns) : [];
  const span = trendSpan(trend, fromDay, toDay);
  const density = energyDensity(
    options.bodyFatPct === undefined || span === undefined
      ? undefined
      : fatKg(span.start.trendKg, options.bodyFatPct),
  );

  let adaptive: number | undefined;
  let kgPerDay: number | undefined;
  if (span !== undefined && meanIntake !== undefined) {
    kgPerDay = (span.end.trendKg - span.start.trendKg) / (span.end.day - span.start.day);
    adaptive = meanIntake - density.kcalPerKg * kgPerDay;
  }
  if (adaptive === undefined && prior === undefined)
    throw new InvalidInputError(
      "log",
      `the window ${dayToIso(fromDay)}..${dayToIso(toDay)} needs complete intake days and weigh-ins spanning ` +
        `${MIN_TREND_SPAN_DAYS}+ days, or a formula prior (sex, age, height, PAL)`,
    );
  const priorWeight =
    adaptive === undefined ? 1 : prior === undefined ? 0 : Math.max(0, 1 - complete.length / PRIOR_FADE_DAYS);
  const expenditure = (adaptive ?? 0) * (1 - priorWeight) + (prior ?? 0) * priorWeight;

  const quality: DataQuality = {
    windowDays,
    weighInDays: weighed.size,
    completeDays: complete.length,
    incompleteDays: [...intakeDays.values()].filter((d) => !d.complete).length,
    missingIntakeDays: windowDays - intakeDays.size,
    weightGapDays: windowDays - weighed.size,
    longestWeightGapDays: longestGap(weighed, fromDay, toDay),
    recentIntakeChange: intakeChanged(rows, fromDay, meanIntake),
    priorWeight,
  };
  return {
    expenditureKcal: expenditure,
    adaptiveKcal: adaptive,
    priorKcal: prior,
    from: dayToIso(fromDay),
    to: dayToIso(toDay),
    daysUsed: adaptive === undefined ? 0 : complete.length,
    meanIntakeKcal: meanIntake,
    trendStartKg: span?.start.trendKg,
    trendEndKg: span?.end.trendKg,
    trendKgPerWeek: kgPerDay === undefined ? undefined : kgPerDay * 7,
    energyDensityKcalPerKg: density.kcalPerKg,
    energyDensitySource: density.source,
    quality,
    confidence: adaptive === undefined ? "low" : confidenceOf(quality),
  };
}

function fatKg(weightKg: number, bodyFatPct: number): number {
  requireRange("bodyFat", bodyFatPct, 3, 70, "body fat must be 3–70 %");
  return (weightKg * bodyFatPct) / 100;
}

/** Trend at the day before the window (or the first trend day) and at its end (or the last). */
function trendSpan(
  trend: readonly TrendPoint[],
  fromDay: number,
  toDay: number,
): { start: TrendPoint; end: TrendPoint } | undefined {
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last) return undefined;
  const startDay = Math.max(fromDay - 1, first.day);
  const endDay = Math.min(toDay, last.day);
  if (endDay - startDay < MIN_TREND_SPAN_DAYS) return undefined;
  const start = trend[startDay - first.day];
  const end = trend[endDay - first.day];
  return start && end ? { start, end } : undefined;
}

function longestGap(weighed: ReadonlySet<number>, fromDay: number, toDay: number): number {
  let longest = 0;
  let run = 0;
  for (let d = fromDay; d <= toDay; d++) {
    run = weighed.has(d) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** True when complete days in the 14 days before the window average ≥ 300 kcal/d away from it. */
function intakeChanged(
  rows: readonly (DailyLog & { day: number })[],
  fromDay: number,
  meanIntake: number | undefined,
): boolean {
  if (meanIntake === undefined) return false;
  const before = rows.filter(
    (r) => r.day >= fromDay - 14 && r.day < fromDay && r.complete === true && r.intakeKcal !== undefined,
  );
  if (before.length < 5) return false;
  const m = before.reduce((s, r) => s + (r.intakeKcal ?? 0), 0) / before.length;
  return Math.abs(m - meanIntake) >= INTAKE_CHANGE_KCAL;
}
