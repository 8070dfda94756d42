import { describe, expect, it } from "vitest";
import { adherenceText, commentPlace, rateText } from "./client-text.js";

describe("client list text", () => {
  it("writes adherence as counts", () => {
    const a = {
      from: "",
      to: "",
      days: 7,
      sessionsPlanned: 3,
      sessionsDone: 2,
      diaryDaysComplete: 5,
      weighInDays: 1,
    };
    expect(adherenceText(a)).toBe("2 of 3 sessions · 5 of 7 diary days complete · 1 weigh-in");
  });

  it("signs the rate and never writes −0.00", () => {
    expect(rateText(-0.404)).toBe("−0.40 kg/week");
    expect(rateText(0.2)).toBe("+0.20 kg/week");
    expect(rateText(-0.001)).toBe("0.00 kg/week");
    expect(rateText(null)).toBe("—");
  });

  it("places a session comment by its date and 1-based number", () => {
    expect(commentPlace({ subject: "session", subjectKey: "2026-12-02/0" })).toBe("2026-12-02, session 1");
    expect(commentPlace({ subject: "week", subjectKey: "2026-11-30" })).toBe("Week of 2026-11-30");
  });
});
