import type { Ladder } from "./ladder.js";

/**
 * The three ladders of leanback, easiest rung first, with catalogue ids (data/exercises.json).
 * Rep ranges follow the protocol where it gives one (PRODUCT.md §1: 10–15 for most work,
 * one-arm row 10–12 a side, starting dumbbells 10–15 lb / 4.5–7 kg, renegade row 5–10 lb /
 * 2–4.5 kg); pull-up variants use lower ranges because few beginners reach 10 reps. Two
 * consecutive sessions at the top before a rung change is our rule, so one good day is not
 * mistaken for a new level; three misses in a row drop one rung.
 */

const TWO_TOP = { kind: "top-of-range", sessions: 2 } as const;

export const PULL_UP_LADDER: Ladder = {
  id: "pull-up",
  name: "Pull-up",
  regressAfterMisses: 3,
  rungs: [
    {
      // Grip and shoulders first: a hang with the shoulder blades pulled down, 20 s to finish.
      exerciseId: "scapular-pull",
      reps: { min: 6, max: 10 },
      entry: { kind: "bodyweight" },
      graduation: TWO_TOP,
      tempo: { eccentric: 2, pauseBottom: 0, concentric: 1, pauseTop: 2 },
      note: "From a dead hang, pull the shoulders down without bending the elbows; end the last set with a 20 s hang. At the top of the range, move on to slow negatives.",
    },
    {
      exerciseId: "pullup-negative",
      reps: { min: 3, max: 5 },
      entry: { kind: "bodyweight" },
      graduation: TWO_TOP,
      tempo: { eccentric: 5, pauseBottom: 0, concentric: 0, pauseTop: 1 },
      note: "Step or jump to the top, lower for 5 s; builds the grip and the lowering strength.",
    },
    {
      exerciseId: "pullup-assisted-machine",
      reps: { min: 8, max: 12 },
      entry: { kind: "assisted", fractionOfBodyWeight: 0.5 },
      // Less assistance is progress; graduate once it is down to a fifth of body weight.
      graduation: { kind: "assist-threshold", maxAssistFraction: 0.2, sessions: 2 },
    },
    {
      exerciseId: "pullup-band-assisted",
      reps: { min: 5, max: 8 },
      entry: { kind: "bodyweight" },
      graduation: TWO_TOP,
      note: "Move to a lighter band when all sets reach the top of the range.",
    },
    { exerciseId: "chinup", reps: { min: 6, max: 10 }, entry: { kind: "bodyweight" }, graduation: TWO_TOP },
    { exerciseId: "pullup", reps: { min: 6, max: 10 }, entry: { kind: "bodyweight" }, graduation: TWO_TOP },
    {
      exerciseId: "pullup-weighted",
      reps: { min: 5, max: 8 },
      // More added load is progress; the smallest belt plate to start.
      entry: { kind: "added", kg: 2.5 },
      graduation: { kind: "top-rung" },
    },
  ],
};

const PUSH_REPS = { min: 10, max: 15 } as const;

export const PUSH_UP_LADDER: Ladder = {
  id: "push-up",
  name: "Push-up",
  regressAfterMisses: 3,
  rungs: [
    { exerciseId: "pushup-wall", reps: PUSH_REPS, entry: { kind: "bodyweight" }, graduation: TWO_TOP },
    { exerciseId: "pushup-incline", reps: PUSH_REPS, entry: { kind: "bodyweight" }, graduation: TWO_TOP },
    { exerciseId: "pushup-knee", reps: PUSH_REPS, entry: { kind: "bodyweight" }, graduation: TWO_TOP },
    { exerciseId: "pushup", reps: PUSH_REPS, entry: { kind: "bodyweight" }, graduation: TWO_TOP },
    {
      exerciseId: "pushup-decline",
      reps: PUSH_REPS,
      entry: { kind: "bodyweight" },
      graduation: { kind: "top-rung" },
    },
  ],
};

export const ROW_LADDER: Ladder = {
  id: "row",
  name: "Row",
  regressAfterMisses: 3,
  rungs: [
    {
      exerciseId: "row-band",
      reps: { min: 10, max: 15 },
      entry: { kind: "bodyweight" },
      graduation: TWO_TOP,
    },
    {
      exerciseId: "row-inverted",
      reps: { min: 8, max: 12 },
      entry: { kind: "bodyweight" },
      graduation: TWO_TOP,
    },
    {
      exerciseId: "row-dumbbell-one-arm",
      reps: { min: 10, max: 12 },
      perSide: true,
      entry: { kind: "external", kg: 4.5, equipment: "dumbbell" },
      graduation: { kind: "load-threshold", minKg: 10, sessions: 2 },
    },
    {
      exerciseId: "renegade-row",
      reps: { min: 8, max: 12 },
      perSide: true,
      entry: { kind: "external", kg: 2, equipment: "dumbbell" },
      graduation: { kind: "top-rung" },
    },
  ],
};

/** Every ladder, in the order onboarding asks about them. */
export const LADDERS: readonly Ladder[] = [PULL_UP_LADDER, PUSH_UP_LADDER, ROW_LADDER];
