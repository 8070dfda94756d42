import type { Modality } from "./exercise.js";
import { intervalPattern } from "./interval-templates.js";
import { intervalFor, withTimer } from "./program-cardio.js";
import { weekPhase } from "./program-phase.js";
import type { ExercisePool } from "./program-pool.js";
import { CARDIO_MIN_MINUTES } from "./program-schedule.js";
import type { IntervalItem } from "./program-types.js";

/** Interval items as a plan week runs them: the week's rounds, fitted into the minutes. */

/**
 * Intervals inside the 30 min after strength (intervals every week when no cardio day can carry
 * them): already warm, so without the pattern's warm-up.
 *
 * @example
 * intervalsAfter(pool, "running", 1)?.minutes; // → at most 30
 */
export function intervalsAfter(pool: ExercisePool, m: Modality, week: number): IntervalItem | undefined {
  const o = { warmUp: false };
  const found = intervalFor(pool, m, "main", o) ?? intervalFor(pool, "bodyweight", "main", o);
  const iv = found ? fitIntervals(forWeek(found, week), CARDIO_MIN_MINUTES) : undefined;
  return iv && iv.minutes <= CARDIO_MIN_MINUTES ? iv : undefined;
}

/**
 * Intervals in a week's phase (program-phase.ts): one more round in the load week (where the
 * minutes allow: fitting comes after), up to two rounds fewer (at least 1) in the lighter week.
 * Boxing 30/30 keeps the protocol's 3 rounds.
 *
 * @example
 * forWeek(shortBouts, 4).rounds; // → 7 (the pattern's 6, one more in the load week)
 */
export function forWeek(iv: IntervalItem, week: number): IntervalItem {
  if (iv.timerPattern === "boxing-30-30") return iv;
  const phase = weekPhase(week);
  const base = iv.rounds ?? intervalPattern(iv.timerPattern).spec.blocks[0]?.rounds ?? 1;
  const rounds = phase.lighter ? Math.max(1, base - 2) : phase.step === 4 ? base + 1 : base;
  return rounds === base ? iv : withTimer({ ...iv, rounds });
}

/**
 * Intervals after a steady part in a session of `total` minutes: the steady part is the warm-up,
 * and when even then the intervals are longer than the session, rounds go until they fit.
 *
 * @example
 * fitIntervals(hardMedium, 30).minutes; // → 26 (without the 5 min warm-up)
 */
export function fitIntervals(iv: IntervalItem, total: number): IntervalItem {
  let fitted = withTimer({ ...iv, warmUp: false });
  const base = intervalPattern(iv.timerPattern).spec.blocks[0]?.rounds ?? 1;
  let rounds = iv.rounds ?? base;
  while (fitted.minutes > total && rounds > 2) {
    rounds--;
    fitted = withTimer({ ...fitted, rounds });
  }
  return fitted;
}
