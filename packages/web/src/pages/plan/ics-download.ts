import { planToIcs } from "@leanback/core/training/ical";
import type { Plan } from "@leanback/core/training/program-types";
import { download } from "../../api/client.js";
import { NetworkError } from "../../api/errors.js";
import { saveBlob } from "../../ui/save-blob.js";

/**
 * Saves the plan as an iCalendar file. Online it is the server's calendar (the same event UIDs
 * as the calendar subscription, so importing the file and subscribing do not show sessions
 * twice); offline it is made here from the plan on this device (core ical.ts, RFC 5545), with
 * UIDs of its own.
 */
export async function downloadIcs(plan: Plan, start: string, timeOfDay: string, now: Date): Promise<string> {
  const name = `leanback-plan-${start}.ics`;
  try {
    const q = new URLSearchParams({ time: timeOfDay });
    const { blob } = await download(`/api/users/me/plan/calendar.ics?${q.toString()}`);
    saveBlob(blob, name);
    return name;
  } catch (e) {
    if (!(e instanceof NetworkError)) throw e;
  }
  const text = planToIcs(plan, { start, timeOfDay, stamp: now.toISOString() });
  saveBlob(new Blob([text], { type: "text/calendar;charset=utf-8" }), name);
  return name;
}
