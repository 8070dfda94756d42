import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { escapeText, foldLine, planToIcs } from "./ical.js";
import { generateProgram } from "./program-generator.js";

const plan = generateProgram({
  level: "beginner",
  days: ["mon", "wed", "fri", "sat"],
  equipment: ["dumbbells", "pullup-bar"],
  minutes: 45,
  weeks: 3,
  seed: "ics",
});
const opts = { start: "2026-11-25", timeOfDay: "07:30", stamp: "2026-11-20T22:00:00Z" } as const;
const ics = planToIcs(plan, opts);
const training = plan.weeks.flatMap((w) =>
  w.sessions.filter((s) => s.kind !== "rest").map((s) => ({ w, s })),
);

describe("planToIcs", () => {
  it("parses back with ical.js: one event per training session, summaries and descriptions intact", () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(training.length);
    events.forEach((e, i) => {
      const t = training[i];
      expect(e.summary).toBe(`${t?.s.title} (week ${t?.w.week})`);
      expect(e.uid).toBe(`${plan.id}-${i}@leanback`);
      expect(e.description).toContain(t?.s.why[0]);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(
        (t?.s.minutes ?? 0) * 60_000,
      );
    });
  });

  it("places sessions on their weekday from the start date at the time of day", () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const starts = cal.getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("dtstart")));
    // 2026-11-25 is a Wednesday: week 1 runs Wed 25 … Tue 1 Dec, so Monday is 30 Nov.
    const firstWeek = training.filter((t) => t.w.week === 1).map((t) => t.s.day);
    expect(firstWeek[0]).toBe("mon");
    expect(starts[0]).toBe("2026-11-30T07:30:00");
    expect(starts[1]).toBe("2026-11-25T07:30:00"); // Wednesday
    expect(starts.every((s) => s.endsWith("T07:30:00"))).toBe(true);
  });

  it("uses CRLF and folds every line to at most 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
  });

  it("folds without splitting a multi-byte character", () => {
    const folded = foldLine("DESCRIPTION:" + "é".repeat(60));
    for (const l of folded.split("\r\n")) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe("DESCRIPTION:" + "é".repeat(60));
  });

  it("escapes TEXT values (RFC 5545 §3.3.11)", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("rejects a bad start date or time", () => {
    expect(() => planToIcs(plan, { ...opts, start: "2026-02-30" })).toThrow(InvalidInputError);
    expect(() => planToIcs(plan, { ...opts, timeOfDay: "25:00" })).toThrow(/time must be HH:MM/);
  });
});
