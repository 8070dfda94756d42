import { kgToLb } from "@leanback/core/units/convert";
import type { UnitSystem } from "../api/types.js";

/** A body mass for display in the person's units, one decimal. */
export function formatMass(kg: number, units: UnitSystem): string {
  return units === "imperial" ? `${kgToLb(kg).toFixed(1)} lb` : `${kg.toFixed(1)} kg`;
}

/** kg → the number shown in the person's units (for inputs and chart axes). */
export function massValue(kg: number, units: UnitSystem): number {
  return units === "imperial" ? kgToLb(kg) : kg;
}

export function massUnit(units: UnitSystem): "kg" | "lb" {
  return units === "imperial" ? "lb" : "kg";
}
