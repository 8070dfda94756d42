import { InvalidInputError } from "../errors.js";
import {
  earlyDeload,
  nextLoad,
  verdict,
  type NextLoad,
  type RatedSet,
  type WeekFatigue,
} from "./autoregulation.js";
import { DEFAULT_DELOAD_EVERY_WEEKS, deloadPrescription } from "./deload.js";
import type { Load, RepRange } from "./prescription.js";
import type { WeightUnit } from "./progression-steps.js";

/**
 * One exercise's prescription week by week, driven by its log: each logged session moves the
 * working load (autoregulation.ts), a skipped one changes nothing, and a lighter week comes
 * five weeks after the last one, or earlier when two weeks running show fatigue. Sessions of a
 * lighter week are logged but never move the load (deload.ts).
 */

export interface Working {
  readonly sets: number;
  readonly reps: RepRange;
  readonly load: Load;
}

/** One week of the log: one entry per planned session, null for a skipped one. */
export interface LoggedWeek {
  readonly sessions: readonly (readonly RatedSet[] | null)[];
}

export interface PrescribedWeek {
  readonly week: number;
  readonly lighter: boolean;
  /** Brought forward by fatigue rather than on schedule. */
  readonly early: boolean;
  /** What to do this week (a lighter week: fewer sets, less load). */
  readonly sets: number;
  readonly load: Load;
  /** The load the week's sessions moved to, session by session (empty in a lighter week). */
  readonly after: readonly NextLoad[];
  readonly reason: string;
}

/**
 * The prescription of every logged week and of the week after them.
 *
 * @example
 * autoregulatedWeeks(start, [goodWeek, goodWeek], "kg").at(-1)?.load; // → two sessions' steps heavier
 */
export function autoregulatedWeeks(
  start: Working,
  weeks: readonly LoggedWeek[],
  unit: WeightUnit,
  everyWeeks: number = DEFAULT_DELOAD_EVERY_WEEKS,
): PrescribedWeek[] {
  if (!Number.isInteger(everyWeeks) || everyWeeks < 4 || everyWeeks > 6)
    throw new InvalidInputError("deloadEveryWeeks", "a deload week comes every 4–6 weeks");
  const out: PrescribedWeek[] = [];
  const fatigue: WeekFatigue[] = [];
  let working = start;
  let sinceLighter = 0;
  for (let i = 0; i <= weeks.length; i++) {
    const week = i + 1;
    const early = earlyDeload(fatigue);
    const scheduled = sinceLighter + 1 >= everyWeeks;
    const lighter = scheduled || early.lighter;
    const light = lighter
      ? deloadPrescription(
          {
            exerciseId: "x",
            dosage: { kind: "reps", sets: working.sets, reps: working.reps, perSide: false },
            load: working.load,
            restSeconds: 0,
          },
          unit,
        )
      : undefined;
    const logged = weeks[i];
    const begin = working;
    const after: NextLoad[] = [];
    let strained = 0;
    for (const sets of logged?.sessions ?? []) {
      if (sets === null) continue;
      const v = verdict(lighter && light ? { ...working, sets: light.dosage.sets } : working, sets);
      if (v === "missed" || v === "too-hard") strained++;
      if (lighter) continue;
      const n = nextLoad(working, sets, unit);
      after.push(n);
      working = { ...working, load: n.load };
    }
    out.push({
      week,
      lighter,
      early: lighter && !scheduled,
      sets: light ? light.dosage.sets : begin.sets,
      load: light ? light.load : begin.load,
      after,
      reason: scheduled
        ? `lighter week: ${everyWeeks} weeks since the last`
        : early.lighter
          ? early.reason
          : "building",
    });
    if (logged) {
      const performed = logged.sessions.filter((x) => x !== null).length;
      fatigue.push({ week, planned: logged.sessions.length, performed, strained, lighter });
    }
    sinceLighter = lighter ? 0 : sinceLighter + 1;
  }
  return out;
}
