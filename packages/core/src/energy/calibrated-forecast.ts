import { InvalidInputError, requireRange } from "../errors.js";
import { forecastBand, type ForecastBand } from "./forecast-band.js";
import { hallBaseline, type HallOptions, type HallPerson } from "./hall-model.js";
import { BETA_AT, BETA_TEF, DEFAULT_CARB_FRACTION, TAU_AT } from "./hall-params.js";

// A forecast calibrated to the person (docs/adr/0012): Hall's model run from the maintenance their
// own log measured rather than RMR × PAL. The measured expenditure EE at a logged intake EI sits
// below maintenance B by the thermic effect of the food given up and the adaptive thermogenesis
// built up over t days (Hall KD et al., Lancet 2011, web appendix: TEF = βTEF·ΔEI, τ·dAT/dt =
// βAT·ΔEI − AT): EE = B − k·(B − EI), k = βTEF + βAT·(1 − e^(−t/τ)), so B = (EE − k·EI)/(1 − k).
// The model then runs with every planned day shifted by (formula B − measured B), which is the same
// deficit against the measured maintenance, and the band is the measured 80 % interval. The
// person's glycogen and water already sit where the logged intake put them, so the baseline
// carbohydrate is set to the logged intake's (CIb = c·EI): only a change from it moves water again.
// Adaptive thermogenesis cannot start part-built in the model; it re-builds from zero, which
// forecasts ~0.15 kg too much loss over 4 weeks at a 500 kcal/d cut.

export interface MeasuredExpenditure {
  readonly expenditureKcal: number;
  readonly low80Kcal: number;
  readonly high80Kcal: number;
  /** Mean logged intake over the estimate's window. */
  readonly meanIntakeKcal: number;
  /** Days the person has eaten about that intake (the log's length, capped by the caller). */
  readonly daysOnIntake: number;
}

export interface CalibratedForecast {
  readonly band: ForecastBand;
  readonly basis: "measured" | "formula";
  /** Maintenance the forecast is run from, kcal/d (on the log's scale when measured). */
  readonly maintenanceKcal: number;
  readonly maintenanceLow80Kcal: number | undefined;
  readonly maintenanceHigh80Kcal: number | undefined;
}

/**
 * Maintenance from a measured expenditure at a logged intake, with its 80 % interval.
 *
 * @example
 * measuredMaintenance({ expenditureKcal: 2400, low80Kcal: 2300, high80Kcal: 2500,
 *   meanIntakeKcal: 1900, daysOnIntake: 1000 }).kcal; // → (2400 − 0.24·1900)/0.76 ≈ 2558
 */
export function measuredMaintenance(m: MeasuredExpenditure): { kcal: number; low: number; high: number } {
  requireRange("expenditureKcal", m.expenditureKcal, 800, 8000, "expenditure must be 800–8000 kcal/d");
  requireRange("meanIntakeKcal", m.meanIntakeKcal, 0, 15000, "intake must be 0–15000 kcal/d");
  if (!(m.low80Kcal <= m.expenditureKcal && m.expenditureKcal <= m.high80Kcal))
    throw new InvalidInputError("low80Kcal", "the interval must hold the estimate");
  const k = BETA_TEF + BETA_AT * (1 - Math.exp(-Math.max(0, m.daysOnIntake) / TAU_AT));
  const b = (ee: number) => (ee - k * m.meanIntakeKcal) / (1 - k);
  return { kcal: b(m.expenditureKcal), low: b(m.low80Kcal), high: b(m.high80Kcal) };
}

/**
 * Hall forecast from the measured maintenance when given, else from RMR × PAL with the ±10 % band.
 *
 * @example
 * calibratedForecast(person, measured, { days: 28, intake: () => 1900 }).basis; // → "measured"
 */
export function calibratedForecast(
  person: HallPerson,
  measured: MeasuredExpenditure | undefined,
  options: HallOptions,
): CalibratedForecast {
  const formula = hallBaseline(person).intakeKcal;
  if (measured === undefined)
    return {
      band: forecastBand(person, options),
      basis: "formula",
      maintenanceKcal: formula,
      maintenanceLow80Kcal: undefined,
      maintenanceHigh80Kcal: undefined,
    };
  const m = measuredMaintenance(measured);
  const offset = formula - m.kcal;
  const planned = options.intake;
  const at = (k: number): number => {
    const v = typeof planned === "function" ? planned(k) : planned[k];
    if (v === undefined)
      throw new InvalidInputError("intake", `the intake schedule has no value for plan day ${k}`);
    return Math.max(0, v + offset);
  };
  const pct = Math.min(50, (100 * Math.max(m.kcal - m.low, m.high - m.kcal)) / formula);
  const carb = options.carbFraction ?? DEFAULT_CARB_FRACTION;
  // Carbohydrate share of the model's baseline intake that equals today's carbohydrate intake.
  const baselineCarb = Math.min(1, Math.max(0.05, (carb * (measured.meanIntakeKcal + offset)) / formula));
  return {
    band: forecastBand(person, { ...options, intake: at, baselineCarbFraction: baselineCarb }, pct),
    basis: "measured",
    maintenanceKcal: m.kcal,
    maintenanceLow80Kcal: m.low,
    maintenanceHigh80Kcal: m.high,
  };
}
