import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import {
  afterQuietHours,
  dueReminders,
  localClock,
  minutesOfDay,
  type ReminderFacts,
  type ReminderSettings,
} from "./reminder-schedule.js";

const off: ReminderSettings = {
  weighInTime: null,
  sessionTime: null,
  checkInTime: null,
  quietStart: null,
  quietEnd: null,
};
const nothingDone: ReminderFacts = {
  weighedToday: false,
  sessionPlannedToday: true,
  sessionLoggedToday: false,
  checkInDoneThisWeek: false,
};
// Monday 2026-11-30 in Berlin (UTC+1 in winter) and New York (UTC−5).
const berlin = (h: number, m: number) => Date.UTC(2026, 10, 30, h - 1, m);

describe("localClock", () => {
  it("reads the wall clock of the zone, across the date line of UTC", () => {
    expect(localClock(Date.UTC(2026, 11, 3, 6, 30), "Europe/Berlin")).toEqual({
      date: "2026-12-03",
      weekday: 4,
      minute: 450,
    });
    // 03:00 UTC on Tuesday is 22:00 on Monday in New York.
    expect(localClock(Date.UTC(2026, 11, 1, 3, 0), "America/New_York")).toEqual({
      date: "2026-11-30",
      weekday: 1,
      minute: 22 * 60,
    });
    // Summer time: 06:30 UTC on 1 July is 08:30 in Berlin (UTC+2).
    expect(localClock(Date.UTC(2026, 6, 1, 6, 30), "Europe/Berlin").minute).toBe(510);
  });
});

describe("quiet hours", () => {
  it("hold a reminder to the quiet end the same day, drop one whose quiet runs to tomorrow", () => {
    expect(afterQuietHours(minutesOfDay("06:30"), "22:00", "07:00")).toBe(420);
    expect(afterQuietHours(minutesOfDay("23:00"), "22:00", "07:00")).toBeNull();
    expect(afterQuietHours(minutesOfDay("12:00"), "22:00", "07:00")).toBe(720);
    expect(afterQuietHours(minutesOfDay("13:30"), "13:00", "14:00")).toBe(840);
    expect(afterQuietHours(minutesOfDay("14:00"), "13:00", "14:00")).toBe(840);
    expect(afterQuietHours(minutesOfDay("06:30"), null, "07:00")).toBe(390);
  });

  it("names the field of a malformed time", () => {
    expect(() => minutesOfDay("7:30", "weighInTime")).toThrow(InvalidInputError);
    expect(() => minutesOfDay("24:00", "weighInTime")).toThrow(/HH:MM/);
  });
});

describe("dueReminders", () => {
  const all: ReminderSettings = { ...off, weighInTime: "07:30", sessionTime: "17:30", checkInTime: "09:00" };

  it("sends each kind from its local time for two hours, not before, not after", () => {
    const kinds = (ms: number, s = all, f = nothingDone) =>
      dueReminders(ms, "Europe/Berlin", s, f).map((r) => r.kind);
    expect(kinds(berlin(7, 29))).toEqual([]);
    expect(kinds(berlin(7, 30))).toEqual(["weigh-in"]);
    expect(kinds(berlin(9, 0))).toEqual(["weigh-in", "check-in"]);
    expect(kinds(berlin(9, 30))).toEqual(["check-in"]); // 07:30 + 120 min has passed
    expect(kinds(berlin(17, 45))).toEqual(["session"]);
    expect(kinds(berlin(19, 30))).toEqual([]);
    expect(dueReminders(berlin(7, 31), "Europe/Berlin", all, nothingDone)[0]?.localDate).toBe("2026-11-30");
  });

  it("skips what is done: weighed, session logged or not planned, check-in run; check-ins only on Mondays", () => {
    const at = (ms: number, f: Partial<ReminderFacts>) =>
      dueReminders(ms, "Europe/Berlin", all, { ...nothingDone, ...f }).map((r) => r.kind);
    expect(at(berlin(7, 45), { weighedToday: true })).toEqual([]);
    expect(at(berlin(17, 45), { sessionLoggedToday: true })).toEqual([]);
    expect(at(berlin(17, 45), { sessionPlannedToday: false })).toEqual([]);
    expect(at(berlin(9, 15), { checkInDoneThisWeek: true, weighedToday: true })).toEqual([]);
    // Tuesday 09:15 in Berlin: no check-in reminder.
    expect(at(Date.UTC(2026, 11, 1, 8, 15), { weighedToday: true })).toEqual([]);
  });

  it("uses the person's own zone: 07:30 in New York is 12:30 UTC", () => {
    const s = { ...off, weighInTime: "07:30" };
    expect(dueReminders(Date.UTC(2026, 10, 30, 7, 30), "America/New_York", s, nothingDone)).toEqual([]);
    expect(dueReminders(Date.UTC(2026, 10, 30, 12, 30), "America/New_York", s, nothingDone)).toHaveLength(1);
  });

  it("respects quiet hours: a 06:30 weigh-in with quiet 22:00–07:00 goes at 07:00", () => {
    const s = { ...off, weighInTime: "06:30", quietStart: "22:00", quietEnd: "07:00" };
    expect(dueReminders(berlin(6, 45), "Europe/Berlin", s, nothingDone)).toEqual([]);
    expect(dueReminders(berlin(7, 0), "Europe/Berlin", s, nothingDone).map((r) => r.kind)).toEqual([
      "weigh-in",
    ]);
  });
});
