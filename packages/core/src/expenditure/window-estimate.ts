import { InvalidInputError, requireRange } from "../errors.js";
import { BETA_AT, BETA_TEF, RHO_G, TAU_AT } from "../energy/hall-params.js";
import { dayToIso, isoToDay } from "../trend/iso-day.js";
import { DEFAULT_WINDOW_DAYS, PRIOR_FADE_DAYS, type AdaptiveEstimate } from "./adaptive.js";
import type { DailyLog } from "./daily-log.js";
import { confidenceOfHalfWidth, describeQuality } from "./estimate-quality.js";
import { energyDensity } from "./energy-density.js";
import { fitLine, studentT90 } from "./line-fit.js";
import { waterShift, type WaterShiftDay } from "./water-shift.js";

// Expenditure by window regression (docs/adr/0012): energy balance EE = EI − dE/dt (Hall KD & Chow
// CC, Am J Clin Nutr 2011;94:66) with the stored-energy change read from a least-squares line through
// the window's own weigh-ins (no smoother, so no lag), after removing the water and glycogen that
// follow intake changes (Hall 2011 sub-models, water-shift.ts):
//   EE = mean(EI) − ρ·b − ρG·ΔG/Δt,  b the slope of (weight − water) over the window,
// ρ the Forbes energy density. Its 80 % interval adds the slope's standard error (inflated for
// day-to-day correlation of residuals), the intake mean's, and model terms for ρ and the water.

/** Prior's standard deviation as a share of the formula: RMR × PAL misses by ~10–15 % a person. */
export const PRIOR_SD_FRACTION = 0.12;
const Z80 = 1.2816;
const MIN_WEIGH_INS = 4;
const MIN_SPAN_DAYS = 6;
const ITERATIONS = 8;
/** Standard deviation no log can remove, kcal/d (leanback's assumption, docs/adr/0012). */
const MODEL_FLOOR_SD_KCAL = 50;

export interface WindowEstimateOptions {
  /**
   * First day of the window; default `to` − 27 days, or the log's first day if later. Never before
   * the first day with food logged.
   */
  readonly from?: string;
  /** Last day of the window; default the last date in the log. */
  readonly to?: string;
  /** Formula prior (RMR × PAL), kcal/d, blended by precision while the window is under 14 days long. */
  readonly priorKcal?: number;
  /** Body fat % for the Forbes energy density; without it 7700 kcal/kg. */
  readonly bodyFatPct?: number;
}

/**
 * As AdaptiveEstimate, except that trendStartKg/trendEndKg are the fitted line (water included) at
 * the window's first and last weigh-in, and trendKgPerWeek is the slope with water removed.
 */
export interface ExpenditureEstimate extends AdaptiveEstimate {
  /** The 80 % interval: the true expenditure on your log's scale lies below low80 10 % of the time. */
  readonly low80Kcal: number;
  readonly high80Kcal: number;
  /** Water and glycogen change over the window the estimate removed, kg (negative = water lost). */
  readonly waterShiftKg: number;
}

/**
 * Mean daily expenditure over a window, with an 80 % interval; confidence follows its width.
 *
 * @example
 * estimateExpenditure(log, { priorKcal: 2600, bodyFatPct: 28 });
 * // → { expenditureKcal: 2580, low80Kcal: 2460, high80Kcal: 2700, confidence: "high", … }
 */
