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

const DAY_MS = 86_400_000;
const WEEKDAY_IDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Monday-first weekday id of a calendar date ("2026-11-20" → "fri"). */
export function weekdayId(iso: string): (typeof WEEKDAY_IDS)[number] {
  // 1970-01-01 (day 0) was a Thursday, index 3 from Monday.
  return WEEKDAY_IDS[(((dayNumber(iso) + 3) % 7) + 7) % 7] as (typeof WEEKDAY_IDS)[number];
}

/** Monday of the week of `iso`. */
export function mondayOf(iso: string): string {
  const idx = WEEKDAY_IDS.indexOf(weekdayId(iso));
  return new Date((dayNumber(iso) - idx) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Plan week (1-based) that `today` falls in for a plan starting `start`: ⌊(today − start)/7⌋ + 1,
 * the rule of the server's agenda, the iCalendar export and the player. Below 1 before the start.
 */
export function planWeek(start: string, today: string): number {
  return Math.floor((dayNumber(today) - dayNumber(start)) / 7) + 1;
}
