import { InvalidInputError } from "../errors.js";
import { entryLoad, findRung, type Ladder, type Rung } from "./ladder.js";
import type { Load, RepRange } from "./prescription.js";
import { equipmentOf, roundAssistKg, stepLoadKg, type WeightUnit } from "./progression-steps.js";

/**
 * Double progression from what was LOGGED (PRODUCT.md §1: reps to the top of the range, then
 * sets or load, then up the ladder). One call handles one planned session of one exercise:
 * - a missed (not logged) session changes nothing;
 * - all sets at the top of the range: first add a set (beginners start with 1–2, up to the
 *   target, usually 3), then add load / take away assistance by one equipment step, or, on a
 *   body-weight ladder rung, graduate after the rung's rule is met;
 * - a set below the bottom of the range is a miss; after `regressAfterMisses` misses in a row
 *   the load eases by one step (or the person drops exactly one rung);
 * - anything else holds: aim for one more rep next time.
 * A miss never raises load or difficulty; a success never raises assistance; no rung is skipped.
 */

export interface ProgressionState {
  readonly exerciseId: string;
  readonly sets: number;
  /** Sets to work up to (3 by default, PRODUCT.md §1). */
  readonly targetSets: number;
  readonly reps: RepRange;
  readonly load: Load;
  /** Consecutive logged sessions with every set at the top of the range at this load. */
  readonly topStreak: number;
  /** Consecutive logged sessions with a set below the range (or sets left out). */
  readonly missStreak: number;
}

/** One logged set: reps done and the load actually used. */
export interface LoggedSet {
  readonly reps: number;
  readonly load: Load;
}

export type SessionResult =
  | { readonly kind: "missed" }
  /** Performed during a deload week: logged, but never moves progression either way. */
  | { readonly kind: "deload"; readonly sets: readonly LoggedSet[] }
  | { readonly kind: "performed"; readonly sets: readonly LoggedSet[] };

export type ProgressionChange =
  | "none"
  | "hold"
  | "add-set"
  | "load-up"
  | "assist-down"
  | "graduate"
  | "load-down"
  | "assist-up"
  | "regress";

export interface ProgressionContext {
  readonly bodyWeightKg: number;
  readonly unit: WeightUnit;
  /** Misses in a row before easing, for exercises on no ladder. */
  readonly regressAfterMisses?: number;
}

export interface ProgressionStep {
  readonly state: ProgressionState;
  readonly change: ProgressionChange;
  /** Why, in words for the person. */
  readonly reason: string;
}

/** Sorts loads of one kind by difficulty: larger is harder. Different kinds are incomparable. */
export function loadDifficulty(load: Load): number {
  switch (load.kind) {
    case "bodyweight":
      return 0;
    case "external":
    case "added":
      return load.kg;
    case "assisted":
      return -load.assistKg;
  }
}

/** How a logged session compares with the prescription. */
export type SessionOutcome = "top" | "in-range" | "miss";

/**
 * Classifies a logged session: "top" when every planned set reached the top of the range at
 * the planned load or harder, "miss" when a set fell below the range or sets were left out.
 *
 * @example
 * classifySession(state, [{ reps: 12, load }, { reps: 12, load }, { reps: 12, load }]); // → "top" for a 3 × 8–12 plan
 */
export function classifySession(state: ProgressionState, sets: readonly LoggedSet[]): SessionOutcome {
  for (const s of sets) {
    if (!Number.isInteger(s.reps) || s.reps < 0)
      throw new InvalidInputError("reps", "reps must be a whole number ≥ 0");
  }
  if (sets.length < state.sets || sets.some((s) => s.reps < state.reps.min)) return "miss";
  const planned = state.load;
  const asHard = sets.every(
    (s) => s.load.kind === planned.kind && loadDifficulty(s.load) >= loadDifficulty(planned),
  );
  return asHard && sets.every((s) => s.reps >= state.reps.max) ? "top" : "in-range";
}

