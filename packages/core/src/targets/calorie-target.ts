import { InvalidInputError, requireRange } from "../errors.js";
import { FALLBACK_KCAL_PER_KG } from "../expenditure/energy-density.js";
import { MAX_LOSS_PCT_PER_WEEK, rateKgPerWeek, type LossRate } from "./rate.js";

// Daily calorie target from a chosen rate. The protocol default is "about 500 kcal/d below
// maintenance" (docs/protocol.md §4), never faster than 1 % of body weight a week (Helms, Aragon &
// Fitschen, JISSN 2014;11:20) and never below the floor (NHLBI; see floor.ts). The kg ↔ kcal
// conversion is the energy density of the weight lost (Forbes, expenditure/energy-density.ts).
// This is the starting target: the forecast (Hall model) shows how the loss slows afterwards.

/** The protocol's default deficit, kcal/d (docs/protocol.md §4). */
export const DEFAULT_DEFICIT_KCAL = 500;

export type TargetMode = { readonly kind: "default" } | { readonly kind: "rate"; readonly rate: LossRate };

export interface CalorieTargetInput {
  readonly maintenanceKcal: number;
  readonly weightKg: number;
  readonly mode: TargetMode;
  /** From calorieFloor(): already checked against the per-sex minimum. */
  readonly floorKcal: number;
  /** kcal per kg of weight change; default 7700. */
  readonly energyDensityKcalPerKg?: number;
}

export interface CalorieTarget {
  readonly targetKcal: number;
  readonly maintenanceKcal: number;
  readonly deficitKcal: number;
  /** Expected initial loss rate at this deficit, kg/week. */
  readonly rateKgPerWeek: number;
  /** The rate was reduced to 1 % of body weight a week. */
  readonly capped: boolean;
  readonly floorKcal: number;
  /** The floor raised the target (the deficit is smaller than asked). */
  readonly floorApplied: boolean;
  /**
   * Maintenance is at or below the floor, so there is no deficit to plan: the target is
   * maintenance (never a surplus called a deficit) and more activity is the way to lose.
   */
  readonly maintenanceAtFloor: boolean;
}

/**
 * The daily calorie target for a rate (or the 500 kcal/d default), capped at 1 %BW/week and
 * raised to the floor when needed; maintenance itself when maintenance is at or below the floor.
 * Rounded to whole kcal.
 *
 * @example
 * calorieTarget({ maintenanceKcal: 2600, weightKg: 90, mode: { kind: "default" }, floorKcal: 1500 });
 * // → { targetKcal: 2100, deficitKcal: 500, rateKgPerWeek: ≈0.45, … }
 */
export function calorieTarget(input: CalorieTargetInput): CalorieTarget {
  requireRange("maintenanceKcal", input.maintenanceKcal, 800, 8000, "maintenance must be 800–8000 kcal/d");
  requireRange("weightKg", input.weightKg, 25, 400, "weight must be 25–400 kg");
  requireRange("floor", input.floorKcal, 1200, 4000, "the calorie floor must be 1200–4000 kcal/d");
  const rho = requireRange(
    "energyDensity",
    input.energyDensityKcalPerKg ?? FALLBACK_KCAL_PER_KG,
    3000,
    9500,
    "energy density must be 3000–9500 kcal/kg",
  );
  let deficit: number;
  let capped = false;
  if (input.mode.kind === "default") {
    const maxDeficit = ((MAX_LOSS_PCT_PER_WEEK / 100) * input.weightKg * rho) / 7;
    capped = DEFAULT_DEFICIT_KCAL > maxDeficit;
    deficit = Math.min(DEFAULT_DEFICIT_KCAL, maxDeficit);
  } else if (input.mode.kind === "rate") {
    const r = rateKgPerWeek(input.mode.rate, input.weightKg);
    capped = r.capped;
    deficit = (r.kgPerWeek * rho) / 7;
  } else {
    throw new InvalidInputError("mode", "mode must be default or rate");
  }
  if (input.maintenanceKcal <= input.floorKcal) {
    // A floor above maintenance would make the "fat-loss" target a surplus (a 70-year-old 45 kg
    // woman: maintenance 1234, floor 1300). Offer maintenance instead; activity makes the deficit.
    return {
      targetKcal: Math.round(input.maintenanceKcal),
      maintenanceKcal: input.maintenanceKcal,
      deficitKcal: 0,
      rateKgPerWeek: 0,
      capped,
      floorKcal: input.floorKcal,
      floorApplied: false,
      maintenanceAtFloor: true,
    };
  }
  const wanted = Math.round(input.maintenanceKcal - deficit);
  const target = Math.max(input.floorKcal, wanted);
  const actualDeficit = input.maintenanceKcal - target;
  return {
    targetKcal: target,
    maintenanceKcal: input.maintenanceKcal,
    deficitKcal: actualDeficit,
    rateKgPerWeek: Math.max(0, (actualDeficit * 7) / rho),
    capped,
    floorKcal: input.floorKcal,
    floorApplied: target > wanted,
    maintenanceAtFloor: false,
  };
}
