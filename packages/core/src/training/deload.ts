import { InvalidInputError } from "../errors.js";
import type { Prescription } from "./prescription.js";
import { equipmentOf, roundToEquipment, stepLoadKg, toKg, type WeightUnit } from "./progression-steps.js";

/**
 * A lighter week every 4–6 weeks (default 5, a setting): about half the sets and a little less
 * load, same exercises and reps. Coaches deload mainly by cutting volume (fewer sets and reps)
 * and effort or relative load (Bell L et al. 2022, Front Sports Act Living 4:1073223).
 * Sessions logged in a deload week never move progression (progression.ts).
 */

export const DEFAULT_DELOAD_EVERY_WEEKS = 5;
/** Load kept in a deload week for external and added loads. */
export const DELOAD_LOAD_FRACTION = 0.9;

function checkEvery(everyWeeks: number): void {
  if (!Number.isInteger(everyWeeks) || everyWeeks < 4 || everyWeeks > 6) {
    throw new InvalidInputError("deloadEveryWeeks", "a deload week comes every 4–6 weeks");
  }
}

/**
 * Whether week `week` (1-based, counted from the plan's start) is a deload week: the last week
 * of every cycle of `everyWeeks`.
 *
 * @example
 * isDeloadWeek(5); // → true
 * isDeloadWeek(6, 6); // → true
 * isDeloadWeek(4); // → false
 */
export function isDeloadWeek(week: number, everyWeeks: number = DEFAULT_DELOAD_EVERY_WEEKS): boolean {
  checkEvery(everyWeeks);
  if (!Number.isInteger(week) || week < 1)
    throw new InvalidInputError("week", "week must be a whole number from 1");
  return week % everyWeeks === 0;
}

/**
 * The deload version of a prescription: half the sets (rounded up, at least 1) and 90 % of an
 * external or added load rounded down to the equipment in the person's unit; assistance and
 * body weight unchanged (more assistance would change the movement, fewer sets suffice).
 *
 * @example
 * // 3 × 10–12 one-arm rows at 10 kg → 2 sets at 9 kg
 * deloadPrescription(row, "kg").load; // → { kind: "external", kg: 9, equipment: "dumbbell" }
 */
export function deloadPrescription(p: Prescription, unit: WeightUnit): Prescription {
  const sets = Math.max(1, Math.ceil(p.dosage.sets / 2));
  const load = p.load;
  const lighter = (kg: number): number => {
    const equipment = equipmentOf(load);
    if (!equipment) return kg;
    const target = kg * DELOAD_LOAD_FRACTION;
    const nearest = toKg(roundToEquipment(target, equipment, unit), unit);
    // Round down, never up: a deload is never heavier than 90 %.
    return nearest <= target + 1e-9 ? nearest : stepLoadKg(nearest, equipment, unit, -1);
  };
  const newLoad =
    load.kind === "external" || load.kind === "added" ? { ...load, kg: lighter(load.kg) } : load;
  return { ...p, dosage: { ...p.dosage, sets }, load: newLoad };
}
