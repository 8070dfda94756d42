import type { Level } from "./exercise.js";
import { WEEKDAYS, type Weekday } from "./program-input.js";

/** PRODUCT.md §2: cardio 3–5 days a week, 4 by default, at least 30 min each. */
export const CARDIO_MIN_SESSIONS = 3;
export const CARDIO_DEFAULT_SESSIONS = 4;
export const CARDIO_MIN_MINUTES = 30;
/** Shortest strength part worth combining with 30 min of cardio (warm-up + back work, our rule). */
export const MIN_COMBINED_STRENGTH_MINUTES = 12;

export interface WeekLayout {
  readonly strengthDays: readonly Weekday[];
  /** Strength days that also carry a ≥ 30 min cardio part. */
  readonly combinedDays: readonly Weekday[];
  readonly cardioDays: readonly Weekday[];
  /** Every other weekday: rest (the daily posture and low-back routine is offered on every day). */
  readonly restDays: readonly Weekday[];
  readonly tradeOffs: readonly string[];
}

function strengthCount(days: number, level: Level): number {
  if (days <= 1) return days;
  if (days <= 4) return 2;
  if (level === "beginner") return 2; // beginners: 2 strength days, the rest cardio
  return days >= 6 ? 3 : 2;
}

/** Picks `n` of the sorted days as evenly spread as possible, so strength days are apart. */
function spread(days: readonly Weekday[], n: number): Weekday[] {
  const out: Weekday[] = [];
  for (let i = 0; i < n; i++) {
    const d = days[Math.round((i * days.length) / n)];
    if (d !== undefined && !out.includes(d)) out.push(d);
  }
  return out;
}

/**
 * Lays out a week: strength days spread apart, cardio on the others, cardio combined after
 * strength when the days are too few, and the trade-offs this forced.
 *
 * @example
 * layoutWeek(["mon", "wed", "fri", "sat"], "beginner", 45).strengthDays; // → ["mon", "fri"]
 */
export function layoutWeek(available: readonly Weekday[], level: Level, minutes: number): WeekLayout {
  const days = WEEKDAYS.filter((d) => available.includes(d));
  const tradeOffs: string[] = [];
  const s = strengthCount(days.length, level);
  const strengthDays = spread(days, s);
  const free = days.filter((d) => !strengthDays.includes(d));
  // Seven days: keep one full rest day (recovery), three cardio days still meet §2.
  const keepRest = days.length === 7 ? 1 : 0;
  const cardioDays = free.slice(0, Math.min(free.length - keepRest, CARDIO_DEFAULT_SESSIONS));
  const combinedDays: Weekday[] = [];
  const canCombine = minutes - CARDIO_MIN_MINUTES >= MIN_COMBINED_STRENGTH_MINUTES;
  // Too few days: cardio goes after strength until the week reaches the minimum of three;
  // with 75+ minutes a session there is room to reach the default four.
  const target = minutes >= 75 ? CARDIO_DEFAULT_SESSIONS : CARDIO_MIN_SESSIONS;
  for (const d of strengthDays) {
    if (!canCombine || cardioDays.length + combinedDays.length >= target) break;
    combinedDays.push(d);
  }
  const cardioTotal = cardioDays.length + combinedDays.length;
  if (s < 2)
    tradeOffs.push(`Only ${days.length} day a week: 1 strength session instead of the protocol's 2–3.`);
  const minimumNote = cardioTotal === CARDIO_MIN_SESSIONS ? ", the protocol's minimum; the default is 4" : "";
  if (combinedDays.length > 0)
    tradeOffs.push(
      `${cardioDays.length} day${cardioDays.length === 1 ? "" : "s"} left for cardio, so ${combinedDays.length} strength day${combinedDays.length > 1 ? "s also carry" : " also carries"} ${CARDIO_MIN_MINUTES}+ min of cardio (${cardioTotal} cardio sessions a week${minimumNote}); those sessions run longer.`,
    );
  if (cardioTotal < CARDIO_MIN_SESSIONS)
    tradeOffs.push(
      canCombine
        ? `${cardioTotal} cardio session${cardioTotal === 1 ? "" : "s"} a week, below the protocol's 3–5: add a day when you can.`
        : `${minutes} min sessions leave no room for ${CARDIO_MIN_MINUTES} min of cardio after strength: ${cardioTotal} cardio session${cardioTotal === 1 ? "" : "s"} a week, below the protocol's 3–5.`,
    );
  else if (cardioTotal < CARDIO_DEFAULT_SESSIONS && combinedDays.length === 0)
    tradeOffs.push(
      keepRest
        ? `${cardioTotal} cardio sessions (the protocol's minimum; the default is 4) so that one day a week stays a full rest day.`
        : `${cardioTotal} cardio sessions a week: the protocol's minimum (the default is 4) within your days and minutes.`,
    );
  const used = new Set<Weekday>([...strengthDays, ...cardioDays]);
  return {
    strengthDays,
    combinedDays,
    cardioDays,
    restDays: WEEKDAYS.filter((d) => !used.has(d)),
    tradeOffs,
  };
}
