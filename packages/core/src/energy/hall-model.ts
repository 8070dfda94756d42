import { InvalidInputError, requireRange } from "../errors.js";
import { jacksonBodyFatPct } from "../body/jackson.js";
import * as P from "./hall-params.js";
import { validatePal } from "./pal.js";
import { mifflinStJeor, validatePerson, type Sex } from "./rmr.js";

/** The person at baseline (day 0). Units: years, cm, kg, PAL (1.4–2.4), % body fat. */
export interface HallPerson {
  readonly sex: Sex;
  readonly ageYears: number;
  readonly heightCm: number;
  readonly weightKg: number;
  readonly pal: number;
  /** Measured or tape-estimated body fat %; when absent Jackson 2002 from BMI is used. */
  readonly bodyFatPct?: number;
}

/** Daily intake (kcal) of plan day k (k = 0 is the first day after baseline): a function or an array. */
export type IntakeSchedule = ((dayIndex: number) => number) | readonly number[];

/** How dietary sodium follows the plan: unchanged, or proportional to calories (NIH planner). */
export type SodiumMode = "constant" | "proportional";

export interface HallOptions {
  /** Number of simulated days (1–36500). */
  readonly days: number;
  /** Absolute intake per plan day, kcal/d. */
  readonly intake: IntakeSchedule;
  /** Carbohydrate share of the planned intake (0–1); default 0.5. */
  readonly carbFraction?: number;
  /** Carbohydrate share of the baseline diet (0.05–1); default 0.5. */
  readonly baselineCarbFraction?: number;
  /** Default "constant". */
  readonly sodium?: SodiumMode;
  /** Change of the physical-activity term δ in percent (−50…+100); default 0. */
  readonly activityChangePct?: number;
}

/** Baseline quantities derived from the person; K and δ make day 0 an energy balance. */
export interface HallBaseline {
  readonly rmrKcal: number;
  /** EI0 = PAL·RMR, the intake that keeps weight stable (kcal/d). */
  readonly intakeKcal: number;
  readonly bodyFatPct: number;
  readonly fatKg: number;
  readonly leanKg: number;
  readonly glycogenKg: number;
  readonly ecfKg: number;
  readonly weightKg: number;
  /** Physical-activity cost per kg of body weight (kcal/kg/d). */
  readonly delta: number;
  /** Constant of expenditure chosen so the start is in balance (kcal/d). */
  readonly k: number;
}

/** One day of a trajectory; day 0 is the baseline. Intake/expenditure are of the day ending here. */
export interface HallDay {
  readonly day: number;
  readonly weightKg: number;
  readonly fatKg: number;
  readonly leanKg: number;
  readonly glycogenKg: number;
  readonly ecfKg: number;
  readonly atKcal: number;
  readonly expenditureKcal: number;
  readonly intakeKcal: number;
}

/** Integration state: fat, lean, glycogen (kg), ECF (L ≈ kg), adaptive thermogenesis (kcal/d). */
export interface HallState {
  readonly f: number;
  readonly l: number;
  readonly g: number;
  readonly ecf: number;
  readonly at: number;
}

/** Validates the person and derives the balanced baseline (Hall 2011 appendix initial conditions).
 *
 * @example
 * hallBaseline({ sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 }).intakeKcal; // ≈ 3024
 */
export function hallBaseline(person: HallPerson): HallBaseline {
  validatePerson(person);
  validatePal(person.pal);
  if (person.bodyFatPct !== undefined) {
    requireRange("bodyFat", person.bodyFatPct, 3, 60, "body fat must be 3–60 %");
  }
  const bw = person.weightKg;
  const hM = person.heightCm / 100;
  const rmr = mifflinStJeor(person);
  const ei0 = person.pal * rmr;
  const bodyFatPct = person.bodyFatPct ?? jacksonBodyFatPct(person);
  const f0 = (bw * bodyFatPct) / 100;
  // Silva AM et al., J Appl Physiol 2005;99:261 (ECF, as used in Hall 2011 appendix); H in m, L.
  const ecf0 =
    person.sex === "male"
      ? 0.025 * person.ageYears + 9.57 * hM + 0.191 * bw - 12.4
      : -4.0 + 5.98 * hM + 0.167 * bw;
  const g0 = P.GLYCOGEN_0;
  const l0 = bw - f0 - ecf0 - P.GLYCOGEN_WATER_FACTOR * g0;
  if (!(l0 > 0)) {
    throw new InvalidInputError("bodyFat", "body fat leaves no lean mass for this weight and height");
  }
  const bw0 = f0 + l0 + P.GLYCOGEN_WATER_FACTOR * g0 + ecf0;
  // Hall 2011 appendix: δ = ((1 − βTEF)·PAL − 1)·RMR/BW; K closes the baseline balance.
  const delta = (((1 - P.BETA_TEF) * person.pal - 1) * rmr) / bw0;
  const k = ei0 - P.GAMMA_F * f0 - P.GAMMA_L * l0 - delta * bw0;
  return {
    rmrKcal: rmr,
    intakeKcal: ei0,
    bodyFatPct,
    fatKg: f0,
    leanKg: l0,
    glycogenKg: g0,
    ecfKg: ecf0,
    weightKg: bw0,
    delta,
    k,
  };
}

