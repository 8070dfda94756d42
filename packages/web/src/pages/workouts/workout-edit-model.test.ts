import { describe, expect, it } from "vitest";
import { formOf, patchBodyOf, RowError, type StoredWorkout } from "./workout-edit-model.js";

const stored: StoredWorkout = {
  id: "w1",
  date: "2026-11-18",
  title: "Back day",
  notes: null,
  plannedRef: "p:w1-wed",
  sets: [
    {
      exerciseId: "row-dumbbell-one-arm",
      reps: 10,
      loadKg: 8,
      loadType: "external",
      assistanceKg: null,
      rpe: 8,
      durationS: null,
    },
    {
      exerciseId: "pullup-assisted-machine",
      reps: 6,
      loadKg: null,
      loadType: "assisted",
      assistanceKg: 25,
      rpe: null,
      durationS: null,
    },
    {
      exerciseId: "plank",
      reps: null,
      loadKg: null,
      loadType: "none",
      assistanceKg: null,
      rpe: null,
      durationS: 40,
    },
  ],
  cardio: [{ modality: "rowing", durationS: 1200, distanceM: 4200, avgHr: null, metCode: "02071" }],
};

describe("workout edit form", () => {
  it("round-trips an unchanged workout exactly, in either unit", () => {
    for (const units of ["metric", "imperial"] as const) {
      const body = patchBodyOf(formOf(stored, units), units);
      expect(body.sets).toEqual([
        {
          exerciseId: "row-dumbbell-one-arm",
          loadType: "external",
          reps: 10,
          durationS: null,
          loadKg: 8,
          assistanceKg: null,
          rpe: 8,
        },
        {
          exerciseId: "pullup-assisted-machine",
          loadType: "assisted",
          reps: 6,
          durationS: null,
          loadKg: null,
          assistanceKg: 25,
          rpe: null,
        },
        {
          exerciseId: "plank",
          loadType: "none",
          reps: null,
          durationS: 40,
          loadKg: null,
          assistanceKg: null,
          rpe: null,
        },
      ]);
      expect(body.cardio).toEqual([
        { modality: "rowing", durationS: 1200, distanceM: 4200, avgHr: null, metCode: "02071" },
      ]);
      expect(body.title).toBe("Back day");
      expect(body.notes).toBeNull();
    }
  });

  it("reads an edited weight in the person's unit", () => {
    const f = formOf(stored, "imperial");
    expect(f.sets[0]?.weight).toBe("17.64");
    const edited = { ...f, sets: f.sets.map((s, i) => (i === 0 ? { ...s, weight: "22", reps: "8" } : s)) };
    const set = patchBodyOf(edited, "imperial").sets[0];
    expect(set?.reps).toBe(8);
    expect(set?.loadKg).toBeCloseTo(22 * 0.45359237, 9);
  });

  it("names the row and field it cannot save", () => {
    const f = formOf(stored, "metric");
    const bad = (g: typeof f) => {
      try {
        patchBodyOf(g, "metric");
      } catch (e) {
        return e instanceof RowError ? [e.list, e.index, e.field] : e;
      }
      return null;
    };
    expect(bad({ ...f, sets: f.sets.map((s, i) => (i === 1 ? { ...s, weight: "" } : s)) })).toEqual([
      "sets",
      1,
      "kg",
    ]);
    expect(bad({ ...f, sets: f.sets.map((s, i) => (i === 0 ? { ...s, reps: "ten" } : s)) })).toEqual([
      "sets",
      0,
      "reps",
    ]);
    expect(bad({ ...f, cardio: [{ ...f.cardio[0]!, minutes: "0" }] })).toEqual(["cardio", 0, "minutes"]);
    expect(bad({ ...f, title: " " })).toEqual(["title", 0, "title"]);
    expect(bad({ ...f, sets: [], cardio: [] })).toEqual(["sets", 0, "reps"]);
  });
});
