import type { Exercise, Modality } from "./exercise.js";
import type { ExercisePool } from "./program-pool.js";
import type { ProgramInput } from "./program-input.js";
import { CARDIO_MIN_MINUTES } from "./program-schedule.js";
import type { CardioItem, IntervalItem } from "./program-types.js";

/**
 * Cardio and interval parts of a plan: steady sessions, interval sessions and finishers, the
 * easy warm-up of a strength day, and the burst used for "active rest".
 */

/** `leanback timer` pattern for each interval entry (interval-templates.ts ids), and what it is. */
const INTERVAL_PATTERNS: Readonly<Record<string, { pattern: string; text: string }>> = {
  "intervals-rowing": { pattern: "hard-medium", text: "2 min hard / 2 min medium × 5" },
  "intervals-elliptical": { pattern: "hard-medium", text: "2 min hard / 2 min medium × 5" },
  "intervals-swimming": { pattern: "hard-medium", text: "1 length fast / 1 length easy, 20 min" },
  "intervals-running": {
    pattern: "running-intervals",
    text: "3 min vigorous, 5 min comfortable, 2 min fast × 2",
  },
  "intervals-boxing": { pattern: "boxing-30-30", text: "30 s as fast as possible / 30 s rest × 3" },
  "intervals-speed-bag": { pattern: "boxing-30-30", text: "30 s as fast as possible / 30 s rest × 3" },
  "shadow-boxing-intervals": { pattern: "boxing-30-30", text: "30 s as fast as possible / 30 s rest × 3" },
  "hiit-bodyweight": { pattern: "short-bouts", text: "30 s hard / 90 s easy × 6" },
  "hiit-jumping": { pattern: "short-bouts", text: "30 s hard / 90 s easy × 6" },
  "intervals-bike": { pattern: "short-bouts", text: "30 s hard / 90 s easy × 8" },
  "intervals-jump-rope": { pattern: "short-bouts", text: "30 s skipping / 90 s easy × 6" },
  "intervals-battle-ropes": { pattern: "short-bouts", text: "30 s waves / 90 s easy × 6" },
  "intervals-stairs": { pattern: "short-bouts", text: "1 brisk flight up / walk down, 20 min" },
};

/** The steady cardio entry of a modality, preferring one that uses owned equipment. */
export function steadyFor(pool: ExercisePool, m: Modality): Exercise | undefined {
  const list = pool.usable.filter((e) => e.kind === "cardio" && e.modality === m);
  return list.find((e) => !e.equipment.includes("none")) ?? list[0];
}

/** Minutes of a steady cardio session: ≥ 30 (PRODUCT.md §2), longer for trained people. */
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

/** An interval block for a modality (a session's main part or a short finisher). */
export function intervalFor(
  pool: ExercisePool,
  m: Modality,
  role: IntervalItem["role"],
): IntervalItem | undefined {
  const candidates = pool.usable.filter((e) => e.kind === "interval" && e.modality === m);
  const e = candidates.find((x) => !x.equipment.includes("none")) ?? candidates[0];
  if (!e) return undefined;
  const p = INTERVAL_PATTERNS[e.id] ?? { pattern: "short-bouts", text: "30 s hard / 90 s easy" };
  const work = e.dosage.type === "time" ? e.dosage.sets * e.dosage.seconds : 600;
  // A 30/30 round lasts twice its work; other entries state their whole length.
  const minutes = Math.ceil((p.pattern === "boxing-30-30" ? work * 2 : work) / 60);
  return {
    type: "intervals",
    exerciseId: e.id,
    name: e.name,
    role,
    timerPattern: p.pattern,
    description: p.text,
    minutes,
  };
}

/** A short finisher after strength work: boxing rounds first (§3), else short bouts. */
export function finisherFor(pool: ExercisePool): IntervalItem | undefined {
  for (const m of ["boxing", "jump-rope", "battle-ropes", "bodyweight"] as const) {
    const i = intervalFor(pool, m, "finisher");
    if (i && i.minutes <= 12) return i;
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

/** PRODUCT.md §1 active rest: a 30–90 s burst between sets; we use 45 s. */
export const ACTIVE_REST_SECONDS = 45;

/** The cardio burst for active rest, when the person owns something that suits it. */
export function activeRestBurst(pool: ExercisePool): Exercise | undefined {
  for (const id of [
    "jump-rope",
    "rowing-machine",
    "treadmill-run",
    "cycling-stationary",
    "battle-ropes",
    "elliptical",
  ]) {
    const e = pool.usable.find((x) => x.id === id);
    if (e) return e;
  }
  return undefined;
}
