import { InvalidInputError } from "../errors.js";
import type { Load, RepRange } from "./prescription.js";
import { equipmentOf, stepLoadKg, type WeightUnit } from "./progression-steps.js";

/**
 * Autoregulation from the log: how hard the last sets felt sets the next session's load.
 * RPE (rating of perceived exertion, 10 = no rep left) and RIR (reps in reserve) are the same
 * scale read two ways, RPE = 10 − RIR (Zourdos MC et al. 2016, J Strength Cond Res 30:267).
 * Our rule, per exercise and session:
 * - a set below the rep range, a set left out, or a set at RPE 10: one step lighter;
 * - every set at the target reps and the last sets at RPE ≤ 7 (3+ reps in reserve): one step
 *   heavier;
 * - RPE 7.5–9.5 (1–2 reps in reserve, where the plan wants them): hold;
 * - no effort logged: heavier only when every set reached the top of the range, else hold.
 * Fatigue over weeks (missed targets, RPE 10, skipped sessions) brings the lighter week forward
 * (`earlyDeload`).
 */

export interface RatedSet {
  readonly reps: number;
  readonly load: Load;
  /** 1–10 in half steps. */
  readonly rpe?: number;
  /** Reps in reserve, when logged that way (RPE = 10 − RIR). */
  readonly rir?: number;
}

export type LoadChange = "up" | "hold" | "down";

export interface NextLoad {
  readonly load: Load;
  readonly change: LoadChange;
  /** Why, in words for the person. */
  readonly reason: string;
}

/**
 * The effort of a set on the RPE scale, from its RPE or its reps in reserve; undefined when
 * neither was logged.
 *
 * @example
 * effortOf({ reps: 10, load: { kind: "bodyweight" }, rir: 3 }); // → 7
 */
export function effortOf(set: RatedSet): number | undefined {
  if (set.rpe !== undefined) {
    if (!Number.isFinite(set.rpe) || set.rpe < 1 || set.rpe > 10)
      throw new InvalidInputError("rpe", "RPE must be 1–10");
    return set.rpe;
  }
  if (set.rir !== undefined) {
    if (!Number.isFinite(set.rir) || set.rir < 0) throw new InvalidInputError("rir", "RIR must be 0 or more");
    return Math.max(1, 10 - set.rir);
  }
  return undefined;
}

/** "The last sets": the final two of the session, where fatigue shows. */
const LAST_SETS = 2;
export const EASY_MAX_RPE = 7;
export const MAX_RPE = 10;

function step(load: Load, unit: WeightUnit, harder: boolean): Load {
  const equipment = equipmentOf(load);
  if (!equipment) return load;
  switch (load.kind) {
    case "external":
    case "added":
      return { ...load, kg: stepLoadKg(load.kg, equipment, unit, harder ? 1 : -1) };
    case "assisted":
      return { ...load, assistKg: stepLoadKg(load.assistKg, equipment, unit, harder ? -1 : 1) };
    default:
      return load;
  }
}

/** How one logged session of an exercise reads against its prescription. */
export type SessionVerdict = "missed" | "too-hard" | "easy" | "right" | "top" | "in-range";

/**
 * Reads a logged session: missed (a set below the range or left out), too hard (a set at RPE
 * 10), easy (target reps at RPE ≤ 7 in the last sets), right (RPE 7.5–9.5); without any effort
 * logged, top (every set at the top of the range) or in range.
 *
 * @example
 * verdict({ sets: 3, reps: { min: 10, max: 12 } }, [set(12, 7), set(12, 7), set(11, 7)]); // → "easy"
 */
