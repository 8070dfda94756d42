import { InvalidInputError, requireRange } from "../errors.js";
import { hallBaseline, simulateHall, type HallPerson } from "../energy/hall-model.js";
import { gaussian, type Random } from "../random.js";
import { addDays } from "../trend/iso-day.js";
import type { DailyLog } from "./daily-log.js";

// Simulated logs for testing expenditure estimators (leanback's own simulation; the body is Hall's
// adult model, Hall KD et al., Lancet 2011;378:826). How a day is made, in order:
// 1. The person eats `baseline − deficitKcal` with a day-to-day spread (normal, sd adherenceSdKcal);
//    the Hall model turns those true intakes into true weight, fat, lean, water and expenditure.
// 2. The morning scale reads true weight + scale and gut-content noise (normal, sd scaleNoiseKg)
//    + water swings: a salty or carbohydrate-heavy day (chance waterDayChance) adds water that is
//    shed by half each day (already running two weeks before day 0); women also carry a 28-day
//    cycle of water (0 to cycleKg, random phase).
// 3. The diary logs true intake − a constant under-report (forgotten oil, bites: underReportKcal,
//    the same every day) × (1 + normal misreport, sd reportNoisePct %). A day is marked complete
//    with chance completeChance; an incomplete day logs only 40–90 % of it.
// 4. Days are missed: no weigh-in with chance 1 − weighInChance; a trip (chance tripChance a day)
//    leaves 3–7 days with neither weigh-in nor diary.
// The estimand on the log's scale is true expenditure − underReportKcal: the logged intake that
// would hold weight, which is what targets are followed on.

export interface LogSimulation {
  /** The true person; pal is their true activity level. */
  readonly person: HallPerson;
  readonly days: number;
  /** First day, 'YYYY-MM-DD'. */
  readonly start: string;
  /** Planned cut below true maintenance from day 0, kcal/d (the log starts with the diet). */
  readonly deficitKcal: number;
  readonly random: Random;
  readonly scaleNoiseKg?: number;
  readonly waterDayChance?: number;
  readonly waterDayKg?: number;
  readonly cycleKg?: number;
  readonly adherenceSdKcal?: number;
  readonly underReportKcal?: number;
  readonly reportNoisePct?: number;
  readonly completeChance?: number;
  readonly weighInChance?: number;
  readonly tripChance?: number;
}

export interface SimulatedDay {
  readonly date: string;
  /** True weight on the morning of this day, kg. */
  readonly trueWeightKg: number;
  readonly trueIntakeKcal: number;
  readonly trueExpenditureKcal: number;
}

export interface SimulatedLog {
  readonly log: DailyLog[];
  readonly truth: SimulatedDay[];
  readonly underReportKcal: number;
}

/** Defaults: a careful but human logger (numbers are leanback's assumptions, see docs/adr/0012). */
export const SIMULATION_DEFAULTS = {
  scaleNoiseKg: 0.35,
  waterDayChance: 0.1,
  waterDayKg: 0.6,
  cycleKg: 0.6,
  adherenceSdKcal: 250,
  underReportKcal: 0,
  reportNoisePct: 8,
  completeChance: 0.85,
  weighInChance: 0.8,
  tripChance: 0.01,
} as const;

/**
 * A seeded simulated log of `days` days and the truth behind it.
 *
 * @example
 * const person = { sex: "male", ageYears: 40, heightCm: 180, weightKg: 95, pal: 1.6 } as const;
 * simulateLog({ person, days: 28, start: "2025-01-01", deficitKcal: 500, random: mulberry32(1) })
 *   .log.length; // → 28
 */
export function simulateLog(sim: LogSimulation): SimulatedLog {
  const o = settingsOf(sim);
  requireRange("days", sim.days, 1, 3650, "days must be 1–3650");
  if (!Number.isInteger(sim.days)) throw new InvalidInputError("days", "days must be a whole number");
  requireRange("deficitKcal", sim.deficitKcal, -1500, 1500, "deficit must be −1500…1500 kcal/d");
  for (const k of ["waterDayChance", "completeChance", "weighInChance", "tripChance"] as const)
    requireRange(k, o[k], 0, 1, `${k} must be 0–1`);
  const r = sim.random;
  const ei0 = hallBaseline(sim.person).intakeKcal;
  const intakes = Array.from({ length: sim.days }, () =>
    Math.max(600, ei0 - sim.deficitKcal + o.adherenceSdKcal * gaussian(r)),
  );
  const model = simulateHall(sim.person, { days: sim.days, intake: intakes });
  const phase = r() * 28;
  const female = sim.person.sex === "female";
  // Salty days happened before the log too: run the water swings for two weeks first.
  let swing = 0;
  for (let i = 0; i < 14; i++) swing = swing / 2 + (r() < o.waterDayChance ? o.waterDayKg * (0.5 + r()) : 0);
  let tripLeft = 0;
  const log: DailyLog[] = [];
  const truth: SimulatedDay[] = [];
  for (let i = 0; i < sim.days; i++) {
    const morning = model[i];
    const day = model[i + 1];
    if (!morning || !day) break;
    const date = addDays(sim.start, i);
    truth.push({
      date,
      trueWeightKg: morning.weightKg,
      trueIntakeKcal: day.intakeKcal,
      trueExpenditureKcal: day.expenditureKcal,
    });
    const cycle = female ? (o.cycleKg * (1 - Math.cos((2 * Math.PI * (i + phase)) / 28))) / 2 : 0;
    const scale = morning.weightKg + swing + cycle + o.scaleNoiseKg * gaussian(r);
    // Today's salty or carbohydrate-heavy day shows on tomorrow's scale and halves each day.
    swing = swing / 2 + (r() < o.waterDayChance ? o.waterDayKg * (0.5 + r()) : 0);
    const weighed = r() < o.weighInChance;
    const complete = r() < o.completeChance;
    const logged = Math.max(
      0,
      (day.intakeKcal - o.underReportKcal) * (1 + (o.reportNoisePct / 100) * gaussian(r)),
    );
    if (tripLeft === 0 && r() < o.tripChance) tripLeft = 3 + Math.floor(r() * 5);
    if (tripLeft > 0) {
      tripLeft--;
      continue;
    }
    log.push({
      date,
      ...(weighed ? { weightKg: round(scale, 1) } : {}),
      intakeKcal: Math.round(complete ? logged : logged * (0.4 + 0.5 * r())),
      complete,
    });
  }
  return { log, truth, underReportKcal: o.underReportKcal };
}

/**
 * Mean true expenditure on the log's scale (true − under-report) over days [fromIndex, toIndex].
 *
 * @example
 * trueLogScaleExpenditure(simulateLog(settings), 0, 27); // → ≈ 2,650 kcal/d
 */
export function trueLogScaleExpenditure(s: SimulatedLog, fromIndex: number, toIndex: number): number {
  const days = s.truth.slice(fromIndex, toIndex + 1);
  if (days.length === 0) throw new InvalidInputError("toIndex", "the range holds no simulated day");
  return days.reduce((a, d) => a + d.trueExpenditureKcal, 0) / days.length - s.underReportKcal;
}

function round(v: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(v * f) / f;
}

type Knob = keyof typeof SIMULATION_DEFAULTS;

function settingsOf(sim: LogSimulation): Record<Knob, number> {
  const out = {} as Record<Knob, number>;
  for (const k of Object.keys(SIMULATION_DEFAULTS) as Knob[]) out[k] = sim[k] ?? SIMULATION_DEFAULTS[k];
  return out;
}
