import { jacksonBodyFatPct } from "../body/jackson.js";
import { InvalidInputError } from "../errors.js";
import type { HallPerson } from "../energy/hall-model.js";
import { mifflinStJeor } from "../energy/rmr.js";
import { gaussian, mulberry32, type Random } from "../random.js";
import { addDays, isoToDay } from "../trend/iso-day.js";
import { adaptiveExpenditure } from "./adaptive.js";
import type { DailyLog } from "./daily-log.js";
import { energyDensity } from "./energy-density.js";
import { fitLine, studentT90 } from "./line-fit.js";
import { simulateLog, trueLogScaleExpenditure } from "./simulated-log.js";
import { estimateExpenditure } from "./window-estimate.js";

// The simulation suite behind docs/adr/0012 and docs/benchmarks.md: the same simulated logs go to
// the window estimator, the old smoothed-trend estimator and a plain 28-day regression.

/** Four people the suite simulates; each seed varies the cut, under-reporting and body fat guess. */
export const TRIAL_PEOPLE: readonly {
  readonly label: string;
  readonly person: HallPerson;
  readonly cutKcal: number;
}[] = [
  {
    label: "man 40 y, 100 kg",
    person: { sex: "male", ageYears: 40, heightCm: 180, weightKg: 100, pal: 1.6 },
    cutKcal: 600,
  },
  {
    label: "woman 30 y, 70 kg",
    person: { sex: "female", ageYears: 30, heightCm: 165, weightKg: 70, pal: 1.5 },
    cutKcal: 400,
  },
  {
    label: "woman 55 y, 90 kg",
    person: { sex: "female", ageYears: 55, heightCm: 160, weightKg: 90, pal: 1.45 },
    cutKcal: 500,
  },
  {
    label: "man 25 y, 80 kg",
    person: { sex: "male", ageYears: 25, heightCm: 175, weightKg: 80, pal: 1.8 },
    cutKcal: 350,
  },
];

export type TrialMethod = "window" | "old" | "plain28";
export const TRIAL_METHODS: readonly TrialMethod[] = ["window", "old", "plain28"];

export interface TrialStats {
  readonly method: TrialMethod;
  readonly days: number;
  readonly n: number;
  readonly biasKcal: number;
  readonly maeKcal: number;
  /** Share of intervals holding the truth; undefined for a method without an interval. */
  readonly coverage80: number | undefined;
  readonly meanHalfWidthKcal: number | undefined;
  readonly meanCompleteDays: number;
}

interface Sample {
  readonly err: number;
  readonly covered: boolean | undefined;
  readonly half: number | undefined;
  readonly complete: number;
}

/**
 * Runs every person × seed, estimates at each log length and summarises each method.
 *
 * @example
 * runTrials({ seeds: 5, days: [28] }).find((s) => s.method === "window")?.coverage80; // ≈ 0.8
 */
export function runTrials(opts: {
  readonly seeds: number;
  readonly days: readonly number[];
  readonly firstSeed?: number;
}): TrialStats[] {
  const samples = new Map<string, Sample[]>();
  const longest = Math.max(...opts.days);
  for (let s = 0; s < opts.seeds; s++) {
    for (const [p, who] of TRIAL_PEOPLE.entries()) {
      const random = mulberry32(((opts.firstSeed ?? 1) + s) * 7919 + p);
      const trial = makeTrial(who.person, who.cutKcal, longest, random);
      for (const days of opts.days) {
        const to = addDays(START, days - 1);
        const log = trial.sim.log.filter((r) => r.date <= to);
        const truth = trueLogScaleExpenditure(trial.sim, Math.max(0, days - 28), days - 1);
        for (const method of TRIAL_METHODS) {
          const r = estimateWith(method, log, to, trial.priorKcal, trial.bodyFatPct);
          if (r === undefined) continue;
          const key = `${method}:${days}`;
          const list = samples.get(key) ?? [];
          list.push({
            err: r.kcal - truth,
            covered:
              r.low === undefined || r.high === undefined ? undefined : truth >= r.low && truth <= r.high,
            half: r.low === undefined || r.high === undefined ? undefined : (r.high - r.low) / 2,
            complete: log.filter((l) => l.complete === true && l.date > addDays(to, -28)).length,
          });
          samples.set(key, list);
        }
      }
    }
  }
  const out: TrialStats[] = [];
  for (const days of opts.days)
    for (const method of TRIAL_METHODS) {
      const list = samples.get(`${method}:${days}`) ?? [];
      const mean = (f: (x: Sample) => number) => list.reduce((a, x) => a + f(x), 0) / list.length;
      const withInterval = list.filter((x) => x.covered !== undefined);
      out.push({
        method,
        days,
        n: list.length,
        biasKcal: mean((x) => x.err),
        maeKcal: mean((x) => Math.abs(x.err)),
        coverage80:
          withInterval.length === 0
            ? undefined
            : withInterval.filter((x) => x.covered).length / withInterval.length,
        meanHalfWidthKcal: withInterval.length === 0 ? undefined : mean((x) => x.half ?? 0),
        meanCompleteDays: mean((x) => x.complete),
      });
    }
  return out;
}

