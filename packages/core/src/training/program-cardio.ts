import type { Exercise, Modality } from "./exercise.js";
import type { ExercisePool } from "./program-pool.js";
import type { ProgramInput } from "./program-input.js";
import { CARDIO_MIN_MINUTES } from "./program-schedule.js";
import type { CardioItem, IntervalItem } from "./program-types.js";
import { describeSpec, specMinutes } from "./interval-describe.js";
import { ACTIVE_REST_SECONDS } from "./interval-templates.js";
import { intervalItemSpec } from "./session-timeline.js";

/**
 * Cardio and interval parts of a plan: steady sessions, interval sessions and finishers, the
 * easy warm-up of a strength day, and the burst used for "active rest".
 */

/**
 * The `leanback timer` pattern each interval entry runs (interval-templates.ts ids), with its
 * rounds where they differ from the pattern's. The words the plan shows come from the spec.
 */
const INTERVAL_PATTERNS: Readonly<Record<string, { pattern: string; rounds?: number }>> = {
  "intervals-rowing": { pattern: "hard-medium" },
  "intervals-elliptical": { pattern: "hard-medium" },
  "intervals-swimming": { pattern: "hard-medium" },
  "intervals-running": { pattern: "running-intervals" },
  "intervals-boxing": { pattern: "boxing-30-30" },
  "intervals-speed-bag": { pattern: "boxing-30-30" },
  "shadow-boxing-intervals": { pattern: "boxing-30-30" },
  "hiit-bodyweight": { pattern: "short-bouts" },
  "hiit-jumping": { pattern: "short-bouts" },
  "intervals-bike": { pattern: "short-bouts", rounds: 8 },
  "intervals-jump-rope": { pattern: "short-bouts" },
  "intervals-battle-ropes": { pattern: "short-bouts" },
  "intervals-stairs": { pattern: "short-bouts" },
};

/**
 * An interval item with its minutes and description taken from the timeline it runs.
 *
 * @example
 * withTimer({ ...item, warmUp: false }).minutes; // the pattern's minutes without its warm-up
 */
export function withTimer(item: IntervalItem): IntervalItem {
  const spec = intervalItemSpec(item);
  return { ...item, description: describeSpec(spec), minutes: specMinutes(spec) };
}

/** The steady cardio entry of a modality, preferring one that uses owned equipment. */
export function steadyFor(pool: ExercisePool, m: Modality): Exercise | undefined {
  const list = pool.usable.filter((e) => e.kind === "cardio" && e.modality === m);
  return list.find((e) => !e.equipment.includes("none")) ?? list[0];
}

/** Minutes of a steady cardio session: ≥ 30 (the protocol's cardio), longer for trained people. */
export function cardioSessionMinutes(input: ProgramInput): number {
  const cap = input.level === "beginner" ? 30 : input.level === "intermediate" ? 40 : 45;
  return Math.max(CARDIO_MIN_MINUTES, Math.min(cap, input.minutes));
}

/**
 * A steady cardio item.
 *
 * @example
 * steadyItem(catalogue().byId("jogging"), "main", 30).minutes; // → 30
 */
export function steadyItem(
  e: Exercise,
  role: CardioItem["role"],
  minutes: number,
  pace?: CardioItem["pace"],
): CardioItem {
  return {
    type: "cardio",
    exerciseId: e.id,
    name: e.name,
    role,
    minutes,
    pace: pace ?? (role === "warm-up" ? "easy" : "steady"),
  };
}

/**
 * An interval block for a modality: a session's main part (with the pattern's warm-up and
 * cool-down unless `warmUp`/`coolDown` say otherwise) or a finisher after strength, which is
 * already warm and goes on to the posture drill (neither).
 */
export function intervalFor(
  pool: ExercisePool,
  m: Modality,
  role: IntervalItem["role"],
  o: { warmUp?: boolean; coolDown?: boolean } = {},
): IntervalItem | undefined {
  const candidates = pool.usable.filter((e) => e.kind === "interval" && e.modality === m);
  const e = candidates.find((x) => !x.equipment.includes("none")) ?? candidates[0];
  if (!e) return undefined;
  const p = INTERVAL_PATTERNS[e.id] ?? { pattern: "short-bouts" };
  const finisher = role === "finisher";
  const warmUp = o.warmUp ?? !finisher;
  const coolDown = o.coolDown ?? !finisher;
  return withTimer({
    type: "intervals",
    exerciseId: e.id,
    name: e.name,
    role,
    timerPattern: p.pattern,
    ...(p.rounds !== undefined ? { rounds: p.rounds } : {}),
    ...(warmUp ? {} : { warmUp: false }),
    ...(coolDown ? {} : { coolDown: false }),
    description: "",
    minutes: 0,
  });
}

/** The longest finisher a strength day takes (our limit: ~a quarter of an hour session). */
export const FINISHER_MAX_MINUTES = 15;

/** A short finisher after strength work: boxing rounds first (the protocol's 30/30), else short bouts. */
export function finisherFor(pool: ExercisePool): IntervalItem | undefined {
  for (const m of ["boxing", "jump-rope", "battle-ropes", "bodyweight"] as const) {
    const i = intervalFor(pool, m, "finisher");
    if (i && i.minutes <= FINISHER_MAX_MINUTES) return i;
  }
  return undefined;
}

/** The easy 5-minute warm-up of a strength day: the first preferred modality that suits it. */
export function warmUpFor(pool: ExercisePool, modalities: readonly Modality[]): CardioItem | undefined {
  const unsuitable: readonly Modality[] = ["swimming", "fitness-class"];
  for (const m of [...modalities, "walking" as const]) {
    if (unsuitable.includes(m)) continue;
    const e = steadyFor(pool, m);
    if (e) return steadyItem(e, "warm-up", 5);
  }
  return undefined;
}

export { ACTIVE_REST_SECONDS };

/**
 * The cardio burst for active rest (the protocol's 30–90 s of cardio between sets): what the
 * person owns first, shadow boxing (needs nothing, never jumps) otherwise. The pool already
 * leaves out missing equipment and exclusions such as "no jumping".
 */
export function activeRestBurst(pool: ExercisePool): Exercise | undefined {
  for (const id of [
    "jump-rope",
    "rowing-machine",
    "battle-ropes",
    "heavy-bag",
    "treadmill-run",
    "cycling-stationary",
    "elliptical",
    "shadow-boxing",
  ]) {
    const e = pool.usable.find((x) => x.id === id);
    if (e) return e;
  }
  return undefined;
}
