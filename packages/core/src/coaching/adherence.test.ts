import { describe, expect, it } from "vitest";
import { adherence } from "./adherence.js";

describe("adherence", () => {
  const facts = {
    plannedSessionDates: ["2026-01-04", "2026-01-05", "2026-01-07", "2026-01-09", "2026-01-12"],
    doneSessionDates: ["2026-01-04", "2026-01-05", "2026-01-09"],
    completeDiaryDates: ["2026-01-05", "2026-01-06", "2026-01-11", "2026-01-12"],
    weighInDates: ["2026-01-05", "2026-01-05", "2026-01-08", "2026-01-11"],
  };

  it("counts what falls inside the window, both ends included", () => {
    // Mon 5 – Sun 11 January: planned 5, 7, 9 (the 4th and 12th are outside); done 5, 9;
    // complete diary 5, 6, 11; weigh-in days 5 (twice → once), 8, 11.
    expect(adherence("2026-01-05", "2026-01-11", facts)).toEqual({
      from: "2026-01-05",
      to: "2026-01-11",
      days: 7,
      sessionsPlanned: 3,
      sessionsDone: 2,
      diaryDaysComplete: 3,
      weighInDays: 3,
    });
  });

  it("never counts more sessions done than planned", () => {
    const r = adherence("2026-01-05", "2026-01-05", {
      ...facts,
      doneSessionDates: ["2026-01-05", "2026-01-05"],
    });
    expect(r).toMatchObject({ days: 1, sessionsPlanned: 1, sessionsDone: 1 });
  });

  it("refuses a window that ends before it starts", () => {
    expect(() => adherence("2026-01-05", "2026-01-04", facts)).toThrow(/to/);
  });
});
