import { describe, expect, it } from "vitest";
import { loggedSession, workoutForSession } from "./logged-session.js";

describe("loggedSession", () => {
  const w = [
    { id: "timer", date: "2026-11-20", plannedRef: null },
    { id: "wed", date: "2026-11-18", plannedRef: "p1:w3-wed" },
    { id: "fri", date: "2026-11-20", plannedRef: "local-plan:w3-fri" },
  ];
  it("finds the workout of that session on that day, whatever the plan id", () => {
    expect(loggedSession(w, "2026-11-20", "w3-fri")?.id).toBe("fri");
    expect(loggedSession(w, "2026-11-18", "w3-wed")?.id).toBe("wed");
  });
  it("a session logged another day, or an unplanned workout, does not count", () => {
    expect(loggedSession(w, "2026-11-20", "w3-wed")).toBeUndefined();
    expect(loggedSession(w, "2026-11-21", "w3-fri")).toBeUndefined();
    expect(loggedSession([{ id: "x", date: "2026-11-20" }], "2026-11-20", "w3-fri")).toBeUndefined();
  });
});

describe("workoutForSession", () => {
  it("finds the session on any day, never another session", () => {
    const w = [
      { id: "late", date: "2026-11-21", plannedRef: "p1:w3-fri" },
      { id: "w13", date: "2026-11-21", plannedRef: "p1:w13-fri" },
    ];
    expect(workoutForSession(w, "w3-fri")?.id).toBe("late");
    expect(workoutForSession(w, "w13-fri")?.id).toBe("w13");
    expect(workoutForSession(w, "w1-fri")).toBeUndefined();
  });
});
