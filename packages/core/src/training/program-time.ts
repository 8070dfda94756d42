import { setSeconds } from "./prescription.js";
import type { PlanItem, StrengthFormat } from "./program-types.js";

/**
 * Session length estimates. Our assumptions (no study fixes them): 3 s a rep (prescription.ts),
 * the stated rest between sets, 30 s to change exercise, 15 s between warm-up or stretch sets;
 * a circuit rests 90 s between rounds and 15 s between stations.
 */
export const CHANGEOVER_SECONDS = 30;
export const MOBILITY_GAP_SECONDS = 15;
export const CIRCUIT_STATION_SECONDS = 15;
export const CIRCUIT_ROUND_REST_SECONDS = 90;

/**
 * Estimated seconds for a session's items under a format.
 *
 * @example
 * estimateSeconds("straight-sets", [{ type: "cardio", exerciseId: "jogging", name: "Jogging",
 *   role: "main", minutes: 30, pace: "steady" }]); // → 1800
 */
export function estimateSeconds(format: StrengthFormat | undefined, items: readonly PlanItem[]): number {
  let total = 0;
  const strength = items.filter((i) => i.type === "strength");
  if (format === "circuit" && strength.length > 0) {
    const rounds = Math.max(...strength.map((i) => i.dosage.sets));
    for (let r = 0; r < rounds; r++) {
      for (const i of strength)
        if (i.dosage.sets > r) total += setSeconds(i.dosage) + CIRCUIT_STATION_SECONDS;
    }
    total += (rounds - 1) * CIRCUIT_ROUND_REST_SECONDS;
  }
  for (const item of items) {
    switch (item.type) {
      case "strength":
        if (format !== "circuit") {
          const d = item.dosage;
          total += d.sets * setSeconds(d) + (d.sets - 1) * item.restSeconds + CHANGEOVER_SECONDS;
        }
        break;
      case "mobility":
        total += item.dosage.sets * (setSeconds(item.dosage) + MOBILITY_GAP_SECONDS);
        break;
      case "cardio":
      case "intervals":
        total += item.minutes * 60;
        break;
    }
  }
  return total;
}

/**
 * Minutes of cardio a session holds: steady and interval work, and in the rowing format also
 * the rowing warm-up (PRODUCT.md §2 counts the whole rowing pattern).
 *
 * @example
 * cardioMinutes("rowing", [{ type: "cardio", exerciseId: "rowing-machine", name: "Row", role: "warm-up", minutes: 10, pace: "easy" }]); // → 10
 */
export function cardioMinutes(format: StrengthFormat | undefined, items: readonly PlanItem[]): number {
  let m = 0;
  for (const i of items) {
    if (i.type === "intervals") m += i.minutes;
    if (i.type === "cardio" && (i.role !== "warm-up" || format === "rowing")) m += i.minutes;
  }
  return m;
}