const START = "2025-01-06";

function makeTrial(person: HallPerson, cut: number, days: number, random: Random) {
  const sim = simulateLog({
    person,
    days,
    start: START,
    deficitKcal: cut + 150 * (random() * 2 - 1),
    underReportKcal: 250 * random(),
    random,
  });
  const weightKg = person.weightKg;
  // The app's prior: RMR × the default PAL 1.6, whatever the person's true activity.
  const priorKcal = 1.6 * mifflinStJeor({ ...person, weightKg });
  const bodyFatPct = Math.min(60, Math.max(5, jacksonBodyFatPct(person) + 3 * gaussian(random)));
  return { sim, priorKcal, bodyFatPct };
}

function estimateWith(
  method: TrialMethod,
  log: readonly DailyLog[],
  to: string,
  priorKcal: number,
  bodyFatPct: number,
): { kcal: number; low?: number; high?: number } | undefined {
  try {
    if (method === "window") {
      const e = estimateExpenditure(log, { to, priorKcal, bodyFatPct });
      return { kcal: e.expenditureKcal, low: e.low80Kcal, high: e.high80Kcal };
    }
    if (method === "old")
      return { kcal: adaptiveExpenditure(log, { to, priorKcal, bodyFatPct }).expenditureKcal };
    return plainRegression(log, to, bodyFatPct);
  } catch (e) {
    // A log too thin for a method (a trip over the first days) is skipped and counted in n.
    if (e instanceof InvalidInputError) return undefined;
    throw e;
  }
}

/** Mean complete intake − ρ × the OLS slope of the last 28 days' weigh-ins, with the textbook interval. */
function plainRegression(log: readonly DailyLog[], to: string, bodyFatPct: number) {
  const from = addDays(to, -27);
  const rows = log.filter((r) => r.date >= from && r.date <= to);
  const intakes = rows.flatMap((r) =>
    r.complete === true && r.intakeKcal !== undefined ? [r.intakeKcal] : [],
  );
  const pts = rows.flatMap((r) =>
    r.weightKg === undefined ? [] : [{ x: isoToDay(r.date, "date"), y: r.weightKg }],
  );
  if (intakes.length < 2 || pts.length < 4) return undefined;
  const line = fitLine(pts);
  const rho = energyDensity(((pts[0]?.y ?? 80) * bodyFatPct) / 100).kcalPerKg;
  const mean = intakes.reduce((a, b) => a + b, 0) / intakes.length;
  const kcal = mean - rho * line.slope;
  const sse = pts.reduce((a, p) => a + (p.y - line.at(p.x)) ** 2, 0);
  const mx = pts.reduce((a, p) => a + p.x, 0) / pts.length;
  const sxx = pts.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const half = studentT90(pts.length - 2) * rho * Math.sqrt(sse / (pts.length - 2) / sxx);
  return { kcal, low: kcal - half, high: kcal + half };
}
