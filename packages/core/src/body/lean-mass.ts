import { InvalidInputError, requireRange } from "../errors.js";

// Two-compartment model: weight = fat mass + fat-free (lean) mass (Siri 1961; Katch & McArdle
// use the same split for BMR = 370 + 21.6·LBM).

function inputs(weightKg: number, bodyFatPct: number): void {
  requireRange("weightKg", weightKg, 25, 400, "weight must be 25–400 kg");
  if (typeof bodyFatPct !== "number" || !Number.isFinite(bodyFatPct) || bodyFatPct < 2 || bodyFatPct > 70)
    throw new InvalidInputError("bodyFatPct", "body fat must be 2–70 %");
}

/**
 * Fat mass in kg from weight and %BF.
 * @example fatMassKg(80, 25) // → 20
 */
export function fatMassKg(weightKg: number, bodyFatPct: number): number {
  inputs(weightKg, bodyFatPct);
  return (weightKg * bodyFatPct) / 100;
}

/**
 * Lean (fat-free) mass in kg from weight and %BF.
 * @example leanMassKg(80, 25) // → 60
 */
export function leanMassKg(weightKg: number, bodyFatPct: number): number {
  inputs(weightKg, bodyFatPct);
  return weightKg * (1 - bodyFatPct / 100);
}
