import { describe, expect, it } from "vitest";
import { nextAction, plannedSessionLogged, type DayFacts } from "./next-action.js";

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

describe("plannedSessionLogged", () => {
  it("counts the player's workout for today's week and day, from any plan id", () => {
    expect(plannedSessionLogged([{ plannedRef: "plan-9:w3-fri" }], 3, "fri")).toBe(true);
    expect(plannedSessionLogged([{ plannedRef: "local:w3-fri" }], 3, "fri")).toBe(true);
  });
  it("ignores workouts without a plannedRef (timers, extra sessions) and other days or weeks", () => {
    expect(plannedSessionLogged([], 3, "fri")).toBe(false);
    expect(plannedSessionLogged([{ plannedRef: null }, {}], 3, "fri")).toBe(false);
    expect(plannedSessionLogged([{ plannedRef: "p:w3-thu" }], 3, "fri")).toBe(false);
    expect(plannedSessionLogged([{ plannedRef: "p:w13-fri" }], 3, "fri")).toBe(false);
    expect(plannedSessionLogged([{ plannedRef: "p:w2-fri" }], 3, "fri")).toBe(false);
  });
  it("an unplanned workout today leaves the planned session as the next action", () => {
    const trained = plannedSessionLogged([{ plannedRef: null }], 3, "fri");
    expect(nextAction({ ...done, trainedToday: trained }).label).toBe("Start: Back strength A");
  });
});
