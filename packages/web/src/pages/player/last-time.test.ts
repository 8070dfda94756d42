import { describe, expect, it } from "vitest";
import { lastTimes, type HistoryWorkout } from "./last-time.js";

const set = (exerciseId: string, setIndex: number, reps: number, assistanceKg: number | null = null) => ({
  exerciseId,
  setIndex,
  reps,
  loadKg: null,
  loadType: assistanceKg === null ? ("bodyweight" as const) : ("assisted" as const),
  assistanceKg,
  durationS: null,
});

describe("lastTimes", () => {
  it("takes each exercise's latest earlier day, all its sets in order, ignoring today", () => {
    const workouts: HistoryWorkout[] = [
      { date: "2026-11-16", sets: [set("pullup-assisted-machine", 0, 8, 30)] },
      {
        date: "2026-11-18",
        sets: [set("pullup-assisted-machine", 1, 7, 25), set("pullup-assisted-machine", 0, 8, 25)],
      },
      { date: "2026-11-20", sets: [set("pullup-assisted-machine", 0, 9, 20)] },
      { date: "2026-11-17", sets: [set("back-extension", 0, 10)] },
    ];
    const last = lastTimes(workouts, "2026-11-20");
    expect(last.get("pullup-assisted-machine")).toEqual({
      date: "2026-11-18",
      sets: [
        expect.objectContaining({ reps: 8, assistanceKg: 25 }),
        expect.objectContaining({ reps: 7, assistanceKg: 25 }),
      ],
    });
    expect(last.get("back-extension")?.date).toBe("2026-11-17");
    expect(last.has("pullup")).toBe(false);
  });
});