export function estimateExpenditure(
  log: readonly DailyLog[],
  options: WindowEstimateOptions = {},
): ExpenditureEstimate {
  if (log.length === 0) throw new InvalidInputError("log", "the log has no rows");
  const rows = log.map((r) => ({ ...r, day: isoToDay(r.date, "date") }));
  for (const r of rows)
    if (
      r.intakeKcal !== undefined &&
      !(Number.isFinite(r.intakeKcal) && r.intakeKcal >= 0 && r.intakeKcal <= 15000)
    )
      throw new InvalidInputError("intakeKcal", `intake must be 0–15000 kcal (on ${r.date})`);
  const firstDay = Math.min(...rows.map((r) => r.day));
  const lastDay = Math.max(...rows.map((r) => r.day));
  const toDay = options.to === undefined ? lastDay : isoToDay(options.to, "to");
  const requested =
    options.from === undefined
      ? Math.max(firstDay, toDay - (DEFAULT_WINDOW_DAYS - 1))
      : isoToDay(options.from, "from");
  if (requested > toDay) throw new InvalidInputError("from", "from must not be after to");
  // The balance needs intake over the days the weight changes on, so the window starts no earlier
  // than the first day with food logged (weigh-ins alone before it say nothing about intake), and
  // the water model starts there: before it the person ate what held their weight.
  const firstFood = Math.min(...rows.flatMap((r) => (r.intakeKcal === undefined ? [] : [r.day])));
  const dietDay = firstFood <= toDay ? firstFood : toDay;
  const fromDay = firstFood <= toDay ? Math.max(requested, firstFood) : requested;
  const prior = options.priorKcal;
  if (prior !== undefined)
    requireRange("priorKcal", prior, 800, 8000, "formula prior must be 800–8000 kcal/d");

  const intakeByDay = completeIntakes(rows);
  const weights = dailyWeights(rows);
  const windowIntakes = [...intakeByDay].filter(([d]) => d >= fromDay && d <= toDay).map(([, v]) => v);
  const points = [...weights].filter(([d]) => d >= fromDay && d <= toDay).sort((a, b) => a[0] - b[0]);
  const n = windowIntakes.length;
  const meanIntake = n > 0 ? windowIntakes.reduce((a, b) => a + b, 0) / n : undefined;
  const span = points.length > 0 ? (points.at(-1)?.[0] ?? 0) - (points[0]?.[0] ?? 0) : 0;

  let data: DataFit | undefined;
  if (meanIntake !== undefined && n >= 2 && points.length >= MIN_WEIGH_INS && span >= MIN_SPAN_DAYS) {
    // Fixed point: the water model needs the intake before the log, taken as the intake that held
    // weight then. Expenditure has since fallen by the thermic effect of the food given up and by
    // adaptive thermogenesis building up with τ = 14 d (Hall 2011 appendix, βTEF, βAT, τAT):
    // EE = B − k·(B − EI), k = βTEF + βAT·mean(1 − e^(−t/τ)) over the window, so B = (EE − k·EI)/(1 − k).
    let adapt = 0;
    for (let d = fromDay; d <= toDay; d++) adapt += 1 - Math.exp(-Math.max(0, d - dietDay + 0.5) / TAU_AT);
    const k = BETA_TEF + (BETA_AT * adapt) / (toDay - fromDay + 1);
    let baseline = prior ?? meanIntake;
    for (let i = 0; i < ITERATIONS; i++) {
      data = fitWindow(
        points,
        windowIntakes,
        meanIntake,
        intakeByDay,
        dietDay,
        toDay,
        baseline,
        options.bodyFatPct,
      );
      const next = (data.kcal - k * meanIntake) / (1 - k);
      baseline = Math.min(10000, Math.max(500, next));
    }
  }
  if (data === undefined && prior === undefined)
    throw new InvalidInputError(
      "log",
      `the window ${dayToIso(fromDay)}..${dayToIso(toDay)} needs complete intake days and ${MIN_WEIGH_INS}+ weigh-ins spanning ` +
        `${MIN_SPAN_DAYS}+ days, or a formula prior (sex, age, height, PAL)`,
    );
  const priorVar = prior === undefined ? undefined : (PRIOR_SD_FRACTION * prior) ** 2;
  let kcal: number;
  let variance: number;
  let priorWeight: number;
  if (data === undefined) {
    kcal = prior ?? 0;
    variance = priorVar ?? 0;
    priorWeight = 1;
  } else if (priorVar === undefined || n >= PRIOR_FADE_DAYS || toDay - fromDay + 1 >= PRIOR_FADE_DAYS) {
    // From two weeks of log (or 14 complete days) on, the data stand alone: a prior would bias it.
    kcal = data.kcal;
    variance = data.variance;
    priorWeight = 0;
  } else {
    // Precision-weighted blend (the normal–normal posterior) while the log is short.
    priorWeight = 1 / priorVar / (1 / priorVar + 1 / data.variance);
    kcal = priorWeight * (prior ?? 0) + (1 - priorWeight) * data.kcal;
    variance = 1 / (1 / priorVar + 1 / data.variance);
  }
  const half = Z80 * Math.sqrt(variance);
  const density = data?.density ?? energyDensity(undefined);
  const quality = describeQuality(rows, fromDay, toDay, meanIntake, priorWeight);
  return {
    expenditureKcal: kcal,
    adaptiveKcal: data?.kcal,
    priorKcal: prior,
    from: dayToIso(fromDay),
    to: dayToIso(toDay),
    daysUsed: data === undefined ? 0 : n,
    meanIntakeKcal: meanIntake,
    trendStartKg: data?.startKg,
    trendEndKg: data?.endKg,
    trendKgPerWeek: data === undefined ? undefined : data.slopeKgPerDay * 7,
    energyDensityKcalPerKg: density.kcalPerKg,
    energyDensitySource: density.source,
    quality,
    confidence: confidenceOfHalfWidth(half),
    low80Kcal: kcal - half,
    high80Kcal: kcal + half,
    waterShiftKg: data?.waterShiftKg ?? 0,
  };
}

