import { describe, expect, it } from "vitest";
import { localToday, mondayOf, planWeek, weekdayId } from "./dates.js";

describe("localToday", () => {
  it("is the calendar date in the profile's zone, not UTC", () => {
    const instant = new Date("2026-11-20T23:30:00Z");
    expect(localToday("UTC", instant)).toBe("2026-11-20");
    expect(localToday("Europe/Berlin", instant)).toBe("2026-11-21");
    expect(localToday("America/Los_Angeles", instant)).toBe("2026-11-20");
  });

  it("falls back to the UTC date for an unknown zone instead of throwing", () => {
    expect(localToday("Not/AZone", new Date("2026-11-20T23:30:00Z"))).toBe("2026-11-20");
  });
});

describe("plan calendar", () => {
  it("names weekdays Monday-first and finds the week's Monday", () => {
    expect(["2026-11-16", "2026-11-20", "2026-11-22"].map(weekdayId)).toEqual(["mon", "fri", "sun"]);
    expect(mondayOf("2026-11-22")).toBe("2026-11-16");
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
  });

  it("counts plan weeks from the start date (the player's rule)", () => {
    expect(planWeek("2026-11-16", "2026-11-16")).toBe(1);
    expect(planWeek("2026-11-16", "2026-11-22")).toBe(1);
    expect(planWeek("2026-11-16", "2026-11-25")).toBe(2);
    expect(planWeek("2026-11-16", "2026-11-15")).toBe(0);
  });
});
