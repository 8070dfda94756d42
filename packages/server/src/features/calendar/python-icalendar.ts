import { spawnSync } from "node:child_process";

/** What python's `icalendar` package reads from a feed (tests only: an independent parser). */
export interface PythonCalendar {
  readonly name: string | null;
  readonly events: ReadonlyArray<{ uid: string; sequence: number; start: string; alarms: number }>;
}

const SCRIPT = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
events = []
for e in cal.walk("VEVENT"):
    events.append({
        "uid": str(e.get("UID")),
        "sequence": int(e.get("SEQUENCE", 0)),
        "start": e.decoded("DTSTART").isoformat(),
        "alarms": len(e.walk("VALARM")),
    })
name = cal.get("X-WR-CALNAME")
print(json.dumps({"name": None if name is None else str(name), "events": events}))
`;

/** The first python with the `icalendar` package (Debian's python3-icalendar is in /usr/bin). */
const python = ["python3", "/usr/bin/python3"].find(
  (exe) => spawnSync(exe, ["-c", "import icalendar"], { stdio: "ignore" }).status === 0,
);

/** True when a python with the `icalendar` package is on this machine. */
export function pythonIcalendarAvailable(): boolean {
  return python !== undefined;
}

/** Parses iCalendar text with python's icalendar; throws with python's message when it refuses. */
export function parseWithPython(text: string): PythonCalendar {
  if (python === undefined) throw new Error("python icalendar is not installed");
  const r = spawnSync(python, ["-c", SCRIPT], { input: text, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`python icalendar refused the feed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PythonCalendar;
}
