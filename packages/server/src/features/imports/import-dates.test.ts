import { describe, expect, it } from "vitest";
import { parseDayDate, parseDurationS, parseWallClock, wallClockToEpoch } from "./import-dates.js";

describe("dates as other apps write them", () => {
  it("days: ISO and US, real dates only", () => {
    expect(parseDayDate("2026-10-01")).toBe("2026-10-01");
    expect(parseDayDate("10/02/2026")).toBe("2026-10-02");
    expect(parseDayDate("1/6/2026")).toBe("2026-01-06");
    expect(parseDayDate("02/29/2024")).toBe("2024-02-29");
    expect(parseDayDate("02/29/2026")).toBeNull();
    expect(parseDayDate("31/12/2026")).toBeNull();
    expect(parseDayDate("2026-13-01")).toBeNull();
    expect(parseDayDate("yesterday")).toBeNull();
  });

  it("times: Strong, Hevy (padded or not), 12-hour clocks", () => {
    expect(parseWallClock("2020-09-15 11:22:57")).toEqual({
      date: "2020-09-15",
      hour: 11,
      minute: 22,
      second: 57,
    });
    expect(parseWallClock("30 Jun 2025, 19:56")).toEqual({
      date: "2025-06-30",
      hour: 19,
      minute: 56,
      second: 0,
    });
    expect(parseWallClock("02 Jul 2025, 07:05")).toEqual({
      date: "2025-07-02",
      hour: 7,
      minute: 5,
      second: 0,
    });
    expect(parseWallClock("2024-05-01 7:05:00\u202fPM")).toEqual({
      date: "2024-05-01",
      hour: 19,
      minute: 5,
      second: 0,
    });
    expect(parseWallClock("2024-05-01 12:30:00 AM")?.hour).toBe(0);
    expect(parseWallClock("2024-05-01T12:30:00")?.hour).toBe(12);
    expect(parseWallClock("31 Nov 2026, 10:00")).toBeNull();
    expect(parseWallClock("1 Foo 2026, 10:00")).toBeNull();
    expect(parseWallClock("2024-05-01 25:00:00")).toBeNull();
    expect(parseWallClock("2024-05-01 13:00:00 PM")).toBeNull();
    expect(parseWallClock("2024-05-01")).toBeNull();
  });

  it("wall clock to instant in a time zone, across daylight saving time", () => {
    const w = (date: string, hour: number) => ({ date, hour, minute: 0, second: 0 });
    expect(wallClockToEpoch(w("2026-09-22", 19), "UTC")).toBe(Date.UTC(2026, 8, 22, 19));
    expect(wallClockToEpoch(w("2026-09-22", 19), "Europe/Berlin")).toBe(Date.UTC(2026, 8, 22, 17));
    expect(wallClockToEpoch(w("2026-01-22", 19), "Europe/Berlin")).toBe(Date.UTC(2026, 0, 22, 18));
    expect(wallClockToEpoch(w("2026-07-01", 8), "America/New_York")).toBe(Date.UTC(2026, 6, 1, 12));
  });

  it("durations: 1h 43m, 59m, 38min, plain seconds", () => {
    expect(parseDurationS("1h 43m")).toBe(6180);
    expect(parseDurationS("59m")).toBe(3540);
    expect(parseDurationS("38min")).toBe(2280);
    expect(parseDurationS("1h")).toBe(3600);
    expect(parseDurationS("3600")).toBe(3600);
    expect(parseDurationS("")).toBeNull();
    expect(parseDurationS("soon")).toBeNull();
  });
});
