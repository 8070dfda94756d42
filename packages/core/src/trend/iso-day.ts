import { InvalidInputError } from "../errors.js";

// Calendar dates as whole UTC day numbers (days since 1970-01-01), so gaps and windows are plain
// integer arithmetic and time zones or DST never shift a day.

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses 'YYYY-MM-DD' into a day number; rejects impossible dates such as 2025-02-30.
 *
 * @example
 * isoToDay("1970-01-02", "date"); // → 1
 */
export function isoToDay(iso: string, field: string): number {
  const m = typeof iso === "string" ? ISO.exec(iso.trim()) : null;
  if (!m) throw new InvalidInputError(field, `${field} must be a date written YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    throw new InvalidInputError(field, `${field} must be a real calendar date (got ${iso})`);
  return Math.round(ms / MS_PER_DAY);
}

/**
 * Formats a day number as 'YYYY-MM-DD'.
 *
 * @example
 * dayToIso(0); // → "1970-01-01"
 */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Adds whole days to an ISO date.
 *
 * @example
 * addDays("2024-02-28", 2); // → "2024-03-01"
 */
export function addDays(iso: string, days: number): string {
  return dayToIso(isoToDay(iso, "date") + days);
}
