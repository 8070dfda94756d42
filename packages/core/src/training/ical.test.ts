import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { escapeText, eventFingerprint, eventsToIcs, foldLine, planEvents, planToIcs } from "./ical.js";
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
      expect(e.uid).toMatch(new RegExp(`^${plan.id}-\\d{4}-\\d{2}-\\d{2}-s0@leanback$`));
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

  it("names every event by its date and slot, unique within the plan", () => {
    const uids = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .map((e) => [e.uid, e.startDate.toString().slice(0, 10)]);
    for (const [uid, date] of uids) expect(uid).toBe(`${plan.id}-${date}-s0@leanback`);
    expect(new Set(uids.map(([u]) => u)).size).toBe(uids.length);
    const custom = planToIcs(plan, { ...opts, uid: (e) => `${e.date}.${e.slot}@test` });
    expect(custom).toContain(`UID:${planEvents(plan, opts)[0]?.date}.s0@test`);
  });

  it("writes SEQUENCE, LAST-MODIFIED, the calendar name and a reminder when asked", () => {
    const [first, second] = planEvents(plan, opts);
    if (!first || !second) throw new Error("plan has fewer than two sessions");
    const text = eventsToIcs(
      [
        { ...first, uid: "a@t", sequence: 3, lastModified: "2026-11-19T08:30:00Z" },
        { ...second, uid: "b@t" },
      ],
      { stamp: opts.stamp, name: "leanback — Ana's training", alarmMinutes: 45 },
    );
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("leanback — Ana's training");
    const [a, b] = cal.getAllSubcomponents("vevent");
    expect(new ICAL.Event(a).sequence).toBe(3);
    expect(String(a?.getFirstPropertyValue("last-modified"))).toBe("2026-11-19T08:30:00Z");
    expect(b?.hasProperty("sequence")).toBe(false);
    for (const v of [a, b]) {
      const alarm = v?.getFirstSubcomponent("valarm");
      expect((alarm?.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(-45 * 60);
      expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    }
    expect(planToIcs(plan, opts)).not.toContain("BEGIN:VALARM");
    expect(planToIcs(plan, opts)).toContain("X-WR-CALNAME:leanback — training\r\n");
    expect(() => eventsToIcs([], { stamp: opts.stamp, alarmMinutes: -5 })).toThrow(InvalidInputError);
  });

  it("fingerprints what a calendar shows: a changed title or time is a new revision", () => {
    const [e] = planEvents(plan, opts);
    if (!e) throw new Error("no session");
    expect(eventFingerprint({ ...e })).toBe(eventFingerprint(e));
    expect(eventFingerprint({ ...e, summary: "x" })).not.toBe(eventFingerprint(e));
    expect(eventFingerprint({ ...e, start: "20261130T080000" })).not.toBe(eventFingerprint(e));
    expect(eventFingerprint({ ...e, description: "y" })).not.toBe(eventFingerprint(e));
    expect(eventFingerprint({ ...e, end: "20261130T090000" })).not.toBe(eventFingerprint(e));
  });

  it("rejects a bad start date or time", () => {
    expect(() => planToIcs(plan, { ...opts, start: "2026-02-30" })).toThrow(InvalidInputError);
    expect(() => planToIcs(plan, { ...opts, timeOfDay: "25:00" })).toThrow(/time must be HH:MM/);
  });
});
