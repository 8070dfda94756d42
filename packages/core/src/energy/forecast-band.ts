import { requireRange } from "../errors.js";
import { hallBaseline, simulateHall, type HallDay, type HallOptions, type HallPerson } from "./hall-model.js";

/** Default half-width of the band: ±10 % of baseline intake, as the NIH Body Weight Planner. */
export const DEFAULT_BAND_PCT = 10;

export interface ForecastBand {
  readonly central: readonly HallDay[];
  /** True maintenance `pct` % of EI0 higher than estimated: every planned day is that much lower. */
  readonly lower: readonly HallDay[];
  /** True maintenance `pct` % of EI0 lower than estimated: every planned day is that much higher. */
  readonly upper: readonly HallDay[];
  readonly pct: number;
}

/**
 * A forecast with an uncertainty band from the baseline-intake estimate (Hall 2011 Lancet:
 * individual error is dominated by intake; NIH planner uses ±10 %).
 *
 * Meaning: the plan's intakes are set relative to the estimated maintenance EI0 = PAL·RMR. If the
 * person's true maintenance is (1 ± pct/100)·EI0, then relative to the truth every planned day
 * (including a return to "baseline") is off by ∓pct/100·EI0. `lower`/`upper` are the same model
 * run with every day's intake shifted by −/+ pct/100·EI0 (floored at 0 kcal/d). It is a
 * plausible range for a typical estimate error, not a statistical confidence interval.
 *
 * @example
 * const person = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 } as const;
 * forecastBand(person, { days: 180, intake: () => 1829 }).lower.at(-1)?.weightKg; // < central
 */
export function forecastBand(
  person: HallPerson,
  options: HallOptions,
  pct: number = DEFAULT_BAND_PCT,
): ForecastBand {
  requireRange("bandPct", pct, 0, 50, "band must be 0–50 % of baseline intake");
  const shift = (hallBaseline(person).intakeKcal * pct) / 100;
  const central = simulateHall(person, options);
  // Reuse the already validated central intakes so a schedule function is called once per day.
  const planned = central.slice(1).map((d) => d.intakeKcal);
  const lower = simulateHall(person, { ...options, intake: planned.map((i) => Math.max(0, i - shift)) });
  const upper = simulateHall(person, { ...options, intake: planned.map((i) => i + shift) });
  return { central, lower, upper, pct };
}
