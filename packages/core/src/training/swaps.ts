import { InvalidInputError } from "../errors.js";
import { catalogue } from "./catalogue.js";
import { EQUIPMENT, type Equipment, type Exercise } from "./exercise.js";
import type { Dosage } from "./prescription.js";
import { isExcluded } from "./program-pool.js";
import type { Plan, PlanItem, StrengthItem } from "./program-types.js";

/** exerciseId → replacement exerciseId, applied in every week of one plan. */
export type Swaps = Readonly<Record<string, string>>;

const owned = (values: readonly string[]): Equipment[] =>
  values.filter((v): v is Equipment => (EQUIPMENT as readonly string[]).includes(v));

/**
 * Exercises that can stand in for `exerciseId`: same variation group (the catalogue's
 * regressions/progressions family), usable with the owned equipment, not excluded.
 *
 * @example
 * swapOptions("pullup", ["pullup-bar"], []).map((e) => e.id).includes("chinup"); // → true
 */
export function swapOptions(
  exerciseId: string,
  equipment: readonly string[],
  exclude: readonly string[],
): Exercise[] {
  const cat = catalogue();
  const e = cat.byId(exerciseId);
  const usable = new Set(cat.usableWith(owned(equipment)).map((x) => x.id));
  return cat
    .byGroup(e.variation.group)
    .filter((x) => x.id !== e.id && usable.has(x.id) && !isExcluded(x, exclude));
}

/**
 * Checks one swap against the catalogue and the person's equipment and exclusions; throws
 * InvalidInputError naming `exerciseId` (unknown source) or `to` (not a valid stand-in).
 *
 * @example
 * validateSwap("pullup", "chinup", ["pullup-bar"], []); // passes
 * validateSwap("pullup", "goblet-squat", ["dumbbells", "pullup-bar"], []); // throws InvalidInputError("to", …)
 */
export function validateSwap(
  from: string,
  to: string,
  equipment: readonly string[],
  exclude: readonly string[],
): void {
  const cat = catalogue();
  if (!cat.has(from)) throw new InvalidInputError("exerciseId", `unknown exercise "${from}"`);
  if (!cat.has(to)) throw new InvalidInputError("to", `unknown exercise "${to}"`);
  if (from === to) return;
  const group = cat.byId(from).variation.group;
  if (cat.byId(to).variation.group !== group) {
    throw new InvalidInputError("to", `to must be in the same variation group as ${from} (${group})`);
  }
  if (!swapOptions(from, equipment, exclude).some((x) => x.id === to)) {
    throw new InvalidInputError("to", `to must be usable with your equipment and not excluded`);
  }
}

/**
 * The swaps that still hold for the person's equipment and exclusions (e.g. after a profile
 * change); the others are dropped.
 *
 * @example
 * validSwaps({ pullup: "chinup", squat: "nope" }, ["pullup-bar"], []); // → { pullup: "chinup" }
 */
export function validSwaps(swaps: Swaps, equipment: readonly string[], exclude: readonly string[]): Swaps {
  const kept: Record<string, string> = {};
  for (const [from, to] of Object.entries(swaps)) {
    try {
      validateSwap(from, to, equipment, exclude);
      if (from !== to) kept[from] = to;
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
    }
  }
  return kept;
}

/** The catalogue's default dose for an exercise, with the plan's number of sets. */
function dosageFor(e: Exercise, sets: number): Dosage {
  const d = e.dosage;
  return d.type === "reps"
    ? { kind: "reps", sets, reps: { min: d.repsMin, max: d.repsMax }, perSide: d.perSide }
    : { kind: "duration", sets, seconds: d.seconds, perSide: d.perSide };
}

function swapItem(item: PlanItem, swaps: Swaps): PlanItem {
  if (item.type !== "strength") return item;
  const to = swaps[item.exerciseId];
  if (to === undefined || to === item.exerciseId) return item;
  const e = catalogue().byId(to);
  // The old load belonged to the old exercise: start the new one by feel (1–2 reps in reserve).
  const swapped: StrengthItem = {
    type: "strength",
    exerciseId: e.id,
    name: e.name,
    slot: item.slot,
    dosage: dosageFor(e, item.dosage.sets),
    ...(e.loadType === "bodyweight" ? { load: { kind: "bodyweight" } as const } : {}),
    restSeconds: item.restSeconds,
    note: `Swapped in for ${item.name}.`,
  };
  return swapped;
}

/**
 * The plan with the person's swaps applied to every strength item in every week. Swaps naming
 * an exercise that is not in the catalogue are ignored (a stale saved swap must not break the page).
 *
 * @example
 * applySwaps(plan, { pullup: "chinup" }).weeks[0]?.sessions.flatMap((s) => s.items).some((i) => i.exerciseId === "pullup"); // → false
 */
export function applySwaps(plan: Plan, swaps: Swaps): Plan {
  const cat = catalogue();
  const valid: Record<string, string> = {};
  for (const [from, to] of Object.entries(swaps)) if (cat.has(from) && cat.has(to)) valid[from] = to;
  if (Object.keys(valid).length === 0) return plan;
  return {
    ...plan,
    weeks: plan.weeks.map((w) => ({
      ...w,
      sessions: w.sessions.map((s) => ({ ...s, items: s.items.map((i) => swapItem(i, valid)) })),
    })),
  };
}
