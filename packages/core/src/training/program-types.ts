import type { Region } from "./exercise.js";
import type { Dosage, Load } from "./prescription.js";
import type { ProgramInput, Weekday } from "./program-input.js";

/**
 * The shape of a generated plan. A plan is a template: sessions sit on weekdays of numbered
 * weeks, loads are in kg and doses in seconds; dates, units and equipment steps are applied
 * when rendering or exporting.
 */

/** How a strength session is run (PRODUCT.md §1 formats, §2 rowing pattern). */
export type StrengthFormat = "straight-sets" | "circuit" | "active-rest" | "rowing";

/** One strength exercise with its prescription. */
export interface StrengthItem {
  readonly type: "strength";
  readonly exerciseId: string;
  readonly name: string;
  /** The region slot it fills (upper-back, lower-back, legs, push, core) or "extra"/"posture". */
  readonly slot: Region | "extra" | "posture";
  readonly dosage: Dosage;
  /** Absent: no published starting load; pick one that leaves 1–2 reps in reserve. */
  readonly load?: Load;
  readonly restSeconds: number;
  readonly note?: string;
}

/** Steady cardio: a whole session, a warm-up, a bout between exercises or a finish. */
export interface CardioItem {
  readonly type: "cardio";
  readonly exerciseId: string;
  readonly name: string;
  readonly role: "main" | "warm-up" | "between" | "finish" | "after-strength";
  readonly minutes: number;
  readonly pace: "easy" | "steady";
}

/** An interval block; `timerPattern` names the `leanback timer` pattern that runs it. */
export interface IntervalItem {
  readonly type: "intervals";
  readonly exerciseId: string;
  readonly name: string;
  readonly role: "main" | "finisher";
  readonly timerPattern: string;
  /** Rounds of the pattern's first block when they differ from the pattern's own. */
  readonly rounds?: number;
  /** False: the pattern's warm-up is left out (the session already warmed up). */
  readonly warmUp?: boolean;
  /** False: the pattern's cool-down is left out (the session goes on after it). */
  readonly coolDown?: boolean;
  /** What the timer runs, generated from the spec (session-timeline.ts intervalItemSpec). */
  readonly description: string;
  /** The timer's minutes, rounded up. */
  readonly minutes: number;
}

/** Warm-up drills, posture work and stretches. */
export interface MobilityItem {
  readonly type: "mobility";
  readonly exerciseId: string;
  readonly name: string;
  readonly dosage: Dosage;
}

/**
 * The daily posture and low-back routine (daily-routine.ts), offered on every day of the plan
 * besides the day's session; its minutes are its timer's and are not part of the session's.
 */
export interface DailyRoutine {
  readonly name: string;
  /** The timer pattern that plays it; absent when an excluded move was left out. */
  readonly timerPattern?: string;
  readonly items: readonly MobilityItem[];
  /** What the timer runs, generated from its spec. */
  readonly description: string;
  readonly minutes: number;
}

export type PlanItem = StrengthItem | CardioItem | IntervalItem | MobilityItem;

export type SessionKind = "strength" | "cardio" | "intervals" | "rest";

export interface Session {
  readonly day: Weekday;
  readonly kind: SessionKind;
  readonly title: string;
  /** Only for sessions with strength work. */
  readonly format?: StrengthFormat;
  /** For active rest: the burst done in each rest between sets. */
  readonly activeRest?: { readonly exerciseId: string; readonly name: string; readonly seconds: number };
  readonly items: readonly PlanItem[];
  /** Estimated duration in whole minutes (program-time.ts). */
  readonly minutes: number;
  /** Minutes of cardio in this session; it counts as a cardio session when ≥ 30 (PRODUCT.md §2). */
  readonly cardioMinutes: number;
  readonly countsAsCardio: boolean;
  /** Which protocol rule each choice follows, in plain words ("Back every session: …"). */
  readonly why: readonly string[];
  /** The daily posture and low-back routine offered with this day (every day of a new plan). */
  readonly daily?: DailyRoutine;
}

export interface PlanWeek {
  readonly week: number;
  /** A lighter (deload) week: about half the sets, easier cardio and intervals. */
  readonly lighter?: boolean;
  /** What changed from the week before, and why ("Rows: 3 × 10–12 → 3 × 12, reps first"). */
  readonly changes?: readonly string[];
  readonly sessions: readonly Session[];
}

export interface Plan {
  readonly id: string;
  readonly input: ProgramInput;
  readonly weeks: readonly PlanWeek[];
  /** Where the plan had to bend a protocol default, and why. */
  readonly tradeOffs: readonly string[];
  /** Plan-level notes (no spot reduction, progression rule). */
  readonly notes: readonly string[];
}
