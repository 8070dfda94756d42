import type { Weekday } from "@leanback/core/training/program-input";
import type { Plan, Session } from "@leanback/core/training/program-types";
import { planWeek, weekdayId } from "../ui/dates.js";

// Kept under the names the player and its tests use.
export { mondayOf, weekdayId as weekdayOf } from "../ui/dates.js";

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
    week = planWeek(startDate, today);
    day = weekdayId(today);
    if (week < 1) outside = "before-start";
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
