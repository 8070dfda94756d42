import { intervalPattern } from "@leanback/core/training/interval-templates";
import { describe, expect, it } from "vitest";
import { emptyLog, setFromForm, SetFieldError, workoutBody, workRounds } from "./workout-log.js";

describe("setFromForm", () => {
  it("an assisted set carries assistanceKg and no load", () => {
    expect(setFromForm("pullup-assisted-machine", "assisted", { reps: "8", kg: "22,5" })).toEqual({
      exerciseId: "pullup-assisted-machine",
      reps: 8,
      durationS: null,
      loadType: "assisted",
      loadKg: null,
      assistanceKg: 22.5,
    });
  });

  it("names the missing field the load type needs", () => {
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof SetFieldError ? e.field : "other";
      }
      return "none";
    };
    expect(field(() => setFromForm("pullup-assisted-machine", "assisted", { reps: "8", kg: "" }))).toBe("kg");
    expect(field(() => setFromForm("row-dumbbell-one-arm", "external", { reps: "12" }))).toBe("kg");
    expect(field(() => setFromForm("pullup", "bodyweight", { reps: "7.5" }))).toBe("reps");
    expect(field(() => setFromForm("pullup", "bodyweight", { reps: "" }))).toBe("reps");
    expect(field(() => setFromForm("pullup-assisted-machine", "assisted", { reps: "5", kg: "201" }))).toBe(
      "kg",
    );
  });

  it("carries the effort when given, in half steps of 1–10, and sends it", () => {
    const set = setFromForm("row-dumbbell-one-arm", "external", { reps: "12", kg: "8", rpe: "7,5" });
    expect(set.rpe).toBe(7.5);
    expect(
      setFromForm("row-dumbbell-one-arm", "external", { reps: "12", kg: "8", rpe: "" }).rpe,
    ).toBeUndefined();
    for (const rpe of ["11", "0", "7.3", "x"]) {
      const e = (() => {
        try {
          setFromForm("row-dumbbell-one-arm", "external", { reps: "12", kg: "8", rpe });
        } catch (err) {
          return err;
        }
      })();
      expect(e instanceof SetFieldError && e.field).toBe("rpe");
    }
    const body = workoutBody(
      { ...emptyLog(1), sets: [set] },
      { date: "2026-11-20", title: "Rows", plannedRef: null, finishedAt: 2, clientId: "c" },
    );
    expect(body.sets[0]).toMatchObject({ rpe: 7.5, reps: 12, loadKg: 8 });
  });

  it("a body-weight set without added load sends no load", () => {
    expect(setFromForm("pullup", "bodyweight", { reps: "5", kg: "" }).loadKg).toBeNull();
    expect(setFromForm("pullup", "bodyweight", { reps: "5", kg: "10" }).loadKg).toBe(10);
  });
});

describe("workoutBody", () => {
  it("leaves absent values out and keeps the order of sets", () => {
    const log = {
      ...emptyLog(1000),
      sets: [
        setFromForm("pullup-assisted-machine", "assisted", { reps: "8", kg: "30" }),
        setFromForm("pullup-assisted-machine", "assisted", { reps: "6", kg: "25" }),
      ],
      cardio: [{ exerciseId: "rowing-steady", modality: "rowing", durationS: 600 }],
    };
    const body = workoutBody(log, {
      date: "2026-11-20",
      title: "Pull",
      plannedRef: null,
      finishedAt: 500,
      clientId: "abcdefgh",
    });
    expect(body.sets).toEqual([
      { exerciseId: "pullup-assisted-machine", loadType: "assisted", reps: 8, assistanceKg: 30 },
      { exerciseId: "pullup-assisted-machine", loadType: "assisted", reps: 6, assistanceKg: 25 },
    ]);
    expect(body.cardio).toEqual([{ modality: "rowing", durationS: 600 }]);
    // A clock that went backwards must not produce finishedAt < startedAt (the API refuses it).
    expect(body.finishedAt).toBe(1000);
  });
});

describe("workRounds", () => {
  it("counts boxing 30/30 as three 30 s work rounds (docs/protocol.md §3)", () => {
    expect(workRounds(intervalPattern("boxing-30-30").spec)).toEqual({ count: 3, seconds: 30 });
  });
});
