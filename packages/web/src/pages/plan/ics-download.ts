import { planToIcs } from "@leanback/core/training/ical";
import type { Plan } from "@leanback/core/training/program-types";

/**
 * Saves the plan as an iCalendar file (core ical.ts, RFC 5545) through a temporary download
 * link; nothing goes to the server.
 */
export function downloadIcs(plan: Plan, start: string, timeOfDay: string, now: Date): string {
  const text = planToIcs(plan, { start, timeOfDay, stamp: now.toISOString() });
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const name = `leanback-plan-${start}.ics`;
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
