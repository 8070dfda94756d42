import { generateProgram } from "@leanback/core/training/program-generator";
import { describe, expect, it } from "vitest";
import { mondayOf, parseSessionId, pickSessions, weekdayOf } from "./plan-source.js";

const plan = generateProgram({
  level: "beginner",
  equipment: ["pullup-bar", "dumbbells"],
  days: ["mon", "wed", "fri"],
  minutes: 45,
  weeks: 4,
  seed: "player",
});

describe("plan source", () => {
  it("reads weekdays and Mondays of ISO dates", () => {
    expect(weekdayOf("2026-11-20")).toBe("fri"); // 20 November 2026 is a Friday
    expect(mondayOf("2026-11-20")).toBe("2026-11-16");
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
  });

  it("parses session ids", () => {
    expect(parseSessionId("today")).toBe("today");
    expect(parseSessionId("w3-wed")).toEqual({ week: 3, day: "wed" });
    expect(parseSessionId("w3-xyz")).toBeNull();
  });

  it("today picks the week counted from the start and today's weekday", () => {
    const p = pickSessions(plan, "2026-11-16", "2026-11-25", "today"); // Wednesday of week 2
    expect([p.week, p.day, p.outside]).toEqual([2, "wed", null]);
    expect(p.sessions).toEqual(plan.weeks[1]?.sessions.filter((s) => s.day === "wed"));
    expect(p.sessions.length).toBeGreaterThan(0);
  });

  it("says when today is before the start or after the end", () => {
    expect(pickSessions(plan, "2026-11-16", "2026-11-15", "today").outside).toBe("before-start");
    expect(pickSessions(plan, "2026-11-16", "2026-12-14", "today").outside).toBe("finished"); // week 5 of 4
    expect(pickSessions(plan, "2026-11-16", "2026-11-16", { week: 9, day: "mon" }).sessions).toEqual([]);
  });
});
