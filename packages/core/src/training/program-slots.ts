import { catalogue } from "./catalogue.js";
import { regionsOf, type Exercise, type Pattern, type Region } from "./exercise.js";
import { ladderById, startingRung, type LadderId } from "./ladder.js";
import type { Dosage, Load, RepRange } from "./prescription.js";
import { isExcluded, type ExercisePool } from "./program-pool.js";
import type { ProgramInput } from "./program-input.js";
import { pick, seededRandom } from "../random.js";
import { PROTOCOL_START_KG, startingLoad } from "./starting-load.js";

/** A chosen exercise with its rep range and starting load before sets are decided. */
export interface SlotChoice {
  readonly exercise: Exercise;
  readonly reps?: RepRange;
  readonly load?: Load;
  readonly note?: string;
}

// Push-ups by level when the person did not say (our assumption, the push-up ladder's bands).
const DEFAULT_PUSHUPS = { beginner: 3, intermediate: 10, advanced: 20 } as const;

/**
 * The rung a person starts on for a ladder, moved to the nearest rung they can do with their
 * equipment and exclusions (down first: easier is safer), or undefined when none is usable.
 */
export function ladderChoice(id: LadderId, input: ProgramInput): SlotChoice | undefined {
  // The same input asks for the same rung many times per plan: remember it per input object.
  let perInput = ladderCache.get(input);
  if (!perInput) ladderCache.set(input, (perInput = new Map()));
  if (!perInput.has(id)) perInput.set(id, placeOnLadder(id, input));
  return perInput.get(id);
}

const ladderCache = new WeakMap<ProgramInput, Map<LadderId, SlotChoice | undefined>>();

function placeOnLadder(id: LadderId, input: ProgramInput): SlotChoice | undefined {
  const pullups = input.pullups ?? (input.level === "beginner" ? 0 : input.level === "intermediate" ? 4 : 10);
  const start = startingRung(id, {
    maxPullUps: pullups,
    canHang20s: input.canHang ?? (pullups > 0 || input.level !== "beginner"),
    maxPushUps: input.pushups ?? DEFAULT_PUSHUPS[input.level],
    hasDumbbells: input.equipment.includes("dumbbells"),
    // Only the rung is used here; the assisted load is set on the machine (note below).
    bodyWeightKg: 70,
  });
  const rungs = ladderById(id).rungs;
  // Past the top of the pull-up rung's range already: the ladder's own graduation rule would
  // move the person up, so start on the next rung (weighted pull-ups).
  const startRung = rungs[start.rungIndex];
  const past = id === "pull-up" && startRung?.exerciseId === "pullup" && pullups > startRung.reps.max;
  const from = past ? start.rungIndex + 1 : start.rungIndex;
  // A pool is level-capped; ladder rungs are placed by ability, so only equipment/exclusions count.
  const ok = (exId: string) => isUsableIgnoringLevel(exId, input);
  const canHang = input.canHang ?? (pullups > 0 || input.level !== "beginner");
  // No pull-up yet: never above the assisted rungs (scapular pulls, negatives, machine, band);
  // someone who cannot hang 20 s stays on scapular pulls. When those are ruled out, a plain
  // dead hang, never chin-ups.
  const none = id === "pull-up" && pullups === 0;
  const cap = none ? (canHang ? 4 : 1) : rungs.length;
  const order = [...rungs.slice(0, from + 1).reverse(), ...rungs.slice(from + 1, cap)].map(
    (r) => r.exerciseId,
  );
  if (none && !order.some(ok)) return ok("dead-hang") ? DEAD_HANG() : undefined;
  const chosenId = order.find(ok);
  const rung = rungs.find((r) => r.exerciseId === chosenId);
  if (!rung || !chosenId) return undefined;
  const exercise = catalogue().byId(chosenId);
  const load: Load | undefined =
    rung.entry.kind === "external"
      ? (calibrated(exercise, input, rung.reps.max) ?? {
          kind: "external",
          kg: rung.entry.kg,
          equipment: rung.entry.equipment,
        })
      : rung.entry.kind === "added"
        ? { kind: "added", kg: rung.entry.kg }
        : rung.entry.kind === "bodyweight"
          ? { kind: "bodyweight" }
          : undefined;
  return {
    exercise,
    reps: rung.reps,
    ...(load ? { load } : {}),
    note:
      rung.entry.kind === "assisted"
        ? "Set the assistance to about half your body weight; use less as you get stronger."
        : rung.note,
  };
}

