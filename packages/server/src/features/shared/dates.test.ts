import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@leanback/core/errors";
import {
  addDays,
  dateToUtcMs,
  daysBetween,
  isoDate,
  isoWeekday,
  localDate,
  requireNotFuture,
} from "./dates.js";

describe("calendar dates", () => {
  it("accepts real dates and rejects impossible ones", () => {
    expect(isoDate.safeParse("2024-02-29").success).toBe(true); // leap year
    expect(isoDate.safeParse("2023-02-29").success).toBe(false);
    expect(isoDate.safeParse("2026-04-31").success).toBe(false);
    expect(isoDate.safeParse("2026-4-1").success).toBe(false);
    expect(() => dateToUtcMs("2026-13-01", "on")).toThrow(InvalidInputError);
  });

  it("does day arithmetic across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2026-01-01", "2026-03-01")).toBe(59);
    expect(isoWeekday("2026-11-20")).toBe(5); // a Friday
    expect(isoWeekday("2026-11-22")).toBe(7); // a Sunday
  });

  it("finds the local date in a time zone", () => {
    const ms = Date.UTC(2026, 10, 20, 23, 30); // 23:30 UTC on 20 Nov
    expect(localDate(ms, "UTC")).toBe("2026-11-20");
    expect(localDate(ms, "Europe/Berlin")).toBe("2026-11-21"); // UTC+1 in November
    expect(localDate(ms, "America/New_York")).toBe("2026-11-20");
    expect(() => localDate(ms, "Mars/Olympus")).toThrow(InvalidInputError);
  });

  it("refuses dates that have not begun anywhere (UTC+14 is the earliest zone)", () => {
    const ms = Date.UTC(2026, 10, 20, 9, 59); // 23:59 on 20 Nov at UTC+14
    expect(requireNotFuture("date", "2026-11-20", ms)).toBe("2026-11-20");
    expect(() => requireNotFuture("date", "2026-11-21", ms)).toThrow(InvalidInputError);
    expect(requireNotFuture("date", "2026-11-21", ms + 60_000)).toBe("2026-11-21"); // midnight at UTC+14
  });
});
