import { InvalidInputError } from "../errors.js";
import { WEEKDAYS } from "./program-input.js";
import { formatDosage } from "./program-render.js";
import type { Plan, PlanItem, Session } from "./program-types.js";

/**
 * iCalendar (RFC 5545) export of a plan: one VEVENT per training session (rest days are left
 * out). Times are "floating" local times (RFC 5545 §3.3.5 form 1), so a session at 07:00 stays
 * at 07:00 wherever the person is.
 */

export interface PlacementOptions {
  /** First day of week 1, YYYY-MM-DD; each session lands on the first matching weekday on or after it. */
  readonly start: string;
  /** Local start time of every session, HH:MM. */
  readonly timeOfDay: string;
}

export interface IcsOptions extends PlacementOptions {
  /** DTSTAMP, required by RFC 5545 §3.6.1: when the file was made (ISO instant; core takes no clock). */
  readonly stamp: string;
  /** The calendar's name (X-WR-CALNAME and RFC 7986 NAME); default "leanback — training". */
  readonly name?: string;
  /** A reminder this many minutes before each session (VALARM, RFC 5545 §3.6.6); none when absent. */
  readonly alarmMinutes?: number;
}

/** One training session placed on the calendar, before it gets its identity. */
export interface PlannedEvent {
  /** Local date of the session, YYYY-MM-DD. */
  readonly date: string;
  /** Which session of that date it is ("s0", "s1" … in plan order); with the date it names the slot. */
  readonly slot: string;
  readonly week: number;
  /** Floating local start and end, RFC 5545 form YYYYMMDDTHHMMSS. */
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly description: string;
}

/** A planned event with its identity and revision (RFC 5545 §3.8.4.7, §3.8.7.3, §3.8.7.4). */
export interface CalendarEvent extends PlannedEvent {
  readonly uid: string;
  /** Revision number, 0 for the first version. */
  readonly sequence?: number;
  /** When this revision was made (ISO instant). */
  readonly lastModified?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space, never inside a
 * UTF-8 sequence.
 *
 * @example
 * foldLine("X".repeat(80)).split("\r\n ").length; // → 2
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // UTF-8 length
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function parseStart(start: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.toISOString().slice(0, 10) !== start)
    throw new InvalidInputError("start", "start must be a date YYYY-MM-DD");
  return d;
}

function parseTime(t: string): { h: number; m: number } {
  const m = /^(\d{2}):(\d{2})$/.exec(t);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 23 || min > 59) throw new InvalidInputError("time", "time must be HH:MM, 00:00–23:59");
  return { h, m: min };
}

