import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { addDays, daysBetween, isoDate, utcMsToDate } from "./dates.js";

/** How far a ?from=&to= range may reach and what it is when the caller leaves it out. */
export interface RangeRule {
  /** The longest span answered, in calendar days (from and to both counted). */
  readonly maxDays: number;
  /** The span when `from` is left out: the last `defaultDays` days up to `to`. */
  readonly defaultDays: number;
}

/** A resolved, bounded date range: both ends known, at most RangeRule.maxDays days. */
export interface BoundedRange {
  readonly from: string;
  readonly to: string;
}

const spanRule = (maxDays: number) => `from..to may span at most ${maxDays} days`;

/**
 * ?from=&to= calendar-date query, both optional, from <= to and at most `maxDays` days apart
 * (checked here when both are given; resolveRange checks a missing `to`).
 */
export function boundedRangeQuery(maxDays: number) {
  return z
    .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
    .refine((q) => !bothReal(q) || q.from <= q.to, {
      message: "from must not be after to",
      path: ["to"],
    })
    .refine((q) => !bothReal(q) || q.from > q.to || daysBetween(q.from, q.to) < maxDays, {
      message: spanRule(maxDays),
      path: ["from"],
    });
}

// Object refinements run even when a field failed: only two real dates are compared and measured
// (a failed field has its own issue; measuring it would throw).
function bothReal(q: {
  from?: string | undefined;
  to?: string | undefined;
}): q is { from: string; to: string } {
  return isoDate.safeParse(q.from).success && isoDate.safeParse(q.to).success;
}

/** UTC+14 is the earliest zone: the latest calendar date that has begun anywhere at `now`. */
export function latestDateAnywhere(now: number): string {
  return utcMsToDate(now + 14 * 3_600_000);
}

/**
 * Fills in a range's missing ends — `to` defaults to the latest date begun anywhere at `now`,
 * `from` to `defaultDays` days before `to` — and refuses a span over `maxDays` (422 on query.from).
 */
export function resolveRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: number,
  rule: RangeRule,
): BoundedRange {
  const to = query.to ?? latestDateAnywhere(now);
  const from = query.from ?? addDays(to, -(rule.defaultDays - 1));
  if (from > to) throw new InvalidInputError("query.to", "from must not be after to");
  if (daysBetween(from, to) >= rule.maxDays)
    throw new InvalidInputError("query.from", spanRule(rule.maxDays));
  return { from, to };
}
