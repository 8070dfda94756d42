import { z } from "zod";
import { InvalidInputError } from "../errors.js";
import type { Load, LoadEquipment, RepRange, Tempo } from "./prescription.js";
import { LADDERS } from "./ladders.js";
import { roundAssistKg } from "./progression-steps.js";

/**
 * A ladder is an ordered list of exercise variants ("rungs") from easiest to hardest. A person
 * stands on one rung, graduates to the next by an explicit rule, drops one rung after repeated
 * misses, and never skips a rung. The rules are ours (no study prescribes them); they follow
 * the protocol: reps to the top of the range, then harder (PRODUCT.md §1).
 */

export type LadderId = "pull-up" | "push-up" | "row";
export const LADDER_IDS: readonly LadderId[] = ["pull-up", "push-up", "row"];

/** How to load a rung on arrival. */
export type RungEntry =
  | { readonly kind: "bodyweight" }
  /** Assistance as a fraction of body weight, rounded to the machine's step. */
  | { readonly kind: "assisted"; readonly fractionOfBodyWeight: number }
  | { readonly kind: "added"; readonly kg: number }
  | { readonly kind: "external"; readonly kg: number; readonly equipment: LoadEquipment };

/** When a person moves up from a rung. */
export type GraduationRule =
  /** Every planned set at the top of the rep range in `sessions` consecutive logged sessions. */
  | { readonly kind: "top-of-range"; readonly sessions: number }
  /**
   * Assistance at or below `maxAssistFraction` × body weight AND every set at the top of the
   * range in `sessions` consecutive logged sessions (assisted pull-up machine).
   */
  | { readonly kind: "assist-threshold"; readonly maxAssistFraction: number; readonly sessions: number }
  /**
   * External-load rung: double progression on load until it reaches `minKg`, then every set at
   * the top of the range in `sessions` consecutive logged sessions graduates.
   */
  | { readonly kind: "load-threshold"; readonly minKg: number; readonly sessions: number }
  /** The top rung: progress continues by load, never by rung. */
  | { readonly kind: "top-rung" };

export interface Rung {
  readonly exerciseId: string;
  readonly reps: RepRange;
  /** Reps are counted per side. */
  readonly perSide?: boolean;
  readonly entry: RungEntry;
  readonly graduation: GraduationRule;
  readonly tempo?: Tempo;
  /** Why this rung, or a cue; shown with the prescription. */
  readonly note?: string;
}

export interface Ladder {
  readonly id: LadderId;
  readonly name: string;
  readonly rungs: readonly Rung[];
  /** Consecutive logged sessions with a set below the bottom of the range before dropping a rung. */
  readonly regressAfterMisses: number;
}

/**
 * Returns the ladder with this id.
 *
 * @example
 * ladderById("pull-up").rungs[0]?.exerciseId; // → "scapular-pull"
 */
export function ladderById(id: string): Ladder {
  const ladder = LADDERS.find((l) => l.id === id);
  if (!ladder) throw new InvalidInputError("ladderId", `ladder must be one of ${LADDER_IDS.join(", ")}`);
  return ladder;
}

/**
 * Finds the ladder and rung index of an exercise, or undefined when it is on no ladder.
 *
 * @example
 * findRung("chinup"); // → { ladder: <pull-up ladder>, rungIndex: 4 }
 */
export function findRung(exerciseId: string): { ladder: Ladder; rungIndex: number } | undefined {
  for (const ladder of LADDERS) {
    const rungIndex = ladder.rungs.findIndex((r) => r.exerciseId === exerciseId);
    if (rungIndex >= 0) return { ladder, rungIndex };
  }
  return undefined;
}

/**
 * The load a person starts a rung with.
 *
 * @example
 * entryLoad({ kind: "assisted", fractionOfBodyWeight: 0.5 }, 80); // → { kind: "assisted", assistKg: 40 }
 */
export function entryLoad(entry: RungEntry, bodyWeightKg: number): Load {
  switch (entry.kind) {
    case "bodyweight":
      return { kind: "bodyweight" };
    case "assisted":
      return { kind: "assisted", assistKg: roundAssistKg(entry.fractionOfBodyWeight * bodyWeightKg) };
    case "added":
      return { kind: "added", kg: entry.kg };
    case "external":
      return { kind: "external", kg: entry.kg, equipment: entry.equipment };
  }
}

/** Onboarding answers that place a person on the ladders. */
export const ladderAnswersSchema = z.object({
  /** "How many pull-ups (palms away, full range) can you do?" */
  maxPullUps: z.number().int().min(0).max(100),
  /** "Can you hang from a bar for 20 s?" */
  canHang20s: z.boolean(),
  /** "How many push-ups (full, from the toes) can you do?" Unknown → start low. */
  maxPushUps: z.number().int().min(0).max(200).optional(),
  /** Dumbbells at hand decide the row ladder's starting rung. */
  hasDumbbells: z.boolean().default(true),
  bodyWeightKg: z.number().min(30).max(300),
});
export type LadderAnswers = z.input<typeof ladderAnswersSchema>;

export interface LadderStart {
  readonly ladderId: LadderId;
  readonly rungIndex: number;
  readonly exerciseId: string;
  readonly load: Load;
  readonly reps: RepRange;
}

function pullUpRung(maxPullUps: number, canHang20s: boolean): number {
  // 0 and no 20 s hang: grip and shoulders first (scapular pulls from a hang); with a hang,
  // the assisted machine (or negatives when there is none).
  if (maxPullUps === 0) return canHang20s ? 2 : 0;
  if (maxPullUps <= 3) return 3; // band-assisted builds volume on the real movement
  if (maxPullUps <= 7) return 4; // chin-ups 6–10 a set are within reach
  return 5; // 8+: pull-ups in the 6–10 range; weighted only by graduation
}

function pushUpRung(maxPushUps: number | undefined): number {
  if (maxPushUps === undefined || maxPushUps === 0) return 0;
  if (maxPushUps <= 5) return 2; // knee push-ups
  if (maxPushUps <= 14) return 3;
  return 4; // 15+: the floor push-up is at the top of its 10–15 range already
}

/**
 * Places a person on a ladder from the onboarding answers: the rung, its starting load
 * (assistance as a fraction of body weight, rounded to the machine's step) and rep range.
 *
 * @example
 * startingRung("pull-up", { maxPullUps: 0, canHang20s: true, bodyWeightKg: 80 });
 * // → { ladderId: "pull-up", rungIndex: 2, exerciseId: "pullup-assisted-machine",
 * //     load: { kind: "assisted", assistKg: 40 }, reps: { min: 8, max: 12 } }
 */
export function startingRung(ladderId: LadderId, answers: LadderAnswers): LadderStart {
  const parsed = ladderAnswersSchema.safeParse(answers);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "answers");
    throw new InvalidInputError(field, issue?.message ?? "invalid onboarding answers");
  }
  const a = parsed.data;
  const ladder = ladderById(ladderId);
  const rungIndex =
    ladderId === "pull-up"
      ? pullUpRung(a.maxPullUps, a.canHang20s)
      : ladderId === "push-up"
        ? pushUpRung(a.maxPushUps)
        : a.hasDumbbells
          ? 2
          : 0;
  const rung = ladder.rungs[rungIndex];
  if (!rung) throw new InvalidInputError("ladderId", `ladder ${ladderId} has no rung ${rungIndex}`);
  return {
    ladderId,
    rungIndex,
    exerciseId: rung.exerciseId,
    load: entryLoad(rung.entry, a.bodyWeightKg),
    reps: rung.reps,
  };
}
