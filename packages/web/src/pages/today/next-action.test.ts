import { describe, expect, it } from "vitest";
import { nextAction, type DayFacts } from "./next-action.js";

const done: DayFacts = {
  weighedToday: true,
  sessionToday: "Back strength A",
  trainedToday: true,
  entriesToday: 3,
};

describe("nextAction", () => {
  it("asks for the weigh-in before anything else", () => {
    expect(nextAction({ ...done, weighedToday: false, trainedToday: false }).href).toBe("#weigh-in");
  });
  it("then the planned session, linking the player", () => {
    const a = nextAction({ ...done, trainedToday: false });
    expect(a).toMatchObject({ href: "/player/today", label: "Start: Back strength A" });
  });
  it("skips the session on a rest day and asks for food logging", () => {
    expect(nextAction({ ...done, sessionToday: null, entriesToday: 0 }).href).toBe("/diary");
  });
  it("does not nag about food when the diary is unavailable", () => {
    expect(nextAction({ ...done, entriesToday: null }).href).toBe("/progress");
  });
});
