import { describe, expect, it } from "vitest";
import { ladderById } from "@leanback/core/training/ladder";
import { parseProgramInput } from "@leanback/core/training/program-input";
import { ladderChoice } from "@leanback/core/training/program-slots";
import type { Workout } from "../api/progress-api.js";
import { mondayOf, pullUpRung, weeklyTraining } from "./training-summary.js";

const set = (exerciseId: string, extra: Partial<Workout["sets"][number]> = {}): Workout["sets"][number] => ({
  exerciseId,
  setIndex: 0,
  reps: 8,
  loadKg: null,
  loadType: "bodyweight",
  assistanceKg: null,
  durationS: null,
  ...extra,
});
const workout = (date: string, sets: Workout["sets"], cardio: Workout["cardio"] = []): Workout => ({
  id: date,
  date,
  title: "w",
  sets,
  cardio,
});

describe("mondayOf", () => {
  it("finds the ISO week's Monday (2026-11-20 is a Friday)", () => {
    expect(mondayOf("2026-11-20")).toBe("2026-11-16");
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
    expect(mondayOf("2026-11-22")).toBe("2026-11-16");
  });
});

describe("weeklyTraining", () => {
  it("counts back sets, cardio minutes and interval rounds per week, zero weeks included", () => {
    const weeks = weeklyTraining(
      [
        workout(
          "2026-11-17",
          [set("pullup"), set("pullup"), set("pushup"), set("back-extension-floor")],
          [{ modality: "rowing", durationS: 1800 }],
        ),
        workout("2026-11-19", [
          set("intervals-rowing", { durationS: 30, reps: null }),
          set("intervals-rowing", { durationS: 30, reps: null }),
        ]),
        workout("2026-11-02", [set("pullup")]),
      ],
      "2026-11-20",
      3,
    );
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-11-16", "2026-11-09", "2026-11-02"]);
    expect(weeks[0]).toMatchObject({ workouts: 2, backSets: 3, cardioMinutes: 30, intervalRounds: 2 });
    expect(weeks[1]).toMatchObject({ workouts: 0, backSets: 0, cardioMinutes: 0, intervalRounds: 0 });
    expect(weeks[2]?.backSets).toBe(1);
  });
});

describe("pullUpRung", () => {
  const rungs = ladderById("pull-up").rungs.map((r) => r.exerciseId);

  it("takes the rung of the latest logged pull-up ladder exercise", () => {
    const r = pullUpRung(
      [workout("2026-11-01", [set("pullup")]), workout("2026-11-10", [set("chinup")])],
      "pullup-negative",
    );
    expect(r?.exerciseId).toBe("chinup");
    expect(r?.rung).toBe(rungs.indexOf("chinup") + 1);
    expect(r?.of).toBe(rungs.length);
    expect(r?.source).toBe("logged");
  });

  it("falls back to where the plan placed the person, and to nothing off the ladder", () => {
    // core program-slots: 0 pull-ups, can hang, no assisted machine → the nearest usable rung.
    const input = parseProgramInput({
      level: "beginner",
      days: ["mon"],
      minutes: 45,
      weeks: 1,
      equipment: ["pullup-bar"],
      pullups: 0,
      canHang: true,
    });
    const placed = ladderChoice("pull-up", input)?.exercise.id ?? null;
    const r = pullUpRung([], placed);
    expect(r?.source).toBe("plan");
    expect(r?.exerciseId).toBe(placed);
    expect(r?.exerciseId).not.toBe("pullup-assisted-machine"); // not owned
    expect(pullUpRung([], null)).toBeNull();
    expect(pullUpRung([], "goblet-squat")).toBeNull();
  });
});
