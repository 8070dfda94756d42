import { InvalidInputError } from "../errors.js";
import { isoToDay } from "../trend/iso-day.js";

// Adherence over a window of days: what was planned against what was logged. Plain counts, so a
// trainer reads them as "3 of 4 sessions", not as a score.

export interface AdherenceFacts {
  /** Dates of planned training sessions (one entry per session; rest days excluded). */
  readonly plannedSessionDates: readonly string[];
  /** Dates of logged workouts that carried out a planned session. */
  readonly doneSessionDates: readonly string[];
  /** Diary days marked complete. */
  readonly completeDiaryDates: readonly string[];
  /** Days with at least one weigh-in (repeats are counted once). */
  readonly weighInDates: readonly string[];
}

export interface Adherence {
  readonly from: string;
  readonly to: string;
  /** Days in the window, from and to included. */
  readonly days: number;
  readonly sessionsPlanned: number;
  readonly sessionsDone: number;
  readonly diaryDaysComplete: number;
  readonly weighInDays: number;
}

/**
 * Counts of `facts` dated from..to inclusive; done sessions beyond those planned are not counted.
 *
 * @example
 * adherence("2026-01-05", "2026-01-11", { plannedSessionDates: ["2026-01-05", "2026-01-07"],
 *   doneSessionDates: ["2026-01-05"], completeDiaryDates: ["2026-01-05", "2026-01-06"],
 *   weighInDates: ["2026-01-05", "2026-01-05"] });
 * // → { from: "2026-01-05", to: "2026-01-11", days: 7, sessionsPlanned: 2, sessionsDone: 1,
 * //     diaryDaysComplete: 2, weighInDays: 1 }
 */
export function adherence(from: string, to: string, facts: AdherenceFacts): Adherence {
  const a = isoToDay(from, "from");
  const b = isoToDay(to, "to");
  if (b < a) throw new InvalidInputError("to", "to must not be before from");
  const inside = (d: string) => {
    const x = isoToDay(d, "date");
    return x >= a && x <= b;
  };
  const count = (ds: readonly string[]) => ds.filter(inside).length;
  const distinct = (ds: readonly string[]) => new Set(ds.filter(inside)).size;
  const sessionsPlanned = count(facts.plannedSessionDates);
  return {
    from,
    to,
    days: b - a + 1,
    sessionsPlanned,
    sessionsDone: Math.min(count(facts.doneSessionDates), sessionsPlanned),
    diaryDaysComplete: distinct(facts.completeDiaryDates),
    weighInDays: distinct(facts.weighInDates),
  };
}
