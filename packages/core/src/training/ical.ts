import { InvalidInputError } from "../errors.js";
import { WEEKDAYS } from "./program-input.js";
import { formatDosage } from "./program-render.js";
import type { Plan, PlanItem, Session } from "./program-types.js";

/**
 * iCalendar (RFC 5545) export of a plan: one VEVENT per training session (rest days are left
 * out). Times are "floating" local times (RFC 5545 §3.3.5 form 1), so a session at 07:00 stays
 * at 07:00 wherever the person is.
 */

export interface IcsOptions {
  /** First day of week 1, YYYY-MM-DD; each session lands on the first matching weekday on or after it. */
  readonly start: string;
  /** Local start time of every session, HH:MM. */
  readonly timeOfDay: string;
  /** DTSTAMP, required by RFC 5545 §3.6.1: when the file was made (ISO instant; core takes no clock). */
  readonly stamp: string;
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
 * Writes a plan as an iCalendar file (CRLF line ends, folded lines, escaped text).
 *
 * @example
 * planToIcs(plan, { start: "2026-11-23", timeOfDay: "07:00", stamp: "2026-11-20T22:00:00Z" })
 *   .startsWith("BEGIN:VCALENDAR"); // → true
 */
export function planToIcs(plan: Plan, o: IcsOptions): string {
  const start = parseStart(o.start);
  const { h, m } = parseTime(o.timeOfDay);
  const stamp = new Date(o.stamp);
  if (Number.isNaN(stamp.getTime())) throw new InvalidInputError("stamp", "stamp must be an ISO date-time");
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  // Monday = 0 … Sunday = 6, as in WEEKDAYS.
  const startDow = (start.getUTCDay() + 6) % 7;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//leanback//program//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(`leanback plan ${plan.id}`)}`,
  ];
  let index = 0;
  for (const week of plan.weeks) {
    for (const s of week.sessions) {
      if (s.kind === "rest") continue;
      const offset = (WEEKDAYS.indexOf(s.day) - startDow + 7) % 7;
      const begin = new Date(
        start.getTime() + ((week.week - 1) * 7 + offset) * 86_400_000 + (h * 60 + m) * 60_000,
      );
      const end = new Date(begin.getTime() + s.minutes * 60_000);
      lines.push(
        "BEGIN:VEVENT",
        `UID:${plan.id}-${index}@leanback`,
        `DTSTAMP:${dtstamp}`,
        `DTSTART:${localStamp(begin)}`,
        `DTEND:${localStamp(end)}`,
        `SUMMARY:${escapeText(`${s.title} (week ${week.week})`)}`,
        `DESCRIPTION:${escapeText(description(s))}`,
        "END:VEVENT",
      );
      index++;
    }
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
