import { InvalidInputError } from "../errors.js";
import {
  gramsToMg,
  kcalOnly,
  scaleNutrients,
  sumNutrients,
  type MilliNutrients,
  type NutrientTotals,
} from "./nutrients.js";

export const MEALS = ["breakfast", "lunch", "dinner", "snacks"] as const;
export type Meal = (typeof MEALS)[number];

/** One diary line: a food in integer milligrams, or quick-added calories. */
export interface DiaryLine {
  readonly id: string;
  readonly date: string;
  readonly meal: Meal;
  /** Set for food entries. */
  readonly foodId: string | null;
  /** Food amount in integer milligrams (null for quick-add). */
  readonly mg: number | null;
  /** Nutrients of the food per 100 g, milli-units (null for quick-add). */
  readonly per100g: MilliNutrients | null;
  /** Quick-added energy in milli-kcal (null for food entries). */
  readonly quickMilliKcal: number | null;
  /**
   * A quick add's other known nutrients, milli-units (an imported meal's protein, fat, …); its
   * kcal is ignored (quickMilliKcal counts). Absent or null: the quick add is energy only.
   */
  readonly quickNutrients?: MilliNutrients | null;
  /** Idempotency key: a replayed create or copy with the same key adds nothing. */
  readonly clientId: string;
  readonly portionLabel?: string | null;
  readonly portionCount?: number | null;
}

/**
 * Grams of an entry given directly or as a count of a portion (e.g. 2 × "1 large" egg = 100 g).
 *
 * @example
 * entryGrams({ portion: { label: "1 large", grams: 50 }, count: 2 }); // → 100
 */
export function entryGrams(
  input:
    | { readonly grams: number }
    | { readonly portion: { readonly label: string; readonly grams: number }; readonly count: number },
): number {
  if ("grams" in input) {
    gramsToMg(input.grams);
    return input.grams;
  }
  if (!Number.isFinite(input.count) || input.count <= 0 || input.count > 100) {
    throw new InvalidInputError("portionCount", "portion count must be more than 0 and at most 100");
  }
  const grams = input.portion.grams * input.count;
  gramsToMg(grams);
  return grams;
}

/**
 * Nutrients of one diary line (food × amount, or a quick add: its calories and whatever other
 * nutrients it carries).
 *
 * @example
 * lineNutrients({ ...line, mg: 50_000, per100g: egg }).kcal; // → 71500 for 50 g of egg (143 kcal/100 g)
 */
export function lineNutrients(line: DiaryLine): MilliNutrients {
  if (line.per100g !== null && line.mg !== null) return scaleNutrients(line.per100g, line.mg);
  if (line.quickMilliKcal !== null) {
    const energy = kcalOnly(line.quickMilliKcal / 1000);
    return line.quickNutrients ? { ...line.quickNutrients, kcal: energy.kcal } : energy;
  }
  throw new InvalidInputError("entry", "an entry needs a food and grams, or quick-add calories");
}

export interface DayTotals {
  readonly date: string;
  readonly meals: Readonly<Record<Meal, NutrientTotals>>;
  readonly day: NutrientTotals;
}

/**
 * Exact per-meal and per-day totals of the lines of one date.
 *
 * @example
 * dayTotals("2026-11-20", lines).day.milli.kcal; // exact integer milli-kcal
 */
export function dayTotals(date: string, lines: readonly DiaryLine[]): DayTotals {
  const ofDay = lines.filter((l) => l.date === date);
  const meals = {} as Record<Meal, NutrientTotals>;
  for (const meal of MEALS)
    meals[meal] = sumNutrients(ofDay.filter((l) => l.meal === meal).map(lineNutrients));
  return { date, meals, day: sumNutrients(ofDay.map(lineNutrients)) };
}

export interface DayTargets {
  readonly kcal: number;
  readonly proteinG: number | null;
}

export interface TargetComparison {
  readonly kcalEaten: number;
  readonly kcalTarget: number;
  /** Positive: calories left; negative: over the target. Whole kcal, rounded once for display. */
  readonly kcalRemaining: number;
  readonly proteinEatenG: number;
  readonly proteinTargetG: number | null;
  readonly proteinRemainingG: number | null;
  readonly incomplete: readonly string[];
}

/**
 * The day's totals against the calorie and protein targets.
 *
 * @example
 * compareToTargets(totals.day, { kcal: 1800, proteinG: 120 }).kcalRemaining;
 */
export function compareToTargets(totals: NutrientTotals, targets: DayTargets): TargetComparison {
  if (!Number.isFinite(targets.kcal) || targets.kcal <= 0)
    throw new InvalidInputError("kcalTarget", "calorie target must be positive");
  const kcalEaten = Math.round(totals.milli.kcal / 1000);
  const proteinEatenG = Math.round(totals.milli.proteinG / 100) / 10;
  return {
    kcalEaten,
    kcalTarget: targets.kcal,
    kcalRemaining: Math.round((targets.kcal * 1000 - totals.milli.kcal) / 1000),
    proteinEatenG,
    proteinTargetG: targets.proteinG,
    proteinRemainingG:
      targets.proteinG === null
        ? null
        : Math.round((targets.proteinG * 1000 - totals.milli.proteinG) / 100) / 10,
    incomplete: totals.incomplete,
  };
}

/**
 * Deterministic idempotency key of a copy, so replaying the same copy adds nothing.
 *
 * @example
 * copyClientId(line, "2026-11-21", "lunch"); // → "copy:<line.clientId>>2026-11-21:lunch"
 */
export function copyClientId(source: DiaryLine, toDate: string, toMeal: Meal): string {
  return `copy:${source.clientId}>${toDate}:${toMeal}`;
}

/**
 * Lines to create when copying `source` lines to another date (and optionally another meal);
 * lines whose copy already exists (same clientId in `existing`) are skipped, so copying twice
 * doubles nothing. `newId` supplies ids (core takes no randomness).
 *
 * @example
 * planCopy(mondayLunch, tuesdayLines, { toDate: "2026-11-24" }, () => uuid()).length;
 */
export function planCopy(
  source: readonly DiaryLine[],
  existing: readonly DiaryLine[],
  target: { readonly toDate: string; readonly toMeal?: Meal },
  newId: () => string,
): DiaryLine[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(target.toDate))
    throw new InvalidInputError("toDate", "date must be YYYY-MM-DD");
  const taken = new Set(existing.map((l) => l.clientId));
  const out: DiaryLine[] = [];
  for (const line of source) {
    const meal = target.toMeal ?? line.meal;
    const clientId = copyClientId(line, target.toDate, meal);
    if (taken.has(clientId)) continue;
    taken.add(clientId);
    out.push({ ...line, id: newId(), date: target.toDate, meal, clientId });
  }
  return out;
}