/** Body weight of a state: BW = F + L + 3.7·G + ECF (Hall 2011 appendix). */
export function stateWeight(s: HallState): number {
  return s.f + s.l + P.GLYCOGEN_WATER_FACTOR * s.g + s.ecf;
}

interface Drive {
  readonly ei: number;
  readonly ci: number;
  readonly naDiet: number;
  readonly delta: number;
}

interface Rates {
  readonly df: number;
  readonly dl: number;
  readonly dg: number;
  readonly decf: number;
  readonly dat: number;
  readonly ee: number;
}

function rates(b: HallBaseline, cib: number, s: HallState, d: Drive): Rates {
  // Glycogen: ρG·dG/dt = CI − kG·G², kG = CIb/G0² (Hall 2011 appendix).
  const kg = cib / (b.glycogenKg * b.glycogenKg);
  const dg = (d.ci - kg * s.g * s.g) / P.RHO_G;
  // ECF: [Na]·dECF/dt = ΔNa − ξNa·(ECF − ECF0) − ξCI·(1 − CI/CIb) (Hall 2011 appendix).
  const decf = (d.naDiet - P.XI_NA * (s.ecf - b.ecfKg) - P.XI_CI * (1 - d.ci / cib)) / P.NA_CONC;
  // Adaptive thermogenesis: τ·dAT/dt = βAT·ΔEI − AT (Hall 2011 appendix).
  const dat = (P.BETA_AT * (d.ei - b.intakeKcal) - s.at) / P.TAU_AT;
  // Forbes partition p = C/(C + F) (Forbes 1987; Hall 2011 appendix).
  const p = P.FORBES_C / (P.FORBES_C + s.f);
  const tef = P.BETA_TEF * (d.ei - b.intakeKcal);
  const x = (p * P.ETA_L) / P.RHO_L + ((1 - p) * P.ETA_F) / P.RHO_F;
  const base = b.k + P.GAMMA_F * s.f + P.GAMMA_L * s.l + d.delta * stateWeight(s) + tef + s.at;
  // EE depends on dF/dt, dL/dt which depend on EE: solved once in closed form (Hall 2011 appendix).
  const ee = (base + (d.ei - P.RHO_G * dg) * x) / (1 + x);
  const net = d.ei - ee - P.RHO_G * dg;
  return { df: ((1 - p) * net) / P.RHO_F, dl: (p * net) / P.RHO_L, dg, decf, dat, ee };
}

function step(s: HallState, r: Rates, h: number): HallState {
  return {
    f: s.f + h * r.df,
    l: s.l + h * r.dl,
    g: s.g + h * r.dg,
    ecf: s.ecf + h * r.decf,
    at: s.at + h * r.dat,
  };
}

function intakeOf(schedule: IntakeSchedule, dayIndex: number): number {
  const v = typeof schedule === "function" ? schedule(dayIndex) : schedule[dayIndex];
  if (v === undefined) {
    throw new InvalidInputError("intake", `the intake schedule has no value for plan day ${dayIndex}`);
  }
  return requireRange("intake", v, 0, 20000, "daily intake must be 0–20000 kcal");
}

/**
 * Simulates Hall's dynamic adult model day by day (RK4, dt = 1 d, split only when glycogen is
 * stiff; intake constant within a day).
 * Returns days + 1 rows; row 0 is the baseline, row d the state after plan day d − 1.
 *
 * @example
 * const person = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 } as const;
 * const ei0 = hallBaseline(person).intakeKcal;
 * simulateHall(person, { days: 180, intake: () => ei0 - 1195 }).at(-1)?.weightKg; // ≈ 80
 */
