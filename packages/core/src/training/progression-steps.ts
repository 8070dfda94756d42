import { InvalidInputError } from "../errors.js";
import type { Load, LoadEquipment } from "./prescription.js";

/**
 * Load steps per equipment, in the unit the person trains in. Plans store kg; steps are applied
 * in the person's unit so a pound user moves 5 lb at a time, not 2.2 kg rendered as 4.85 lb.
 * Typical gym increments (our choice, not a study): fixed dumbbells 1 kg / 2.5 lb while light,
 * 2.5 kg / 5 lb above; barbell 2.5 kg (two 1.25 kg plates) / 5 lb; kettlebells 4 kg / 10 lb;
 * weight stacks 5 kg / 10 lb; cables 2.5 kg / 5 lb; belt plates 1.25 kg / 2.5 lb.
 */

export type WeightUnit = "kg" | "lb";

/** International yard and pound agreement, 1959: 1 lb = 0.45359237 kg exactly. */
export const KG_PER_LB = 0.45359237;

const STEPS: Readonly<
  Record<LoadEquipment, { kg: readonly [number, number]; lb: readonly [number, number] }>
> = {
  // [step below the threshold, step at or above it]
  dumbbell: { kg: [1, 2.5], lb: [2.5, 5] },
  barbell: { kg: [2.5, 2.5], lb: [5, 5] },
  kettlebell: { kg: [4, 4], lb: [10, 10] },
  machine: { kg: [5, 5], lb: [10, 10] },
  cable: { kg: [2.5, 2.5], lb: [5, 5] },
  "assisted-machine": { kg: [5, 5], lb: [10, 10] },
  "weight-belt": { kg: [1.25, 1.25], lb: [2.5, 2.5] },
};
const LIGHT_BELOW = { kg: 10, lb: 25 } as const;

/**
 * The step of `equipment` at a load of `value` (in `unit`).
 *
 * @example
 * loadStep("dumbbell", "kg", 8); // → 1
 * loadStep("dumbbell", "lb", 30); // → 5
 */
export function loadStep(equipment: LoadEquipment, unit: WeightUnit, value: number): number {
  const [light, heavy] = STEPS[equipment][unit];
  return value < LIGHT_BELOW[unit] ? light : heavy;
}

/** kg → the unit. */
export function fromKg(kg: number, unit: WeightUnit): number {
  return unit === "kg" ? kg : kg / KG_PER_LB;
}

/** The unit → kg. */
export function toKg(value: number, unit: WeightUnit): number {
  return unit === "kg" ? value : value * KG_PER_LB;
}

/**
 * Rounds a kg load to what the equipment offers in the person's unit, returned in that unit.
 *
 * @example
 * roundToEquipment(7, "dumbbell", "lb"); // → 15 (7 kg = 15.4 lb)
 */
export function roundToEquipment(kg: number, equipment: LoadEquipment, unit: WeightUnit): number {
  if (!Number.isFinite(kg) || kg < 0) throw new InvalidInputError("loadKg", "load must be 0 kg or more");
  const v = fromKg(kg, unit);
  const step = loadStep(equipment, unit, v);
  return Math.round(Math.round(v / step) * step * 1000) / 1000;
}

/**
 * Moves a kg load one equipment step up (+1) or down (−1) in the person's unit; returns kg.
 * Never below 0.
 *
 * @example
 * stepLoadKg(10, "dumbbell", "kg", 1); // → 12.5
 */
export function stepLoadKg(
  kg: number,
  equipment: LoadEquipment,
  unit: WeightUnit,
  direction: 1 | -1,
): number {
  const v = roundToEquipment(kg, equipment, unit);
  const step =
    direction > 0 ? loadStep(equipment, unit, v) : loadStep(equipment, unit, Math.max(0, v - 1e-9));
  const next = Math.max(0, v + direction * step);
  return toKg(next, unit);
}

/**
 * Rounds a kg assistance to the assisted machine's kg step (used when placing a person).
 *
 * @example
 * roundAssistKg(37); // → 35
 */
export function roundAssistKg(kg: number): number {
  return roundToEquipment(kg, "assisted-machine", "kg");
}

/** The equipment whose step moves this load, or undefined for body weight. */
export function equipmentOf(load: Load): LoadEquipment | undefined {
  switch (load.kind) {
    case "bodyweight":
      return undefined;
    case "external":
      return load.equipment;
    case "assisted":
      return "assisted-machine";
    case "added":
      return "weight-belt";
  }
}

/**
 * Renders a load for people, rounded to the equipment in their unit.
 *
 * @example
 * renderLoad({ kind: "assisted", assistKg: 40 }, "lb"); // → "assist 90 lb"
 */
export function renderLoad(load: Load, unit: WeightUnit): string {
  switch (load.kind) {
    case "bodyweight":
      return "body weight";
    case "external":
      return `${roundToEquipment(load.kg, load.equipment, unit)} ${unit}`;
    case "assisted":
      return `assist ${roundToEquipment(load.assistKg, "assisted-machine", unit)} ${unit}`;
    case "added":
      return `+${roundToEquipment(load.kg, "weight-belt", unit)} ${unit}`;
  }
}
