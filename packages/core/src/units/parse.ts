import { InvalidInputError } from "../errors.js";
import { CM_PER_IN, G_PER_OZ, IN_PER_FT, KG_PER_LB, LB_PER_STONE } from "./convert.js";

// Parses what people type ("5'6\"", "180 lbs", "12 st 4 lb", "1,65 m") into canonical units
// (cm, kg, g). Conversion stays exact: all factors come from convert.ts.

type LengthUnit = "mm" | "cm" | "m" | "in" | "ft";
type MassUnit = "g" | "kg" | "oz" | "lb" | "st";

const LENGTH_UNITS: Readonly<Record<string, LengthUnit>> = {
  mm: "mm",
  millimetre: "mm",
  millimetres: "mm",
  millimeter: "mm",
  millimeters: "mm",
  cm: "cm",
  centimetre: "cm",
  centimetres: "cm",
  centimeter: "cm",
  centimeters: "cm",
  m: "m",
  metre: "m",
  metres: "m",
  meter: "m",
  meters: "m",
  in: "in",
  inch: "in",
  inches: "in",
  '"': "in",
  "''": "in",
  ft: "ft",
  foot: "ft",
  feet: "ft",
  "'": "ft",
};

const MASS_UNITS: Readonly<Record<string, MassUnit>> = {
  g: "g",
  gram: "g",
  grams: "g",
  gramme: "g",
  grammes: "g",
  kg: "kg",
  kgs: "kg",
  kilo: "kg",
  kilos: "kg",
  kilogram: "kg",
  kilograms: "kg",
  oz: "oz",
  ounce: "oz",
  ounces: "oz",
  lb: "lb",
  lbs: "lb",
  pound: "lb",
  pounds: "lb",
  st: "st",
  stone: "st",
  stones: "st",
};

const CM_PER: Readonly<Record<LengthUnit, number>> = {
  mm: 0.1,
  cm: 1,
  m: 100,
  in: CM_PER_IN,
  ft: CM_PER_IN * IN_PER_FT,
};

const G_PER: Readonly<Record<MassUnit, number>> = {
  g: 1,
  kg: 1000,
  oz: G_PER_OZ,
  lb: KG_PER_LB * 1000,
  st: KG_PER_LB * 1000 * LB_PER_STONE,
};

interface Part {
  readonly value: number;
  readonly unit: string | undefined;
}

