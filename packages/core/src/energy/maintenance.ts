import { requireRange } from "../errors.js";
import type { HallBaseline, SodiumMode } from "./hall-model.js";
import * as P from "./hall-params.js";

/** Options that shape the steady state; same meaning and defaults as in HallOptions. */
export interface MaintenanceOptions {
  readonly carbFraction?: number;
  readonly baselineCarbFraction?: number;
  readonly sodium?: SodiumMode;
  readonly activityChangePct?: number;
}

/**
 * The constant intake (kcal/d) at which fat and lean mass stay at `fatKg`/`leanKg` for good.
 *
 * A common summary writes it `(K + γL·L + γF·F + δ·BW)/(1 − βTEF − βAT)`; that form holds when TEF and
 * AT are fractions of the whole intake. In this model (Hall 2011 appendix) TEF = βTEF·(EI − EI0)
 * and AT → βAT·(EI − EI0), so steady state EE = EI gives
 * `EI = (K + γF·F + γL·L + δ·BW − (βTEF + βAT)·EI0)/(1 − βTEF − βAT)`.
 * BW includes the glycogen and ECF that this very intake settles to, so it is solved by
 * fixed-point iteration (it contracts: δ·dBW/dEI ≪ 1).
 *
 * @example
 * const b = hallBaseline({ sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 });
 * maintenanceIntakeKcal(b, b.fatKg, b.leanKg); // ≈ b.intakeKcal
 */
export function maintenanceIntakeKcal(
  b: HallBaseline,
  fatKg: number,
  leanKg: number,
  options: MaintenanceOptions = {},
): number {
  requireRange("fatKg", fatKg, 0, 300, "fat mass must be 0–300 kg");
  requireRange("leanKg", leanKg, 1, 300, "lean mass must be 1–300 kg");
  const carb = options.carbFraction ?? P.DEFAULT_CARB_FRACTION;
  const cib = (options.baselineCarbFraction ?? P.DEFAULT_CARB_FRACTION) * b.intakeKcal;
  const delta = b.delta * (1 + (options.activityChangePct ?? 0) / 100);
  const beta = P.BETA_TEF + P.BETA_AT;
  let ei = b.intakeKcal;
  for (let i = 0; i < 50; i++) {
    const ci = carb * ei;
    // Steady glycogen: CI = kG·G², kG = CIb/G0² ⇒ G = G0·√(CI/CIb) (Hall 2011 appendix).
    const g = b.glycogenKg * Math.sqrt(ci / cib);
    const naDiet = options.sodium === "proportional" ? P.BASELINE_SODIUM_MG * (ei / b.intakeKcal - 1) : 0;
    // Steady ECF: ξNa·(ECF − ECF0) = ΔNa − ξCI·(1 − CI/CIb) (Hall 2011 appendix).
    const ecf = b.ecfKg + (naDiet - P.XI_CI * (1 - ci / cib)) / P.XI_NA;
    const bw = fatKg + leanKg + P.GLYCOGEN_WATER_FACTOR * g + ecf;
    const next =
      (b.k + P.GAMMA_F * fatKg + P.GAMMA_L * leanKg + delta * bw - beta * b.intakeKcal) / (1 - beta);
    if (Math.abs(next - ei) < 1e-9) return next;
    ei = next;
  }
  return ei;
}