function utcStamp(iso: string, field: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new InvalidInputError(field, `${field} must be an ISO date-time`);
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

const localStamp = (d: Date) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;

function itemText(i: PlanItem): string {
  switch (i.type) {
    case "strength":
      return `${i.name}: ${formatDosage(i.dosage)}`;
    case "cardio":
      return `${i.name}: ${i.minutes} min ${i.pace}${i.role === "main" ? "" : ` (${i.role})`}`;
    case "intervals":
      return `${i.name}: ${i.description}`;
    case "mobility":
      return `${i.name}: ${formatDosage(i.dosage)}`;
  }
}

function description(s: Session): string {
  return [...s.items.map(itemText), "", ...s.why.map((w) => `why: ${w}`)].join("\n");
}

/**
 * Places every training session of a plan on its date and time (rest days are left out).
 *
 * @example
 * planEvents(plan, { start: "2026-11-23", timeOfDay: "07:00" })[0]?.start; // → "20261123T070000"
 */
export function planEvents(plan: Plan, o: PlacementOptions): PlannedEvent[] {
  const start = parseStart(o.start);
  const { h, m } = parseTime(o.timeOfDay);
  // Monday = 0 … Sunday = 6, as in WEEKDAYS.
  const startDow = (start.getUTCDay() + 6) % 7;
  const out: PlannedEvent[] = [];
  const perDate = new Map<string, number>();
  for (const week of plan.weeks) {
    for (const s of week.sessions) {
      if (s.kind === "rest") continue;
      const offset = (WEEKDAYS.indexOf(s.day) - startDow + 7) % 7;
      const begin = new Date(
        start.getTime() + ((week.week - 1) * 7 + offset) * 86_400_000 + (h * 60 + m) * 60_000,
      );
      const end = new Date(begin.getTime() + s.minutes * 60_000);
      const date = begin.toISOString().slice(0, 10);
      const n = perDate.get(date) ?? 0;
      perDate.set(date, n + 1);
      out.push({
        date,
        slot: `s${n}`,
        week: week.week,
        start: localStamp(begin),
        end: localStamp(end),
        summary: `${s.title} (week ${week.week})`,
        description: description(s),
      });
    }
  }
  return out;
}

/**
 * What a calendar client sees of an event, as one string: when it changes, the event is a new
 * revision (the caller hashes it and raises SEQUENCE).
 *
 * @example
 * eventFingerprint(e) === eventFingerprint({ ...e }); // → true
 */
export function eventFingerprint(e: PlannedEvent): string {
  return JSON.stringify([e.start, e.end, e.summary, e.description]);
}

/**
 * Writes events as an iCalendar file (CRLF line ends, folded lines, escaped text).
 *
 * @example
 * eventsToIcs([{ ...planned, uid: "a@x", sequence: 1, lastModified: "2026-11-20T22:00:00Z" }],
 *   { stamp: "2026-11-20T22:00:00Z", name: "leanback — Ana's training" }).includes("SEQUENCE:1"); // → true
 */
export function eventsToIcs(
  events: readonly CalendarEvent[],
  o: { readonly stamp: string; readonly name?: string; readonly alarmMinutes?: number },
): string {
  const dtstamp = utcStamp(o.stamp, "stamp");
  const alarm = o.alarmMinutes;
  if (alarm !== undefined && (!Number.isInteger(alarm) || alarm < 0 || alarm > 1440))
    throw new InvalidInputError("alarm", "alarm must be whole minutes, 0–1440");
  const name = escapeText(o.name ?? "leanback — training");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//leanback//program//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${name}`,
    `NAME:${name}`,
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART:${e.start}`,
      `DTEND:${e.end}`,
      ...(e.sequence !== undefined ? [`SEQUENCE:${e.sequence}`] : []),
      ...(e.lastModified !== undefined ? [`LAST-MODIFIED:${utcStamp(e.lastModified, "lastModified")}`] : []),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
    );
    if (alarm !== undefined) {
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `TRIGGER:-PT${alarm}M`,
        `DESCRIPTION:${escapeText(e.summary)}`,
        "END:VALARM",
      );
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/**
 * Writes a plan as an iCalendar file. Each event's UID is `<plan id>-<date>-<slot>@leanback`
 * unless `uid` gives another (the server derives it from the person and the slot instead, so it
 * survives regenerating the plan).
 *
 * @example
 * planToIcs(plan, { start: "2026-11-23", timeOfDay: "07:00", stamp: "2026-11-20T22:00:00Z" })
 *   .startsWith("BEGIN:VCALENDAR"); // → true
 */
export function planToIcs(
  plan: Plan,
  o: IcsOptions & { readonly uid?: (e: PlannedEvent) => string },
): string {
  const uid = o.uid ?? ((e: PlannedEvent) => `${plan.id}-${e.date}-${e.slot}@leanback`);
  const events = planEvents(plan, o).map((e) => ({ ...e, uid: uid(e) }));
  return eventsToIcs(events, {
    stamp: o.stamp,
    ...(o.name !== undefined ? { name: o.name } : {}),
    ...(o.alarmMinutes !== undefined ? { alarmMinutes: o.alarmMinutes } : {}),
  });
}
