import { planToIcs } from "@leanback/core/training/ical";
import type { Plan } from "@leanback/core/training/program-types";
import { saveBlob } from "../../ui/save-blob.js";

/**
 * Saves the plan as an iCalendar file (core ical.ts, RFC 5545) through a temporary download
 * link; nothing goes to the server.
 */
export function downloadIcs(plan: Plan, start: string, timeOfDay: string, now: Date): string {
  const text = planToIcs(plan, { start, timeOfDay, stamp: now.toISOString() });
  const name = `leanback-plan-${start}.ics`;
  saveBlob(new Blob([text], { type: "text/calendar;charset=utf-8" }), name);
  return name;
}
