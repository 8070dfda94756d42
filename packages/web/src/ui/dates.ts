import type { Weekday } from "@leanback/core/training/program-input";
import { addDays, isoToDay } from "@leanback/core/trend/iso-day";

/** Today's calendar date (YYYY-MM-DD) in an IANA time zone ("en-CA" formats dates as ISO). */
export function localToday(timeZone: string, now: Date = new Date()): string {
  try {
    return now.toLocaleDateString("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** "Mon 23 Nov" style short date for lists, in the browser's language. */
export function shortDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return d.toLocaleDateString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

// Written out, not core's WEEKDAYS: that module brings zod and the catalogue into every page.
const WEEKDAY_IDS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
export function weekdayIndex(iso: string): number {
  return (((isoToDay(iso, "date") + 3) % 7) + 7) % 7;
}

/** Monday-first weekday id of a calendar date ("2026-11-20" → "fri"). */
export function weekdayId(iso: string): Weekday {
  return WEEKDAY_IDS[weekdayIndex(iso)] as Weekday;
}

/** Monday of the ISO week of `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -weekdayIndex(iso));
}

/**
 * Plan week (1-based) that `today` falls in for a plan starting `start`: ⌊(today − start)/7⌋ + 1,
 * the rule of the server's agenda, the iCalendar export and the player. Below 1 before the start.
 */
export function planWeek(start: string, today: string): number {
  return Math.floor((isoToDay(today, "today") - isoToDay(start, "start")) / 7) + 1;
}