const DEAD_HANG = (): SlotChoice => ({
  exercise: catalogue().byId("dead-hang"),
  load: { kind: "bodyweight" },
  note: "Hang with the shoulders pulled down; build up to 20 s a set.",
});

function isUsableIgnoringLevel(id: string, input: ProgramInput): boolean {
  const e = catalogue().byId(id);
  return (
    e.equipment.every((q) => q === "none" || input.equipment.includes(q)) && !isExcluded(e, input.exclude)
  );
}

/** Which patterns and regions fill each slot, alternating between sessions (A/B). */
const SLOT_PATTERNS: Readonly<Record<Region | "extra", readonly (readonly Pattern[])[]>> = {
  "upper-back": [["vertical-pull"], ["horizontal-pull"]],
  "lower-back": [["back-extension"], ["hinge"]],
  legs: [["squat"], ["lunge"]],
  push: [["horizontal-push"], ["vertical-push"]],
  core: [["core"], ["core", "carry"]],
  extra: [["rear-delt"], ["hip-extension", "back-extension"]],
};

/**
 * The protocol's back exercises in rotation: the lower-back slot of A sessions moves through
 * back extension, pilates swimming and superman/bird-dog block by block (the main lower-back work
 * stays for a block, so it can progress); the extra slot, an accessory, moves through rear-delt
 * fly, donkey kick, renegade row and lat pulldown week by week (what the person's equipment and
 * level allow), so each comes round even when only one session a week has room for it. The
 * order is ours.
 */
const LOWER_BACK_ROTATION: readonly (readonly string[])[] = [
  ["back-extension-bench", "back-extension-floor"],
  ["pilates-swimming"],
  ["superman", "bird-dog"],
];
const EXTRA_ROTATION: readonly string[] = [
  "rear-delt-fly",
  "donkey-kick",
  "renegade-row",
  "lat-pulldown-wide",
];

function rotated(
  slot: Region | "extra",
  primary: readonly Pattern[],
  session: number,
  block: number,
  week: number,
  pool: ExercisePool,
  taken: ReadonlySet<string>,
): string | undefined {
  const ok = (id: string) => pool.isUsable(id) && !taken.has(id);
  if (slot === "lower-back" && primary.includes("back-extension"))
    return LOWER_BACK_ROTATION[block % LOWER_BACK_ROTATION.length]?.find(ok);
  if (slot !== "extra") return undefined;
  const usable = EXTRA_ROTATION.filter(ok);
  return usable[(session + week - 1) % Math.max(1, usable.length)];
}

/**
 * Chooses the exercise for a slot: the session's pattern (A/B alternation), ladder rungs for
 * pulls, rows and push-ups, then the rotation of the protocol's back exercises, otherwise a seeded pick among usable exercises that train the
 * slot's region, stable within a four-week block.
 */
