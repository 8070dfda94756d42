import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { epleyOneRepMaxKg, newRecords, personalRecords } from "./records.js";
import type { PerformedSession } from "./workout-log.js";

const session = (
  id: string,
  date: string,
  entries: PerformedSession["entries"],
  bodyWeightKg = 80,
): PerformedSession => ({
  id,
  plannedSessionId: null,
  date,
  bodyWeightKg,
  entries,
});
const db = (kg: number) => ({ kind: "external", kg, equipment: "dumbbell" }) as const;

describe("Epley 1RM", () => {
  it("is w·(1 + reps/30) for 2–10 reps and w for a single (Epley 1985)", () => {
    expect(epleyOneRepMaxKg(100, 10)).toBeCloseTo(133.333, 3);
    expect(epleyOneRepMaxKg(60, 5)).toBeCloseTo(70, 9);
    expect(epleyOneRepMaxKg(100, 1)).toBe(100);
  });
  it("refuses reps outside 1–10", () => {
    expect(() => epleyOneRepMaxKg(50, 11)).toThrow(InvalidInputError);
    expect(() => epleyOneRepMaxKg(50, 0)).toThrow(InvalidInputError);
  });
});

describe("personal records", () => {
  const log = [
    session("a", "2026-11-01", [
      {
        kind: "strength",
        exerciseId: "row-dumbbell-one-arm",
        sets: [
          { reps: 10, load: db(10) },
          { reps: 15, load: db(20) },
        ],
      },
      {
        kind: "strength",
        exerciseId: "pullup-assisted-machine",
        sets: [{ reps: 8, load: { kind: "assisted", assistKg: 30 } }],
      },
      { kind: "strength", exerciseId: "pushup", sets: [{ reps: 12, load: { kind: "bodyweight" } }] },
    ]),
    session("b", "2026-11-08", [
      { kind: "strength", exerciseId: "row-dumbbell-one-arm", sets: [{ reps: 8, load: db(12.5) }] },
      {
        kind: "strength",
        exerciseId: "pullup-assisted-machine",
        sets: [
          { reps: 6, load: { kind: "assisted", assistKg: 25 } },
          { reps: 0, load: { kind: "assisted", assistKg: 5 } },
        ],
      },
      { kind: "strength", exerciseId: "pushup", sets: [{ reps: 10, load: { kind: "bodyweight" } }] },
      {
        kind: "strength",
        exerciseId: "pullup-weighted",
        sets: [{ reps: 5, load: { kind: "added", kg: 10 } }],
      },
    ]),
  ];

  it("keeps the best e1RM within Epley's range, most reps, least assistance (with at least one rep)", () => {
    const r = personalRecords(log);
    const by = (id: string) => r.find((x) => x.exerciseId === id);
    // 15 reps at 20 kg is outside Epley's range; 8 × 12.5 → 15.83 beats 10 × 10 → 13.33.
    expect(by("row-dumbbell-one-arm")).toMatchObject({
      kind: "e1rm",
      sessionId: "b",
      fromSet: { loadKg: 12.5, reps: 8 },
    });
    expect(by("pullup-assisted-machine")).toMatchObject({
      kind: "min-assist",
      assistKg: 25,
      reps: 6,
      sessionId: "b",
    });
    expect(by("pushup")).toMatchObject({ kind: "max-reps", reps: 12, sessionId: "a" });
    // Weighted pull-up: effective load 80 + 10 = 90 kg × 5 → 105 kg.
    const w = by("pullup-weighted");
    expect(w?.kind === "e1rm" && w.kg).toBeCloseTo(105, 9);
  });

  it("reports only what a new session beats", () => {
    const today = session("c", "2026-11-15", [
      { kind: "strength", exerciseId: "pushup", sets: [{ reps: 13, load: { kind: "bodyweight" } }] },
      { kind: "strength", exerciseId: "row-dumbbell-one-arm", sets: [{ reps: 5, load: db(10) }] },
    ]);
    expect(newRecords(log, today).map((r) => `${r.exerciseId}:${r.kind}`)).toEqual(["pushup:max-reps"]);
    expect(newRecords([], today)).toHaveLength(2);
  });
});
