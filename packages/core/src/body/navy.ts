import { InvalidInputError } from "../errors.js";

// US Navy circumference method (Hodgdon JA, Beckett MB, 1984, Naval Health Research Center
// reports 84-11 (men) and 84-29 (women)). The inch form and the centimetre (density) form are
// separate regressions, so each takes its own branded unit: a centimetre value cannot be passed
// to the inch form by accident.

declare const unitBrand: unique symbol;
/** A length in inches; make one with `inches(n)`. */
export type Inches = number & { readonly [unitBrand]: "in" };
/** A length in centimetres; make one with `centimetres(n)`. */
export type Centimetres = number & { readonly [unitBrand]: "cm" };

/**
 * Marks a number as inches.
 * @example inches(34)
 */
export function inches(n: number): Inches {
  return n as Inches;
}

/**
 * Marks a number as centimetres.
 * @example centimetres(86.4)
 */
export function centimetres(n: number): Centimetres {
  return n as Centimetres;
}

export type NavySex = "male" | "female";

/** Tape measurements in one unit. Hip is required for women and ignored for men. */
export interface NavyTape<U extends Inches | Centimetres> {
  readonly sex: NavySex;
  readonly height: U;
  readonly waist: U;
  readonly neck: U;
  readonly hip?: U;
}

export interface NavyEstimate {
  readonly bodyFatPct: number;
  /** Standard error of estimate, %BF (Hodgdon & Beckett 1984: ≈3.5 %BF). */
  readonly standardErrorPct: number;
  /** bodyFatPct ± one standard error, clamped to 0–100. */
  readonly lowPct: number;
  readonly highPct: number;
  readonly method: "navy-inches" | "navy-centimetres";
}

/** Standard error of the Navy equations, %BF (Hodgdon & Beckett 1984). */
export const NAVY_STANDARD_ERROR_PCT = 3.5;

const PLAUSIBLE = { min: 2, max: 70 };

function check(
  tape: NavyTape<Inches | Centimetres>,
  toCm: number,
): { waist: number; neck: number; hip: number | undefined; height: number } {
  const cm = (field: string, v: number | undefined, min: number, max: number, rule: string) => {
    if (v === undefined || !Number.isFinite(v) || v * toCm < min || v * toCm > max)
      throw new InvalidInputError(field, rule);
    return v;
  };
  const unit = toCm === 1 ? "cm" : "in";
  const fmt = (x: number) => (toCm === 1 ? String(x) : String(Math.round((x / 2.54) * 10) / 10));
  const height = cm("height", tape.height, 100, 250, `height must be ${fmt(100)}–${fmt(250)} ${unit}`);
  const waist = cm("waist", tape.waist, 40, 250, `waist must be ${fmt(40)}–${fmt(250)} ${unit}`);
  const neck = cm("neck", tape.neck, 20, 70, `neck must be ${fmt(20)}–${fmt(70)} ${unit}`);
  const hip =
    tape.sex === "female"
      ? cm("hip", tape.hip, 50, 250, `hip must be ${fmt(50)}–${fmt(250)} ${unit}`)
      : undefined;
  if (waist + (hip ?? 0) <= neck)
    throw new InvalidInputError("waist", "waist (plus hip for women) must exceed neck");
  return { waist, neck, hip, height };
}

function estimate(pct: number, method: NavyEstimate["method"]): NavyEstimate {
  if (!Number.isFinite(pct) || pct < PLAUSIBLE.min || pct > PLAUSIBLE.max)
    throw new InvalidInputError(
      "waist",
      `these measurements give ${pct.toFixed(1)} %BF, outside ${PLAUSIBLE.min}–${PLAUSIBLE.max} %: check waist, neck, hip and height`,
    );
  return {
    bodyFatPct: pct,
    standardErrorPct: NAVY_STANDARD_ERROR_PCT,
    lowPct: Math.max(0, pct - NAVY_STANDARD_ERROR_PCT),
    highPct: Math.min(100, pct + NAVY_STANDARD_ERROR_PCT),
    method,
  };
}

/**
 * US Navy body fat from inches (log10 form).
 * Men: 86.010·log(waist − neck) − 70.041·log(height) + 36.76;
 * women: 163.205·log(waist + hip − neck) − 97.684·log(height) − 78.387 (Hodgdon & Beckett 1984).
 *
 * @example
 * navyBodyFatFromInches({ sex: "male", height: inches(70), waist: inches(34), neck: inches(15) });
 * // → { bodyFatPct: ≈17.5, standardErrorPct: 3.5, … }
 */
export function navyBodyFatFromInches(tape: NavyTape<Inches>): NavyEstimate {
  const { waist, neck, hip, height } = check(tape, 2.54);
  const pct =
    tape.sex === "male"
      ? 86.01 * Math.log10(waist - neck) - 70.041 * Math.log10(height) + 36.76
      : 163.205 * Math.log10(waist + (hip ?? 0) - neck) - 97.684 * Math.log10(height) - 78.387;
  return estimate(pct, "navy-inches");
}

/**
 * US Navy body fat from centimetres (body-density form, then Siri 1961: %BF = 495/D − 450).
 * Men: D = 1.0324 − 0.19077·log(waist − neck) + 0.15456·log(height);
 * women: D = 1.29579 − 0.35004·log(waist + hip − neck) + 0.22100·log(height) (Hodgdon & Beckett 1984).
 *
 * @example
 * navyBodyFatFromCm({ sex: "male", height: centimetres(177.8), waist: centimetres(86.36), neck: centimetres(38.1) });
 * // → { bodyFatPct: ≈17.4, … }
 */
export function navyBodyFatFromCm(tape: NavyTape<Centimetres>): NavyEstimate {
  const { waist, neck, hip, height } = check(tape, 1);
  const density =
    tape.sex === "male"
      ? 1.0324 - 0.19077 * Math.log10(waist - neck) + 0.15456 * Math.log10(height)
      : 1.29579 - 0.35004 * Math.log10(waist + (hip ?? 0) - neck) + 0.221 * Math.log10(height);
  return estimate(495 / density - 450, "navy-centimetres");
}
