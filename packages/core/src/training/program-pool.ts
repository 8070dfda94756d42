import { catalogue } from "./catalogue.js";
import { LEVELS, PREFERABLE_MODALITIES, type Exercise, type Level, type Modality } from "./exercise.js";
import type { ProgramInput } from "./program-input.js";

/**
 * The exercises one person can do: owned equipment only, exclusions removed, never above the
 * person's level. Built once per plan.
 */
export interface ExercisePool {
  readonly usable: readonly Exercise[];
  isUsable(id: string): boolean;
}

/**
 * Whether an exercise is ruled out by the person's exclusions ("no-jumping", "no-running", ids).
 *
 * @example
 * isExcluded(catalogue().byId("jump-rope"), ["no-jumping"]); // → true
 */
export function isExcluded(e: Exercise, exclude: readonly string[]): boolean {
  if (exclude.includes(e.id)) return true;
  if (e.jumping && exclude.includes("no-jumping")) return true;
  if (e.modality === "running" && exclude.includes("no-running")) return true;
  return false;
}

const rank = (l: Level): number => LEVELS.indexOf(l);

/**
 * The pool for a validated input.
 *
 * @example
 * buildPool({ ...input, equipment: [] }).isUsable("pullup"); // → false
 */
export function buildPool(input: ProgramInput): ExercisePool {
  const usable = catalogue()
    .usableWith(input.equipment)
    .filter((e) => !isExcluded(e, input.exclude) && rank(e.level) <= rank(input.level));
  const ids = new Set(usable.map((e) => e.id));
  return { usable, isUsable: (id) => ids.has(id) };
}

/**
 * Usable cardio modalities in the order the plan offers them: the person's preferences first
 * (in their order), else every usable modality with the back-friendly ones of PRODUCT.md §2
 * first. Walking is offered only when nothing else is usable.
 */
export function cardioModalities(input: ProgramInput, pool: ExercisePool): readonly Modality[] {
  const all = pool.usable.filter((e) => e.kind === "cardio");
  const preferred = input.cardio.filter((m) => all.some((e) => e.modality === m));
  if (preferred.length > 0) return preferred;
  // Shadow boxing is steady cardio only for someone who asks for boxing; otherwise it is offered
  // as 30/30 rounds (intervals), which need nothing.
  const steady = all.filter((e) => e.id !== "shadow-boxing");
  const has = (m: Modality) => steady.some((e) => e.modality === m);
  const order: readonly Modality[] = PREFERABLE_MODALITIES;
  // Without equipment, stairs, jogging and a class need none: keep the choice to those that
  // need something the person owns, when there are any.
  const owned = order.filter((m) => steady.some((e) => e.modality === m && !e.equipment.includes("none")));
  const any = order.filter(has);
  const list = owned.length >= 2 ? owned : any;
  return list.length > 0 ? list : has("walking") ? ["walking"] : [];
}
