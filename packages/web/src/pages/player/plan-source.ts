import { WEEKDAYS, type Weekday } from "@leanback/core/training/program-input";
import type { Plan, Session } from "@leanback/core/training/program-types";
import { addDays, isoToDay } from "@leanback/core/trend/iso-day";

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
function weekdayIndex(date: string): number {
  return (((isoToDay(date, "date") + 3) % 7) + 7) % 7;
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[weekdayIndex(date)] as Weekday;
}

/** Monday of the ISO week of `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** "today" or "w<week>-<day>" (e.g. "w2-wed"); null when the id is neither. */
export function parseSessionId(id: string): { week: number; day: Weekday } | "today" | null {
  if (id === "today") return "today";
  const m = /^w(\d{1,2})-(mon|tue|wed|thu|fri|sat|sun)$/.exec(id);
  return m ? { week: Number(m[1]), day: m[2] as Weekday } : null;
}

export interface PickedSessions {
  readonly week: number;
  readonly day: Weekday;
  /** Sessions with something to do (a rest day's stretches count). */
  readonly sessions: readonly Session[];
  /** Why there is nothing for "today": the plan has not started or is over. */
  readonly outside: "before-start" | "finished" | null;
}

/**
 * The sessions to play: for "today", week = ⌊(today − start)/7⌋ + 1 and today's weekday (the
 * rule the server's agenda and the iCalendar export use); for "wN-day", that week and day.
 *
 * @example
 * pickSessions(plan, "2026-11-16", "2026-11-25", "today").week; // → 2 (a Wednesday)
 */
export function pickSessions(
  plan: Plan,
  startDate: string,
  today: string,
  which: { week: number; day: Weekday } | "today",
): PickedSessions {
  let week: number;
  let day: Weekday;
  let outside: PickedSessions["outside"] = null;
  if (which === "today") {
    const days = isoToDay(today, "today") - isoToDay(startDate, "startDate");
    week = Math.floor(days / 7) + 1;
    day = weekdayOf(today);
    if (days < 0) outside = "before-start";
    else if (week > plan.weeks.length) outside = "finished";
  } else {
    ({ week, day } = which);
    if (week < 1 || week > plan.weeks.length) outside = "finished";
  }
  const sessions =
    outside === null
      ? (plan.weeks.find((w) => w.week === week)?.sessions ?? []).filter(
          (s) => s.day === day && s.items.length > 0,
        )
      : [];
  return { week, day, sessions, outside };
}
