import type { PlanItem, Session, StrengthFormat } from "./program-types.js";
import { sessionSeconds } from "./session-timeline.js";

export { CHANGEOVER_SECONDS, CIRCUIT_ROUND_REST_SECONDS, MOBILITY_GAP_SECONDS } from "./session-timeline.js";

/**
 * Seconds a session's items take under a format: the sum of the timelines the player runs
 * (session-timeline.ts), so the plan's minutes are the timer's minutes.
 *
 * @example
 * estimateSeconds("straight-sets", [{ type: "cardio", exerciseId: "jogging", name: "Jogging",
 *   role: "main", minutes: 30, pace: "steady" }]); // → 1800
 */
export function estimateSeconds(
  format: StrengthFormat | undefined,
  items: readonly PlanItem[],
  activeRest?: Session["activeRest"],
): number {
  return sessionSeconds({ items, ...(format ? { format } : {}), ...(activeRest ? { activeRest } : {}) });
}

/**
 * Minutes of cardio a session holds: steady and interval work, and in the rowing format also
 * the rowing warm-up (the protocol counts the whole rowing pattern as cardio).
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
