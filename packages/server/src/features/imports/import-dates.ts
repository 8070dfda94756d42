/** A wall-clock time as another app wrote it: no time zone. */
export interface WallClock {
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A calendar date written as YYYY-MM-DD (ISO 8601) or MM/DD/YYYY (US, as MyFitnessPal writes it
 * for US accounts; one-digit month and day allowed). Null when neither, or not a real date.
 */
export function parseDayDate(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return isoOf(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

function clock(
  h: number,
  min: number,
  sec: number,
  ampm: string | undefined,
): [number, number, number] | null {
  let hour = h;
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return null;
    const pm = ampm.toLowerCase() === "pm";
    hour = (h % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || min > 59 || sec > 59) return null;
  return [hour, min, sec];
}

/**
 * A date and time as Strong ("2020-09-15 11:22:57", "2024-05-01 7:05:00 PM") or Hevy
 * ("30 Jun 2025, 19:56", "02 Jul 2025, 17:56") write them; ISO "T" and US dates too.
 */
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*([AaPp][Mm]))?`;
const ISO_TIME = new RegExp(String.raw`^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})[ T,]+${TIME}$`);
const NAMED_TIME = new RegExp(String.raw`^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4}),? ${TIME}$`);

export function parseWallClock(s: string): WallClock | null {
  const t = s.trim().replace(/[\u202f\u00a0]/g, " ");
  let date: string | null = null;
  let hms: readonly (string | undefined)[] = [];
  const iso = ISO_TIME.exec(t);
  const named = iso ? null : NAMED_TIME.exec(t);
  if (iso) {
    date = parseDayDate(iso[1] ?? "");
    hms = iso.slice(2);
  } else if (named) {
    const month = MONTHS.indexOf((named[2] ?? "").toLowerCase()) + 1;
    date = month === 0 ? null : isoOf(Number(named[3]), month, Number(named[1]));
    hms = named.slice(4);
  }
  if (date === null) return null;
  const [h, min, sec, ampm] = hms;
  const c = clock(Number(h), Number(min), Number(sec ?? 0), ampm);
  if (c === null) return null;
  return { date, hour: c[0], minute: c[1], second: c[2] };
}

// Building an Intl.DateTimeFormat costs far more than using one: one per time zone.
const formats = new Map<string, Intl.DateTimeFormat>();

function offsetMs(epoch: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(epoch));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return asUtc - Math.floor(epoch / 1000) * 1000;
}

/** The instant a wall-clock time denotes in an IANA time zone (the earlier one in a DST overlap). */
export function wallClockToEpoch(w: WallClock, timeZone: string): number {
  const [y, mo, d] = w.date.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, mo - 1, d, w.hour, w.minute, w.second);
  const first = guess - offsetMs(guess, timeZone);
  return guess - offsetMs(first, timeZone);
}

/**
 * A workout duration as Strong writes it: "1h 43m", "59m", "38min", "1h", "45s", or plain
 * seconds. Null when unreadable.
 */
export function parseDurationS(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (t === "") return null;
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t));
  const m = /^(?:(\d+)\s*h\s*)?(?:(\d+)\s*m(?:in)?\s*)?(?:(\d+)\s*s)?$/.exec(t);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