function arriveAt(ladder: Ladder, index: number, bodyWeightKg: number, fromAbove: boolean): Load {
  const rung = ladder.rungs[index] as Rung;
  if (fromAbove && rung.graduation.kind === "assist-threshold") {
    // Coming down from the band: a little more help than the graduation threshold.
    const assist = roundAssistKg(rung.graduation.maxAssistFraction * bodyWeightKg);
    return { kind: "assisted", assistKg: stepLoadKg(assist, "assisted-machine", "kg", 1) };
  }
  return entryLoad(rung.entry, bodyWeightKg);
}

function moveLoad(load: Load, unit: WeightUnit, harder: boolean): Load {
  const equipment = equipmentOf(load);
  if (!equipment) return load;
  switch (load.kind) {
    case "external":
      return { ...load, kg: stepLoadKg(load.kg, equipment, unit, harder ? 1 : -1) };
    case "added":
      return { ...load, kg: stepLoadKg(load.kg, equipment, unit, harder ? 1 : -1) };
    case "assisted":
      return { ...load, assistKg: stepLoadKg(load.assistKg, equipment, unit, harder ? -1 : 1) };
    default:
      return load;
  }
}

function onTop(state: ProgressionState, ctx: ProgressionContext): ProgressionStep {
  const top = { ...state, topStreak: state.topStreak + 1, missStreak: 0 };
  if (state.sets < state.targetSets) {
    return {
      state: { ...top, sets: state.sets + 1, topStreak: 0 },
      change: "add-set",
      reason: "all sets at the top: add a set",
    };
  }
  const place = findRung(state.exerciseId);
  const graduate = (): ProgressionStep => {
    const ladder = (place as { ladder: Ladder }).ladder;
    const next = ladder.rungs[(place as { rungIndex: number }).rungIndex + 1] as Rung;
    return {
      state: {
        ...top,
        exerciseId: next.exerciseId,
        reps: next.reps,
        load: arriveAt(ladder, (place as { rungIndex: number }).rungIndex + 1, ctx.bodyWeightKg, false),
        topStreak: 0,
      },
      change: "graduate",
      reason: `graduated to ${next.exerciseId}`,
    };
  };
  const stepUp = (): ProgressionStep => {
    const load = moveLoad(state.load, ctx.unit, true);
    const change = state.load.kind === "assisted" ? "assist-down" : "load-up";
    return { state: { ...top, load, topStreak: 0 }, change, reason: "all sets at the top: one step harder" };
  };
  const hold = (why: string): ProgressionStep => ({ state: top, change: "hold", reason: why });
  const rule = place ? place.ladder.rungs[place.rungIndex]?.graduation : undefined;
  if (!place || !rule || rule.kind === "top-rung") {
    return state.load.kind === "bodyweight"
      ? hold("top of the range on body weight: keep it, slow the tempo")
      : stepUp();
  }
  switch (rule.kind) {
    case "top-of-range":
      return top.topStreak >= rule.sessions ? graduate() : hold("at the top: once more to move up");
    case "assist-threshold": {
      const assist = state.load.kind === "assisted" ? state.load.assistKg : 0;
      if (assist > rule.maxAssistFraction * ctx.bodyWeightKg) return stepUp();
      return top.topStreak >= rule.sessions ? graduate() : hold("assist is low enough: once more to move up");
    }
    case "load-threshold": {
      const kg = state.load.kind === "external" ? state.load.kg : 0;
      if (kg < rule.minKg) return stepUp();
      return top.topStreak >= rule.sessions ? graduate() : hold("load is high enough: once more to move up");
    }
  }
}

