/** Today's calendar date (YYYY-MM-DD) in an IANA time zone ("en-CA" formats dates as ISO). */
export function localToday(timeZone: string, now: Date = new Date()): string {
  try {
    return now.toLocaleDateString("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** "Mon 23 Nov" style short date for lists, in the browser's language. */
export function shortDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return d.toLocaleDateString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}
