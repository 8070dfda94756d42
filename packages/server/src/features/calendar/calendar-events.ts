import { hash } from "node:crypto";
import { sql } from "kysely";
import {
  eventFingerprint,
  eventsToIcs,
  planEvents,
  type CalendarEvent,
  type PlannedEvent,
} from "@leanback/core/training/ical";
import { z } from "zod";
import { requireCurrentPlan, swappedProgram } from "../plan/plan.js";
import type { UseCaseDeps } from "../shared/deps.js";

export const icsQuery = z.strictObject({
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time must be HH:MM, 00:00–23:59")
    .default("07:00"),
  /** Minutes before each session for a reminder (VALARM); none when absent. */
  alarm: z
    .string()
    .regex(/^\d{1,4}$/, "alarm must be whole minutes, 0–1440")
    .transform(Number)
    .refine((n) => n <= 1440, "alarm must be whole minutes, 0–1440")
    .optional(),
});

/**
 * The event's UID: a hash of the person, the date and the slot of that date, so it is the same
 * across regenerating the plan (same start, same weekday) and never the same for two people or
 * two servers (user ids are random UUIDs). RFC 5545 §3.8.4.7 asks for a globally unique UID.
 */
export function eventUid(userId: string, e: Pick<PlannedEvent, "date" | "slot">): string {
  return `${hash("sha256", `${userId}\n${e.date}\n${e.slot}`, "hex").slice(0, 32)}@leanback`;
}

/**
 * Gives each event its SEQUENCE and LAST-MODIFIED: an event seen for the first time is revision
 * 0 as of now; one whose content changed since it was last served goes up by one, as of now
 * (RFC 5545 §3.8.7.4). Safe to run twice at once (insert-or-ignore, compare-and-set update).
 */
async function withRevisions(
  deps: UseCaseDeps,
  userId: string,
  events: readonly (PlannedEvent & { uid: string })[],
): Promise<CalendarEvent[]> {
  const now = deps.now();
  const fp = new Map(events.map((e) => [e.uid, hash("sha256", eventFingerprint(e), "hex")]));
  return deps.db.transaction().execute(async (trx) => {
    for (let i = 0; i < events.length; i += 200) {
      const chunk = events.slice(i, i + 200);
      if (chunk.length === 0) continue;
      await trx
        .insertInto("calendar_event_revisions")
        .values(
          chunk.map((e) => ({
            user_id: userId,
            uid: e.uid,
            fingerprint: fp.get(e.uid) ?? "",
            sequence: 0,
            last_modified: now,
          })),
        )
        .onConflict((oc) => oc.columns(["user_id", "uid"]).doNothing())
        .execute();
    }
    const stored = await trx
      .selectFrom("calendar_event_revisions")
      .select(["uid", "fingerprint"])
      .where("user_id", "=", userId)
      .execute();
    for (const row of stored) {
      const want = fp.get(row.uid);
      if (want === undefined || want === row.fingerprint) continue;
      await trx
        .updateTable("calendar_event_revisions")
        .set({ fingerprint: want, sequence: sql<number>`sequence + 1`, last_modified: now })
        .where("user_id", "=", userId)
        .where("uid", "=", row.uid)
        .where("fingerprint", "=", row.fingerprint)
        .execute();
    }
    const revs = new Map(
      (
        await trx
          .selectFrom("calendar_event_revisions")
          .select(["uid", "sequence", "last_modified"])
          .where("user_id", "=", userId)
          .execute()
      ).map((r) => [r.uid, r]),
    );
    return events.map((e) => {
      const r = revs.get(e.uid);
      return {
        ...e,
        sequence: Number(r?.sequence ?? 0),
        lastModified: new Date(Number(r?.last_modified ?? now)).toISOString(),
      };
    });
  });
}

/** "leanback — Ana's training": the display name, else the part of the e-mail before the @. */
async function calendarName(deps: UseCaseDeps, userId: string): Promise<string> {
  const u = await deps.db
    .selectFrom("users")
    .select(["display_name", "email"])
    .where("id", "=", userId)
    .executeTakeFirst();
  const name = u?.display_name?.trim() || u?.email.split("@")[0] || "your";
  return `leanback — ${name}'s training`;
}

/**
 * The person's current plan as an iCalendar file (RFC 5545; core/training/ical.ts) with stable
 * UIDs, revisions and optional reminders: what the download and the subscription feed serve.
 */
export async function userCalendar(
  deps: UseCaseDeps,
  userId: string,
  q: z.output<typeof icsQuery> = { time: "07:00" },
): Promise<string> {
  const plan = await requireCurrentPlan(deps, userId);
  const placed = planEvents(swappedProgram(plan), { start: plan.startDate, timeOfDay: q.time });
  const events = await withRevisions(
    deps,
    userId,
    placed.map((e) => ({ ...e, uid: eventUid(userId, e) })),
  );
  return eventsToIcs(events, {
    stamp: new Date(deps.now()).toISOString(),
    name: await calendarName(deps, userId),
    ...(q.alarm !== undefined ? { alarmMinutes: q.alarm } : {}),
  });
}
