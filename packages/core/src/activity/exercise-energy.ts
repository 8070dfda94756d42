import { InvalidInputError, requireRange } from "../errors.js";

// Energy of an activity bout from METs (Herrmann SD et al., J Sport Health Sci 2024;13:6–12):
// gross kcal = MET·kg·h; the net cost on top of a resting-inclusive estimate is
// gross − (RMR/24)·h when RMR is known, else (MET − 1)·kg·h (1 MET ≈ 1 kcal/kg/h at rest).

export interface Bout {
  readonly met: number;
  readonly weightKg: number;
  readonly minutes: number;
}

function check(b: Bout): number {
  requireRange("met", b.met, 1, 25, "MET must be 1–25");
  requireRange("weightKg", b.weightKg, 25, 400, "weight must be 25–400 kg");
  requireRange("minutes", b.minutes, 0, 24 * 60, "minutes must be 0–1440");
  return b.minutes / 60;
}

/**
 * Gross energy of a bout, resting metabolism included: MET·kg·h (Herrmann 2024).
 *
 * @example
 * grossKcal({ met: 5, weightKg: 80, minutes: 30 }); // → 200
 */
export function grossKcal(bout: Bout): number {
  return bout.met * bout.weightKg * check(bout);
}

export interface NetEnergy {
  readonly kcal: number;
  /** "rmr": gross − (RMR/24)·h; "met-minus-one": (MET − 1)·kg·h, used when RMR is unknown. */
  readonly method: "rmr" | "met-minus-one";
}

/**
 * Net energy of a bout, what it adds above resting: gross − (RMR/24)·h, or (MET − 1)·kg·h when
 * RMR is not known (Herrmann 2024). Never negative.
 *
 * @example
 * netKcal({ met: 5, weightKg: 80, minutes: 30 }, 1680); // → { kcal: 165, method: "rmr" }
 */
export function netKcal(bout: Bout, rmrKcal?: number): NetEnergy {
  const h = check(bout);
  if (rmrKcal === undefined) return { kcal: (bout.met - 1) * bout.weightKg * h, method: "met-minus-one" };
  if (!Number.isFinite(rmrKcal) || rmrKcal < 500 || rmrKcal > 5000)
    throw new InvalidInputError("rmrKcal", "resting metabolic rate must be 500–5000 kcal/d");
  return { kcal: Math.max(0, bout.met * bout.weightKg * h - (rmrKcal / 24) * h), method: "rmr" };
}
