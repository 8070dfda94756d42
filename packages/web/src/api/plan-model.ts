import { catalogue } from "@leanback/core/training/catalogue";
import { EQUIPMENT, LEVELS, MODALITIES } from "@leanback/core/training/exercise";
import {
  EXCLUSION_TAGS,
  WEEKDAYS,
  type ProgramInputRaw,
  type Weekday,
} from "@leanback/core/training/program-input";
import { addDays, isoToDay } from "@leanback/core/trend/iso-day";
import type { ProfileInput } from "./types.js";
import { mondayOf, weekdayIndex } from "../ui/dates.js";

/** Weeks generated for the calendar: a 12-week block, as the CLI default. */
export const PLAN_WEEKS = 12;
const DEFAULT_SCHEDULE = { days: ["mon", "wed", "fri", "sat"] as const, minutes: 45 };

const pick = <T extends string>(values: readonly string[], allowed: readonly T[]): T[] =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

/**
 * The generator input for a profile. Plans are deterministic for the same input and seed, so the
 * user id as seed gives every device the same plan without storing it.
 *
 * @example
 * programInputFor({ ...profile, schedule: { days: ["mon"], minutes: 40 } }, "u1").days; // → ["mon"]
 */
export function programInputFor(
  p: Pick<ProfileInput, "equipment" | "schedule" | "cardioPrefs" | "exclusions" | "fitness">,
  seed: string,
): ProgramInputRaw {
  const schedule = p.schedule ?? DEFAULT_SCHEDULE;
  const cat = catalogue();
  const level = pick([p.fitness?.level ?? "beginner"], LEVELS)[0] ?? "beginner";
  return {
    level,
    equipment: pick(p.equipment, EQUIPMENT).filter((e) => e !== "none"),
    days: [...schedule.days],
    minutes: Math.min(180, Math.max(30, schedule.minutes)),
    cardio: pick(p.cardioPrefs, MODALITIES),
    // Unknown ids would make the generator refuse the whole plan: drop them instead.
    exclude: p.exclusions.filter((x) => (EXCLUSION_TAGS as readonly string[]).includes(x) || cat.has(x)),
    weeks: PLAN_WEEKS,
    ...(p.fitness?.pullups !== undefined ? { pullups: p.fitness.pullups } : {}),
    ...(p.fitness?.canHang !== undefined ? { canHang: p.fitness.canHang } : {}),
    ...(p.fitness?.pushups !== undefined ? { pushups: p.fitness.pushups } : {}),
    seed,
  };
}

// Swap rules live in core so the server validates and applies the same ones.
export { applySwaps, swapOptions, type Swaps } from "@leanback/core/training/swaps";

/**
 * Where today falls in a plan that starts on `start`: week = ⌊(today − start)/7⌋ + 1 (as the
 * server's agenda counts), clamped to the plan; `before` when the plan has not started yet.
 *
 * @example
 * planWeek("2026-11-16", "2026-11-30", 12); // → { week: 3, status: "active" }
 */
export function planWeek(
  start: string,
  today: string,
  weeks: number,
): { week: number; status: "before" | "active" | "finished" } {
  const days = isoToDay(today, "today") - isoToDay(start, "start");
  if (days < 0) return { week: 1, status: "before" };
  const week = Math.floor(days / 7) + 1;
  return week > weeks ? { week: weeks, status: "finished" } : { week, status: "active" };
}

/**
 * The date of a plan session: the first `day` on or after the start of its week (the rule the
 * iCalendar export uses, core ical.ts), so a plan that starts mid-week stays consistent.
 *
 * @example
 * sessionDate("2026-11-16", 2, "wed"); // → "2026-11-25"
 */
export function sessionDate(start: string, week: number, day: Weekday): string {
  const weekStart = addDays(start, 7 * (week - 1));
  return addDays(weekStart, (WEEKDAYS.indexOf(day) - weekdayIndex(start) + 7) % 7);
}

// Monday of the ISO week of a date: where a plan made today starts, so today is in week 1.
export { mondayOf };

/**
 * Week 1 starts on the Monday of the week the plan was last set up (the profile's last change);
 * returns that Monday and the current week number, clamped to the plan's weeks.
 *
 * @example
 * planCalendar("2026-11-18", "2026-11-30", 12); // → { start: "2026-11-16", week: 3 }
 */
export function planCalendar(setUpOn: string, today: string, weeks: number): { start: string; week: number } {
  const start = mondayOf(setUpOn);
  const week = Math.floor((isoToDay(today, "today") - isoToDay(start, "start")) / 7) + 1;
  return { start, week: Math.min(weeks, Math.max(1, week)) };
}
