import type { Meal } from "@leanback/core/nutrition/diary";
import type { MilliNutrients } from "@leanback/core/nutrition/nutrients";
import type { z } from "zod";
import type { cardioInputSchema, setInputSchema } from "../workouts/workout-schema.js";

/** What a file asks to write, before it is checked against the database and written. */
export interface ImportPlan {
  readonly diary: PlannedDiaryEntry[];
  readonly weighIns: PlannedWeighIn[];
  readonly workouts: PlannedWorkout[];
}

export interface PlannedDiaryEntry {
  readonly file: string;
  readonly lines: readonly number[];
  readonly date: string;
  readonly meal: Meal;
  readonly clientId: string;
  /** Summed over the meal's rows, milli-units; kcal is the quick add's energy. */
  readonly nutrients: MilliNutrients;
}

export interface PlannedWeighIn {
  readonly file: string;
  readonly line: number;
  readonly date: string;
  readonly weightKg: number;
  readonly clientId: string;
}

export type SetInput = z.input<typeof setInputSchema>;
export type CardioInput = z.input<typeof cardioInputSchema>;

export interface PlannedWorkout {
  readonly file: string;
  /** The line of the workout's first row (where a whole-workout problem is reported). */
  readonly line: number;
  readonly clientId: string;
  readonly date: string;
  readonly title: string;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly notes: string | null;
  readonly sets: SetInput[];
  readonly cardio: CardioInput[];
}

export function emptyPlan(): ImportPlan {
  return { diary: [], weighIns: [], workouts: [] };
}

/** A short stable hash (FNV-1a, 32 bit) of a text, for idempotency keys. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * A number as exports write it: "1,234.5" (thousands separators), "12.5", "" (unknown → null).
 * NaN when it is something else.
 */
export function parseAmount(s: string): number | null {
  const t = s.trim();
  if (t === "") return null;
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, "") : t;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return Number.NaN;
  return Number(plain);
}

export const LB_TO_KG = 0.45359237; // the international avoirdupois pound (1959 agreement), exact
export const MILE_TO_M = 1609.344; // the international mile, exact