export function simulateHall(person: HallPerson, options: HallOptions): HallDay[] {
  const b = hallBaseline(person);
  requireRange("days", options.days, 1, 36500, "days must be 1–36500");
  if (!Number.isInteger(options.days)) throw new InvalidInputError("days", "days must be a whole number");
  const carb = requireRange(
    "carbFraction",
    options.carbFraction ?? P.DEFAULT_CARB_FRACTION,
    0,
    1,
    "carbohydrate share must be 0–1",
  );
  const carb0 = requireRange(
    "baselineCarbFraction",
    options.baselineCarbFraction ?? P.DEFAULT_CARB_FRACTION,
    0.05,
    1,
    "baseline carbohydrate share must be 0.05–1",
  );
  const actPct = requireRange(
    "activityChange",
    options.activityChangePct ?? 0,
    -50,
    100,
    "activity change must be −50…+100 %",
  );
  const sodium = options.sodium ?? "constant";
  if (sodium !== "constant" && sodium !== "proportional") {
    throw new InvalidInputError("sodium", "sodium must be constant or proportional");
  }
  const cib = carb0 * b.intakeKcal;
  const delta = b.delta * (1 + actPct / 100);
  let s: HallState = { f: b.fatKg, l: b.leanKg, g: b.glycogenKg, ecf: b.ecfKg, at: 0 };
  const out: HallDay[] = [row(0, s, b.intakeKcal, b.intakeKcal)];
  for (let k = 0; k < options.days; k++) {
    const ei = intakeOf(options.intake, k);
    const drive: Drive = {
      ei,
      ci: carb * ei,
      naDiet: sodium === "proportional" ? P.BASELINE_SODIUM_MG * (ei / b.intakeKcal - 1) : 0,
      delta,
    };
    // dt = 1 d, except that glycogen turns stiff at large carbohydrate intakes: its Jacobian
    // −2·kG·G/ρG can pass RK4's stability limit (≈2.8/d), so the day is split until |λ|·h ≤ 2
    // (RK4's growth factor stays positive there: glycogen approaches its level without overshoot).
    const gMax = Math.max(s.g, b.glycogenKg * Math.sqrt(drive.ci / cib));
    const stiffness = (2 * (cib / b.glycogenKg ** 2) * gMax) / P.RHO_G;
    const substeps = Math.max(1, Math.ceil(stiffness / 2));
    const h = 1 / substeps;
    let ee = 0;
    for (let i = 0; i < substeps; i++) {
      const k1 = rates(b, cib, s, drive);
      const k2 = rates(b, cib, step(s, k1, h / 2), drive);
      const k3 = rates(b, cib, step(s, k2, h / 2), drive);
      const k4 = rates(b, cib, step(s, k3, h), drive);
      s = {
        f: s.f + (h * (k1.df + 2 * k2.df + 2 * k3.df + k4.df)) / 6,
        l: s.l + (h * (k1.dl + 2 * k2.dl + 2 * k3.dl + k4.dl)) / 6,
        g: s.g + (h * (k1.dg + 2 * k2.dg + 2 * k3.dg + k4.dg)) / 6,
        ecf: s.ecf + (h * (k1.decf + 2 * k2.decf + 2 * k3.decf + k4.decf)) / 6,
        at: s.at + (h * (k1.dat + 2 * k2.dat + 2 * k3.dat + k4.dat)) / 6,
      };
      // Mean expenditure over the day, with RK4 weights, so intake − expenditure matches storage.
      ee += (h * (k1.ee + 2 * k2.ee + 2 * k3.ee + k4.ee)) / 6;
    }
    if (!(s.f >= 0 && s.l > 0 && s.g > 0 && s.ecf > 0 && Number.isFinite(s.at))) {
      throw new InvalidInputError("intake", `the plan exhausts the body's energy stores by day ${k + 1}`);
    }
    out.push(row(k + 1, s, ei, ee));
  }
  return out;
}

function row(day: number, s: HallState, ei: number, ee: number): HallDay {
  return {
    day,
    weightKg: stateWeight(s),
    fatKg: s.f,
    leanKg: s.l,
    glycogenKg: s.g,
    ecfKg: s.ecf,
    atKcal: s.at,
    expenditureKcal: ee,
    intakeKcal: ei,
  };
}