interface DataFit {
  readonly kcal: number;
  /** Variance of kcal scaled to a normal 80 % quantile (the t quantile folded in). */
  readonly variance: number;
  readonly slopeKgPerDay: number;
  readonly startKg: number;
  readonly endKg: number;
  readonly waterShiftKg: number;
  readonly density: ReturnType<typeof energyDensity>;
}

function fitWindow(
  points: readonly (readonly [number, number])[],
  windowIntakes: readonly number[],
  meanIntake: number,
  intakeByDay: ReadonlyMap<number, number>,
  dietDay: number,
  toDay: number,
  baselineKcal: number,
  bodyFatPct: number | undefined,
): DataFit {
  // Intake of every day from the first logged day; days without a complete diary get the mean.
  const eaten: number[] = [];
  for (let d = dietDay; d < toDay; d++) eaten.push(intakeByDay.get(d) ?? meanIntake);
  const water = waterShift(eaten, baselineKcal);
  const at = (day: number): WaterShiftDay =>
    day <= dietDay
      ? { glycogenKg: 0, waterKg: 0 }
      : (water[day - dietDay - 1] ?? { glycogenKg: 0, waterKg: 0 });
  const tissue = fitLine(points.map(([d, kg]) => ({ x: d, y: kg - at(d).waterKg })));
  const waterLine = fitLine(points.map(([d]) => ({ x: d, y: at(d).waterKg })));
  const x0 = points[0]?.[0] ?? dietDay;
  const x1 = points.at(-1)?.[0] ?? toDay;
  const startKg = tissue.at(x0) + at(x0).waterKg;
  const endKg = tissue.at(x1) + at(x1).waterKg;
  if (bodyFatPct !== undefined) requireRange("bodyFat", bodyFatPct, 3, 70, "body fat must be 3–70 %");
  const density = energyDensity(bodyFatPct === undefined ? undefined : (tissue.at(x0) * bodyFatPct) / 100);
  const rho = density.kcalPerKg;
  const glycogenRate = (RHO_G * (at(x1).glycogenKg - at(x0).glycogenKg)) / (x1 - x0);
  const kcal = meanIntake - rho * tissue.slope - glycogenRate;

  const n = windowIntakes.length;
  const intakeVar =
    n > 1
      ? windowIntakes.reduce((a, v) => a + (v - meanIntake) ** 2, 0) / (n - 1) / n
      : meanIntake ** 2 * 0.01;
  // Degrees of freedom of the effective sample: n·(1 − r)/(1 + r) independent weigh-ins.
  const r = tissue.autocorrelation;
  const t = studentT90(Math.max(1, (points.length * (1 - r)) / (1 + r) - 2));
  const slopeVar = rho ** 2 * tissue.slopeVariance * (t / Z80) ** 2;
  // Model terms: ρ known to ~5 %; the water model's size to ~30 %; and a floor for what no log
  // shows (a person's own energy density, drift within the window), so no interval is ever ±0.
  const modelVar =
    (0.05 * rho * tissue.slope) ** 2 + (0.3 * rho * waterLine.slope) ** 2 + MODEL_FLOOR_SD_KCAL ** 2;
  return {
    kcal,
    variance: slopeVar + intakeVar + modelVar,
    slopeKgPerDay: tissue.slope,
    startKg,
    endKg,
    waterShiftKg: at(x1).waterKg - at(x0).waterKg,
    density,
  };
}

/** Complete-day intake by day (several rows on one day add up; any incomplete row spoils the day). */
function completeIntakes(rows: readonly (DailyLog & { day: number })[]): Map<number, number> {
  const acc = new Map<number, { kcal: number; complete: boolean }>();
  for (const r of rows) {
    if (r.intakeKcal === undefined) continue;
    const prev = acc.get(r.day);
    acc.set(r.day, {
      kcal: (prev?.kcal ?? 0) + r.intakeKcal,
      complete: (prev?.complete ?? true) && r.complete === true,
    });
  }
  return new Map([...acc].filter(([, v]) => v.complete).map(([d, v]) => [d, v.kcal]));
}

function dailyWeights(rows: readonly (DailyLog & { day: number })[]): Map<number, number> {
  const acc = new Map<number, { sum: number; n: number }>();
  for (const r of rows) {
    if (r.weightKg === undefined) continue;
    if (!(Number.isFinite(r.weightKg) && r.weightKg >= 25 && r.weightKg <= 400))
      throw new InvalidInputError("weightKg", `weight must be 25–400 kg (on ${r.date})`);
    const a = acc.get(r.day) ?? { sum: 0, n: 0 };
    acc.set(r.day, { sum: a.sum + r.weightKg, n: a.n + 1 });
  }
  return new Map([...acc].map(([d, a]) => [d, a.sum / a.n]));
}