function onMiss(state: ProgressionState, ctx: ProgressionContext): ProgressionStep {
  const missStreak = state.missStreak + 1;
  const place = findRung(state.exerciseId);
  const limit = place?.ladder.regressAfterMisses ?? ctx.regressAfterMisses ?? 3;
  const missed = { ...state, topStreak: 0, missStreak };
  if (missStreak < limit)
    return { state: missed, change: "none", reason: `below the range (${missStreak} of ${limit})` };
  const eased = moveLoad(state.load, ctx.unit, false);
  const canEase = loadDifficulty(eased) < loadDifficulty(state.load);
  // On a ladder, easing below the rung's starting load means the rung below fits better.
  const rung = place ? place.ladder.rungs[place.rungIndex] : undefined;
  const entry = rung ? entryLoad(rung.entry, ctx.bodyWeightKg) : undefined;
  const belowEntry =
    entry !== undefined &&
    entry.kind === eased.kind &&
    (loadDifficulty(eased) < loadDifficulty(entry) || (eased.kind === "added" && eased.kg <= 0));
  if (canEase && !(belowEntry && place !== undefined && place.rungIndex > 0)) {
    const change = state.load.kind === "assisted" ? "assist-up" : "load-down";
    return {
      state: { ...missed, load: eased, missStreak: 0 },
      change,
      reason: `${limit} misses in a row: one step easier`,
    };
  }
  if (place && place.rungIndex > 0) {
    const prev = place.ladder.rungs[place.rungIndex - 1] as Rung;
    return {
      state: {
        ...missed,
        exerciseId: prev.exerciseId,
        reps: prev.reps,
        load: arriveAt(place.ladder, place.rungIndex - 1, ctx.bodyWeightKg, true),
        missStreak: 0,
      },
      change: "regress",
      reason: `${limit} misses in a row: back to ${prev.exerciseId}`,
    };
  }
  return {
    state: { ...missed, missStreak: 0 },
    change: "hold",
    reason: "already at the easiest option: keep going",
  };
}

/**
 * Advances one exercise's progression by one planned session, from what was logged.
 *
 * @example
 * const s = { exerciseId: "pullup-assisted-machine", sets: 3, targetSets: 3, reps: { min: 8, max: 12 },
 *   load: { kind: "assisted", assistKg: 40 }, topStreak: 0, missStreak: 0 } as const;
 * const top = { reps: 12, load: s.load };
 * progress(s, { kind: "performed", sets: [top, top, top] }, { bodyWeightKg: 80, unit: "kg" }).state.load;
 * // → { kind: "assisted", assistKg: 35 }
 */
export function progress(
  state: ProgressionState,
  result: SessionResult,
  ctx: ProgressionContext,
): ProgressionStep {
  if (!Number.isFinite(ctx.bodyWeightKg) || ctx.bodyWeightKg < 30 || ctx.bodyWeightKg > 300) {
    throw new InvalidInputError("bodyWeightKg", "body weight must be 30–300 kg");
  }
  if (result.kind === "missed")
    return { state, change: "none", reason: "session not logged: nothing changes" };
  if (result.kind === "deload") return { state, change: "none", reason: "deload week: nothing changes" };
  const outcome = classifySession(state, result.sets);
  if (outcome === "top") return onTop(state, ctx);
  if (outcome === "miss") return onMiss(state, ctx);
  return {
    state: { ...state, topStreak: 0, missStreak: 0 },
    change: "none",
    reason: "within the range: aim for one more rep",
  };
}

/**
 * A starting state: beginners begin with fewer sets (PRODUCT.md §1: 1–3 in the first weeks).
 *
 * @example
 * initialProgression({ exerciseId: "pushup", reps: { min: 10, max: 15 }, load: { kind: "bodyweight" }, beginner: true }).sets; // → 2
 */
export function initialProgression(o: {
  exerciseId: string;
  reps: RepRange;
  load: Load;
  beginner: boolean;
  targetSets?: number;
  startSets?: number;
}): ProgressionState {
  const targetSets = o.targetSets ?? 3;
  const sets = o.startSets ?? (o.beginner ? Math.min(2, targetSets) : targetSets);
  if (!Number.isInteger(targetSets) || targetSets < 1 || targetSets > 10) {
    throw new InvalidInputError("targetSets", "target sets must be 1–10");
  }
  if (!Number.isInteger(sets) || sets < 1 || sets > targetSets) {
    throw new InvalidInputError("startSets", "starting sets must be 1 to the target");
  }
  return {
    exerciseId: o.exerciseId,
    sets,
    targetSets,
    reps: o.reps,
    load: o.load,
    topStreak: 0,
    missStreak: 0,
  };
}