export function chooseSlot(
  slot: Region | "extra",
  session: number,
  block: number,
  input: ProgramInput,
  pool: ExercisePool,
  taken: ReadonlySet<string>,
  week = 1,
): SlotChoice | undefined {
  const alternatives = SLOT_PATTERNS[slot];
  const primary = alternatives[session % alternatives.length] ?? [];
  const secondary = alternatives[(session + 1) % alternatives.length] ?? [];
  const region: Region = slot === "extra" ? "upper-back" : slot;
  const free = (c: SlotChoice | undefined) => (c && !taken.has(c.exercise.id) ? c : undefined);

  // Ladders: pull-ups every A session, rows on B sessions of even blocks, push-ups on A.
  if (slot === "upper-back" && primary.includes("vertical-pull")) {
    const c = free(ladderChoice("pull-up", input));
    if (c) return c;
  }
  if (slot === "upper-back" && primary.includes("horizontal-pull") && block % 2 === 0) {
    const c = free(ladderChoice("row", input));
    if (c) return c;
  }
  if (slot === "push" && primary.includes("horizontal-push") && block % 2 === 0) {
    const c = free(ladderChoice("push-up", input));
    if (c) return c;
  }
  const turn = rotated(slot, primary, session, block, week, pool, taken);
  if (turn) return withLoad(catalogue().byId(turn), input);
  const random = seededRandom(`${input.seed}:${block}:${session}:${slot}`);
  const trains = (e: Exercise) =>
    e.kind === "strength" && !taken.has(e.id) && (slot === "extra" || regionsOf(e).includes(region));
  for (const patterns of [primary, secondary]) {
    const candidates = pool.usable.filter((e) => patterns.includes(e.pattern) && trains(e));
    if (candidates.length > 0) return withLoad(pick(random, best(candidates, input)), input);
  }
  // Last resort: anything usable that trains the region (e.g. Y-T-W raises for the upper back).
  const any = pool.usable.filter(trains);
  return any.length > 0 ? withLoad(pick(random, best(any, input)), input) : undefined;
}

/**
 * Prefers exercises at the person's own level and those using owned equipment; jumping moves
 * are left to intervals and finishers.
 */
function best(candidates: readonly Exercise[], input: ProgramInput): readonly Exercise[] {
  const score = (e: Exercise) =>
    (e.level === input.level ? 1 : 0) + (e.equipment.includes("none") ? 0 : 1) - (e.jumping ? 2 : 0);
  const top = Math.max(...candidates.map(score));
  return candidates.filter((e) => score(e) === top);
}

/**
 * The starting load from level, body weight and sex when the profile gives a body weight
 * (starting-load.ts); without one, the protocol's own starting loads only.
 */
function calibrated(exercise: Exercise, input: ProgramInput, topReps: number): Load | undefined {
  if (input.bodyWeightKg === undefined) return undefined;
  return startingLoad({
    exerciseId: exercise.id,
    level: input.level,
    bodyWeightKg: input.bodyWeightKg,
    ...(input.sex ? { sex: input.sex } : {}),
    topReps,
  });
}

function withLoad(exercise: Exercise, input: ProgramInput): SlotChoice {
  const top = exercise.dosage.type === "reps" ? exercise.dosage.repsMax : 0;
  const load = exercise.dosage.type === "reps" ? calibrated(exercise, input, top) : undefined;
  if (load) return { exercise, load };
  const kg = PROTOCOL_START_KG[exercise.id];
  if (kg !== undefined) return { exercise, load: { kind: "external", kg, equipment: "dumbbell" } };
  return exercise.loadType === "bodyweight" || exercise.loadType === "none"
    ? { exercise, load: { kind: "bodyweight" } }
    : { exercise };
}

/**
 * The prescription of a choice for a number of sets (rep range from the ladder or catalogue).
 *
 * @example
 * toDosage({ exercise: catalogue().byId("plank") }, 2); // → { kind: "duration", sets: 2, seconds: 30, perSide: false }
 */
export function toDosage(choice: SlotChoice, sets: number): Dosage {
  const d = choice.exercise.dosage;
  // The catalogue's set count caps the plan's (the protocol gives donkey kicks 2 sets).
  const n = Math.min(sets, d.sets);
  if (d.type === "time") return { kind: "duration", sets: n, seconds: d.seconds, perSide: d.perSide };
  const reps = choice.reps ?? { min: d.repsMin, max: d.repsMax };
  return { kind: "reps", sets: n, reps, perSide: d.perSide };
}
