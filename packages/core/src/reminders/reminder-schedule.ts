import { InvalidInputError } from "../errors.js";

/** What a reminder is about. */
export type ReminderKind = "weigh-in" | "session" | "check-in";

/**
 * A person's reminder times, local wall-clock "HH:MM" in their time zone; null turns one off.
 * Quiet hours (start and end, may wrap past midnight) hold reminders back.
 */
export interface ReminderSettings {
  readonly weighInTime: string | null;
  /** On days with a planned session. */
  readonly sessionTime: string | null;
  /** Mondays, when the week's check-in has not been run. */
  readonly checkInTime: string | null;
  readonly quietStart: string | null;
  readonly quietEnd: string | null;
}

/** What the server knows about the person's day, so a reminder for something done is not sent. */
export interface ReminderFacts {
  readonly weighedToday: boolean;
  readonly sessionPlannedToday: boolean;
  readonly sessionLoggedToday: boolean;
  readonly checkInDoneThisWeek: boolean;
}

export interface DueReminder {
  readonly kind: ReminderKind;
  /** The person's local date the reminder belongs to: with the kind, the key that makes it send once. */
  readonly localDate: string;
  readonly title: string;
  readonly body: string;
}

/** A reminder goes out from its time until this many minutes later (a server down longer skips it). */
export const REMINDER_GRACE_MINUTES = 120;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "07:30" → 450 minutes after midnight; throws naming `field` when it is not a 24-hour time. */
export function minutesOfDay(hhmm: string, field = "time"): number {
  const m = HHMM.exec(hhmm);
  if (m === null) throw new InvalidInputError(field, "must be a 24-hour time HH:MM");
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The local date, ISO weekday (1 = Monday) and minute of the day at instant `ms` in an IANA zone.
 *
 * @example
 * localClock(Date.UTC(2026, 11, 3, 6, 30), "Europe/Berlin"); // → { date: "2026-12-03", weekday: 4, minute: 450 }
 */
export function localClock(ms: number, timeZone: string): { date: string; weekday: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    weekday: "short",
  }).formatToParts(new Date(ms));
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    weekday: weekdays.indexOf(get("weekday")) + 1,
    minute: Number(get("hour")) * 60 + Number(get("minute")),
  };
}

/**
 * When a reminder set for `minute` actually goes out, given quiet hours: unchanged outside them;
 * inside, at the quiet end when that is later the same day (a 06:30 weigh-in with quiet hours
 * 22:00–07:00 goes at 07:00); null when the quiet hours run to the next day (a 23:00 reminder is
 * not worth sending the next morning, which has its own).
 */
export function afterQuietHours(
  minute: number,
  quietStart: string | null,
  quietEnd: string | null,
): number | null {
  if (quietStart === null || quietEnd === null) return minute;
  const qs = minutesOfDay(quietStart, "quietStart");
  const qe = minutesOfDay(quietEnd, "quietEnd");
  if (qs === qe) return minute;
  const quiet = qs < qe ? minute >= qs && minute < qe : minute >= qs || minute < qe;
  if (!quiet) return minute;
  return qs < qe || minute < qe ? qe : null;
}

/**
 * The reminders due at instant `nowMs` for a person in `timeZone`: each kind at most once a local
 * day, from its (quiet-hours-adjusted) time for REMINDER_GRACE_MINUTES, and never for what the
 * person has already done (weighed in, logged the session, run the check-in).
 *
 * @example
 * dueReminders(Date.UTC(2026, 11, 3, 6, 31), "Europe/Berlin",
 *   { weighInTime: "07:30", sessionTime: null, checkInTime: null, quietStart: null, quietEnd: null },
 *   { weighedToday: false, sessionPlannedToday: false, sessionLoggedToday: false, checkInDoneThisWeek: false });
 * // → [{ kind: "weigh-in", localDate: "2026-12-03", … }]
 */
export function dueReminders(
  nowMs: number,
  timeZone: string,
  settings: ReminderSettings,
  facts: ReminderFacts,
): DueReminder[] {
  const now = localClock(nowMs, timeZone);
  const due = (time: string | null, field: string): boolean => {
    if (time === null) return false;
    const at = afterQuietHours(minutesOfDay(time, field), settings.quietStart, settings.quietEnd);
    return at !== null && now.minute >= at && now.minute < at + REMINDER_GRACE_MINUTES;
  };
  const out: DueReminder[] = [];
  if (!facts.weighedToday && due(settings.weighInTime, "weighInTime")) {
    out.push({
      kind: "weigh-in",
      localDate: now.date,
      title: "Time to weigh in",
      body: "Same time, same scale: one number a day makes the trend.",
    });
  }
  if (facts.sessionPlannedToday && !facts.sessionLoggedToday && due(settings.sessionTime, "sessionTime")) {
    out.push({
      kind: "session",
      localDate: now.date,
      title: "Today's session",
      body: "Your workout is planned for today. Open leanback to start it.",
    });
  }
  if (now.weekday === 1 && !facts.checkInDoneThisWeek && due(settings.checkInTime, "checkInTime")) {
    out.push({
      kind: "check-in",
      localDate: now.date,
      title: "Weekly check-in",
      body: "See what last week's log says and choose next week's target.",
    });
  }
  return out;
}