// A number (1,65 is read as 1.65) followed by an optional unit word or quote mark.
// "1,000" is not read as a thousand nor as 1: a comma takes only one or two decimals.
const PART = /^\s*(\d+(?:\.\d+|,\d{1,2}(?!\d))?|\.\d+)\s*([a-z]+\.?|''|'|")?/;

function split(input: string, field: string, rule: string): Part[] {
  if (typeof input !== "string") throw new InvalidInputError(field, rule);
  const text = input.trim().toLowerCase().replace(/[′’‘]/g, "'").replace(/[″“”]/g, '"');
  if (text === "") throw new InvalidInputError(field, `${rule}; got an empty value`);
  if (/^[-−]/.test(text)) throw new InvalidInputError(field, `${rule}; must be positive`);
  const parts: Part[] = [];
  let rest = text;
  while (rest.trim() !== "") {
    const m = PART.exec(rest);
    if (!m || m[1] === undefined) throw new InvalidInputError(field, `${rule}; could not read "${input}"`);
    parts.push({ value: Number(m[1].replace(",", ".")), unit: m[2]?.replace(/\.$/, "") });
    rest = rest.slice(m[0].length);
  }
  return parts;
}

/** Each part's canonical unit (undefined where none was typed); an unknown unit word is an error. */
function unitsOf<U extends string>(
  parts: readonly Part[],
  table: Readonly<Record<string, U>>,
  field: string,
  rule: string,
): (U | undefined)[] {
  const units = parts.map((p) => (p.unit === undefined ? undefined : table[p.unit]));
  parts.forEach((p, i) => {
    if (p.unit !== undefined && units[i] === undefined)
      throw new InvalidInputError(field, `${rule}; unknown unit "${p.unit}"`);
  });
  return units;
}

function positive(total: number, field: string, rule: string): number {
  if (!Number.isFinite(total) || total <= 0) throw new InvalidInputError(field, `${rule}; must be positive`);
  return total;
}

/**
 * Parses a length ("165cm", "1.65 m", "5'6\"", "5 ft 6 in", "5'6", "66 in") into centimetres.
 * A bare number is rejected unless `defaultUnit` says what it means.
 *
 * @example
 * parseLengthCm("5'6\"", "height"); // → 167.64
 */
export function parseLengthCm(input: string, field: string, defaultUnit?: "cm" | "in"): number {
  const rule = `${field} must be a length such as 165 cm, 1.65 m, 5'6" or 66 in`;
  const parts = split(input, field, rule);
  const units = unitsOf(parts, LENGTH_UNITS, field, rule);
  const [a, b] = parts;
  if (a === undefined) throw new InvalidInputError(field, rule);
  if (parts.length === 1) {
    const unit = units[0] ?? defaultUnit;
    if (unit === undefined) throw new InvalidInputError(field, `${rule}; add a unit`);
    return positive(a.value * CM_PER[unit], field, rule);
  }
  // Feet then inches; the inch mark may be left off ("5'6").
  if (parts.length === 2 && b !== undefined && units[0] === "ft" && (units[1] ?? "in") === "in") {
    if (b.value >= IN_PER_FT)
      throw new InvalidInputError(field, `${rule}; inches after feet must be below 12`);
    return positive((a.value * IN_PER_FT + b.value) * CM_PER_IN, field, rule);
  }
  throw new InvalidInputError(field, `${rule}; could not read "${input}"`);
}

function parseMassG(input: string, field: string, rule: string, defaultUnit: MassUnit | undefined): number {
  const parts = split(input, field, rule);
  const units = unitsOf(parts, MASS_UNITS, field, rule);
  const [a, b] = parts;
  if (a === undefined) throw new InvalidInputError(field, rule);
  if (parts.length === 1) {
    const unit = units[0] ?? defaultUnit;
    if (unit === undefined) throw new InvalidInputError(field, `${rule}; add a unit`);
    return positive(a.value * G_PER[unit], field, rule);
  }
  // Stones then pounds ("12 st 4 lb", "12 st 4"), or pounds then ounces ("7 lb 3 oz").
  if (parts.length === 2 && b !== undefined) {
    const second = units[1];
    if (units[0] === "st" && (second ?? "lb") === "lb") {
      if (b.value >= LB_PER_STONE)
        throw new InvalidInputError(field, `${rule}; pounds after stones must be below 14`);
      return positive(a.value * G_PER.st + b.value * G_PER.lb, field, rule);
    }
    if (units[0] === "lb" && (second ?? "oz") === "oz") {
      if (b.value >= 16) throw new InvalidInputError(field, `${rule}; ounces after pounds must be below 16`);
      return positive(a.value * G_PER.lb + b.value * G_PER.oz, field, rule);
    }
  }
  throw new InvalidInputError(field, `${rule}; could not read "${input}"`);
}

/**
 * Parses a body weight ("80 kg", "180lb", "180 lbs", "12 st 4 lb") into kilograms.
 *
 * @example
 * parseBodyMassKg("12 st 4 lb", "weight"); // → 78.01789… (172 lb)
 */
export function parseBodyMassKg(input: string, field: string, defaultUnit?: "kg" | "lb"): number {
  const rule = `${field} must be a weight such as 80 kg, 180 lb or 12 st 4 lb`;
  return parseMassG(input, field, rule, defaultUnit) / 1000;
}

/**
 * Parses a food amount ("100 g", "3 oz", "0.25 kg", "1 lb") into grams.
 *
 * @example
 * parseFoodMassG("3 oz", "amount"); // → 85.048569375
 */
export function parseFoodMassG(input: string, field: string, defaultUnit?: "g" | "oz"): number {
  const rule = `${field} must be an amount such as 100 g or 3 oz`;
  return parseMassG(input, field, rule, defaultUnit);
}
