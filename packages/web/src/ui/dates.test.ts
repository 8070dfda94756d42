import { describe, expect, it } from "vitest";
import { localToday } from "./dates.js";

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
