import { requireRange } from "../errors.js";
import { RHO_F, RHO_L } from "../energy/hall-params.js";

// Energy density of weight change (Forbes GB, Ann NY Acad Sci 2000;904:359; Hall KD, Br J Nutr
// 2008;100:1299): lean gained or lost per kg of fat is α = 10.4/F, so the stored energy per kg of
// weight change is ρ = (ρF + α·ρL)/(1 + α), ρF = 9440, ρL = 1816 kcal/kg (Hall 2011).

/** The fixed fallback, kcal per kg of weight change, when fat mass is unknown. */
export const FALLBACK_KCAL_PER_KG = 7700;

/**
 * Energy per kg of weight change for a body carrying `fatKg` of fat (Forbes/Hall).
 *
 * @example
 * forbesEnergyDensity(30); // → ≈ 7477 kcal/kg
 */
export function forbesEnergyDensity(fatKg: number): number {
  requireRange("fatMassKg", fatKg, 1, 250, "fat mass must be 1–250 kg");
  const alpha = 10.4 / fatKg;
  return (RHO_F + alpha * RHO_L) / (1 + alpha);
}

/**
 * Forbes energy density when fat mass is known, else the 7700 kcal/kg fallback.
 *
 * @example
 * energyDensity(undefined); // → { kcalPerKg: 7700, source: "fallback" }
 */
export function energyDensity(fatKg: number | undefined): {
  kcalPerKg: number;
  source: "forbes" | "fallback";
} {
  return fatKg === undefined
    ? { kcalPerKg: FALLBACK_KCAL_PER_KG, source: "fallback" }
    : { kcalPerKg: forbesEnergyDensity(fatKg), source: "forbes" };
}
