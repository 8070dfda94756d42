import { requireRange } from "../errors.js";
import * as P from "../energy/hall-params.js";

// Water and glycogen that follow carbohydrate intake, from the two sub-models of Hall's adult model
// that depend on intake alone (Hall KD et al., Lancet 2011;378:826, web appendix):
//   ρG·dG/dt = CI − kG·G², kG = CIb/G0²;   [Na]·dECF/dt = −ξNa·(ECF − ECF0) − ξCI·(1 − CI/CIb)
// with constant dietary sodium. Weight carried with them is 3.7·ΔG + ΔECF (glycogen holds 2.7 g of
// water a gram). They are what makes the first week of a diet lose "too fast".

export interface WaterShiftDay {
  /** Glycogen change from baseline after the day's intake, kg. */
  readonly glycogenKg: number;
  /** Weight of glycogen, its water and extracellular fluid above (+) or below (−) baseline, kg. */
  readonly waterKg: number;
}

const SUBSTEPS = 4;

/**
 * Water and glycogen shifts after each day of `intakeKcal` (element i = the morning after day i),
 * for a person who ate `baselineKcal` a day before the first day, at a fixed carbohydrate share.
 *
 * @example
 * waterShift([2000, 2000, 2000], 2500).at(-1)?.waterKg; // ≈ −0.2 (water lost in 3 days of −500)
 */
export function waterShift(
  intakeKcal: readonly number[],
  baselineKcal: number,
  carbFraction = P.DEFAULT_CARB_FRACTION,
): WaterShiftDay[] {
  requireRange("baselineKcal", baselineKcal, 500, 10000, "baseline intake must be 500–10000 kcal/d");
  requireRange("carbFraction", carbFraction, 0.05, 1, "carbohydrate share must be 0.05–1");
  const cib = carbFraction * baselineKcal;
  const g0 = P.GLYCOGEN_0;
  const kg = cib / (g0 * g0);
  let g = g0;
  let ecf = 0;
  const h = 1 / SUBSTEPS;
  const out: WaterShiftDay[] = [];
  for (const raw of intakeKcal) {
    const ci = carbFraction * Math.max(0, raw);
    const dg = (x: number) => (ci - kg * x * x) / P.RHO_G;
    const decf = (e: number) => (-P.XI_NA * e - P.XI_CI * (1 - ci / cib)) / P.NA_CONC;
    for (let i = 0; i < SUBSTEPS; i++) {
      // RK4 per sub-step; the glycogen equation's stiffness 2·kG·G/ρG stays near 1.2/d here.
      const a1 = dg(g);
      const a2 = dg(g + (h / 2) * a1);
      const a3 = dg(g + (h / 2) * a2);
      const a4 = dg(g + h * a3);
      g += (h * (a1 + 2 * a2 + 2 * a3 + a4)) / 6;
      const b1 = decf(ecf);
      const b2 = decf(ecf + (h / 2) * b1);
      const b3 = decf(ecf + (h / 2) * b2);
      const b4 = decf(ecf + h * b3);
      ecf += (h * (b1 + 2 * b2 + 2 * b3 + b4)) / 6;
    }
    out.push({ glycogenKg: g - g0, waterKg: P.GLYCOGEN_WATER_FACTOR * (g - g0) + ecf });
  }
  return out;
}
