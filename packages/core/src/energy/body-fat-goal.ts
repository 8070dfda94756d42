import { InvalidInputError, requireRange } from "../errors.js";
import { FORBES_C, RHO_F, RHO_L } from "./hall-params.js";

// A body-fat goal as a weight, by the Hall model's own partition of a loss between fat and lean
// tissue (Hall KD, Lancet 2011, appendix; Forbes GB 1987): a share p = C/(C + F) of the energy
// imbalance comes from lean tissue, so in mass dL/dF = (p/(1 − p))·ρF/ρL = 10.4/F, i.e.
// L = L0 + 10.4·ln(F/F0) (Forbes' curve). Glycogen and extracellular water are held at today's
// (they change with carbohydrate and sodium, not with fat). Holding lean mass instead ("every
// kilo lost is fat") reaches the goal weight at a higher body fat than the goal: from 100 kg at
// 30 % to a 20 % goal it says 87.5 kg, where the model is at about 24 % fat; the model's weight
// for 20 % is 79.2 kg.

/** Forbes' lean-mass constant in kg: dL/dF = FORBES_LEAN_KG / F (= C·ρF/ρL = 10.4 kg). */
export const FORBES_LEAN_KG = (FORBES_C * RHO_F) / RHO_L;

export interface BodyFatGoalWeight {
  /** The weight at which body fat is the goal %, kg. */
  readonly weightKg: number;
  readonly fatKg: number;
  /** Fat-free mass lost alongside the fat on the way, kg. */
  readonly leanLossKg: number;
}

/** Weight after losing fat from f0 to f with lean following Forbes: W0 − (f0 − f) − 10.4·ln(f0/f). */
function weightAtFat(weightKg: number, f0: number, f: number): number {
  return weightKg - (f0 - f) - FORBES_LEAN_KG * Math.log(f0 / f);
}

/**
 * The weight at which body fat reaches `goalBodyFatPct`, losing lean mass alongside fat as the
 * Hall model does (Forbes' partition). The goal must be below today's body fat.
 *
 * @example
 * bodyFatGoalWeight({ weightKg: 100, bodyFatPct: 30, goalBodyFatPct: 20 }).weightKg; // ≈ 79.2 (not 87.5)
 */
export function bodyFatGoalWeight(input: {
  readonly weightKg: number;
  readonly bodyFatPct: number;
  readonly goalBodyFatPct: number;
}): BodyFatGoalWeight {
  const w0 = requireRange("weightKg", input.weightKg, 25, 400, "weight must be 25–400 kg");
  const bf = requireRange("bodyFatPct", input.bodyFatPct, 3, 60, "body fat must be 3–60 %");
  const goal = requireRange("goalBodyFatPct", input.goalBodyFatPct, 3, 60, "body-fat goal must be 3–60 %");
  if (!(goal < bf))
    throw new InvalidInputError("goalBodyFatPct", "the body-fat goal must be below today's body fat");
  const f0 = (w0 * bf) / 100;
  // Body fat f/W(f) rises with f above fMin = f0·exp(1 − (W0 − f0)/10.4) (where its derivative,
  // (W − f·W′)/W², changes sign), so g(f) = f − goal·W(f) has one root in (fMin, f0): bisection.
  const g = (f: number) => f - (goal / 100) * weightAtFat(w0, f0, f);
  let lo = f0 * Math.exp(1 - (w0 - f0) / FORBES_LEAN_KG);
  let hi = f0;
  if (!(lo < hi && g(lo) < 0))
    throw new InvalidInputError("goalBodyFatPct", "this body-fat goal cannot be reached by losing fat");
  for (let i = 0; i < 100 && hi - lo > 1e-9; i++) {
    const mid = (lo + hi) / 2;
    if (g(mid) < 0) lo = mid;
    else hi = mid;
  }
  const f = (lo + hi) / 2;
  const weightKg = weightAtFat(w0, f0, f);
  return { weightKg, fatKg: f, leanLossKg: w0 - weightKg - (f0 - f) };
}
