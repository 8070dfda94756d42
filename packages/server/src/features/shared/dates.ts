import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";

/** A real calendar date 'YYYY-MM-DD' (zod's ISO date pattern knows month lengths and leap years). */
export const isoDate = z.iso.date({ error: "must be a real calendar date YYYY-MM-DD" });

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → epoch ms of its UTC midnight; throws when the date is not a real one. */
export function dateToUtcMs(date: string, field = "date"): number {
  if (!isoDate.safeParse(date).success) {
    throw new InvalidInputError(field, "must be a real calendar date YYYY-MM-DD");
  }
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Epoch ms → the UTC calendar date 'YYYY-MM-DD'. */
export function utcMsToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Adds whole days to a calendar date. */
export function addDays(date: string, days: number): string {
  return utcMsToDate(dateToUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(dateToUtcMs(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The calendar date at instant `ms` in an IANA time zone, e.g. ("Europe/Berlin") → '2026-11-21'. */
export function localDate(ms: number, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(new Date(ms));
  } catch {
    throw new InvalidInputError("timezone", "must be an IANA time zone such as Europe/Berlin");
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** UTC+14 (Line Islands) is the earliest zone: no calendar date after this one has begun anywhere. */
const EARLIEST_ZONE_MS = 14 * 3_600_000;

/**
 * Throws InvalidInputError when `date` has not begun yet anywhere on Earth at instant `now`: a
 * log entry (weigh-in, tape, workout) cannot be from the future, whatever the person's zone.
 */
export function requireNotFuture(field: string, date: string, now: number): string {
  if (date > utcMsToDate(now + EARLIEST_ZONE_MS))
    throw new InvalidInputError(field, "must not be in the future");
  return date;
}

/** The Monday–Sunday week containing `date`. */
export function isoWeekOf(date: string): string[] {
  const monday = addDays(date, 1 - isoWeekday(date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The first and last day of the Monday–Sunday week containing `date`. */
export function isoWeekRange(date: string): { first: string; last: string } {
  const w = isoWeekOf(date);
  return { first: w[0] ?? date, last: w[6] ?? date };
}