export function verdict(
  planned: { readonly sets: number; readonly reps: RepRange },
  sets: readonly RatedSet[],
): SessionVerdict {
  if (sets.length < planned.sets || sets.some((s) => s.reps < planned.reps.min)) return "missed";
  const efforts = sets.map(effortOf);
  if (efforts.some((e) => e !== undefined && e >= MAX_RPE)) return "too-hard";
  const last = efforts.slice(-LAST_SETS).filter((e): e is number => e !== undefined);
  if (last.length === 0) return sets.every((s) => s.reps >= planned.reps.max) ? "top" : "in-range";
  return Math.max(...last) <= EASY_MAX_RPE ? "easy" : "right";
}

/**
 * The next session's load for an exercise from its last logged session.
 *
 * @example
 * const load = { kind: "external", kg: 10, equipment: "dumbbell" } as const;
 * nextLoad({ sets: 3, reps: { min: 10, max: 12 }, load }, [
 *   { reps: 12, load, rpe: 7 }, { reps: 12, load, rpe: 7 }, { reps: 12, load, rpe: 6.5 }], "kg").load;
 * // → { kind: "external", kg: 12.5, equipment: "dumbbell" }
 */
export function nextLoad(
  planned: { readonly sets: number; readonly reps: RepRange; readonly load: Load },
  sets: readonly RatedSet[],
  unit: WeightUnit,
): NextLoad {
  const v = verdict(planned, sets);
  const from = planned.load;
  switch (v) {
    case "missed":
      return { load: step(from, unit, false), change: "down", reason: "reps missed: one step lighter" };
    case "too-hard":
      return { load: step(from, unit, false), change: "down", reason: "a set at RPE 10: one step lighter" };
    case "easy":
      return {
        load: step(from, unit, true),
        change: "up",
        reason: "target reps with 3 or more in reserve: one step heavier",
      };
    case "top":
      return { load: step(from, unit, true), change: "up", reason: "every set at the top: one step heavier" };
    case "right":
      return { load: from, change: "hold", reason: "1–2 reps in reserve: keep the load" };
    case "in-range":
      return { load: from, change: "hold", reason: "within the range: keep the load, aim for one more rep" };
  }
}

/** One week of the log, as far as fatigue goes. */
export interface WeekFatigue {
  readonly week: number;
  /** Strength sessions the plan had this week. */
  readonly planned: number;
  /** Of those, how many were logged. */
  readonly performed: number;
  /** Logged sessions with a missed target or a set at RPE 10. */
  readonly strained: number;
  /** The plan's lighter week (scheduled or brought forward). */
  readonly lighter: boolean;
}

/**
 * Whether a week shows fatigue: half or more of its logged sessions strained (missed targets,
 * RPE 10), or more than half of its sessions skipped.
 *
 * @example
 * isFatigued({ week: 3, planned: 2, performed: 2, strained: 1, lighter: false }); // → true
 */
export function isFatigued(w: WeekFatigue): boolean {
  if (w.lighter) return false;
  const skipped = w.planned - w.performed;
  return (w.performed > 0 && w.strained * 2 >= w.performed) || skipped * 2 > w.planned;
}

/**
 * Brings the lighter week forward: the next week is lighter when the last two weeks both showed
 * fatigue and neither was a lighter week. Our rule; coaches deload on a schedule or when
 * performance and readiness drop (Bell L et al. 2022, Front Sports Act Living 4:1073223).
 *
 * @example
 * earlyDeload([{ week: 6, ... fatigued }, { week: 7, ... fatigued }]).lighter; // → true
 */
export function earlyDeload(history: readonly WeekFatigue[]): { lighter: boolean; reason: string } {
  const [a, b] = history.slice(-2);
  if (!a || !b) return { lighter: false, reason: "not enough weeks logged" };
  if (a.lighter || b.lighter) return { lighter: false, reason: "a lighter week was just done" };
  if (isFatigued(a) && isFatigued(b))
    return {
      lighter: true,
      reason: `weeks ${a.week} and ${b.week} showed fatigue (missed targets, RPE 10 or skipped sessions): a lighter week now`,
    };
  return { lighter: false, reason: "no sign of fatigue two weeks running" };
}
