import { describe, expect, it } from "vitest";
import { generateProgram } from "./program-generator.js";
import { PROTOCOL_START_KG, startingLoad, type StartingLoadInput } from "./starting-load.js";

const kg = (o: Partial<StartingLoadInput> & { exerciseId: string }): number => {
  const l = startingLoad({ level: "beginner", bodyWeightKg: 70, sex: "male", topReps: 12, ...o });
  if (l?.kind !== "external") throw new Error(`no load for ${o.exerciseId}`);
  return l.kg;
};

describe("starting loads", () => {
  it("an advanced man of 85 kg starts rows and rear-delt flyes far above the protocol's beginner dumbbells", () => {
    const advanced = { level: "advanced", bodyWeightKg: 85, sex: "male" } as const;
    // 85 × 1.0 × 0.4 = 34 kg "1RM"; 34 / (1 + 14/30) = 23.2 → 22.5 kg on 2.5 kg dumbbell steps.
    expect(kg({ ...advanced, exerciseId: "row-dumbbell-one-arm" })).toBe(22.5);
    // 85 × 1.0 × 0.08 = 6.8; 6.8 / 1.467 = 4.6 → 4 kg (1 kg steps below 10 kg).
    expect(kg({ ...advanced, exerciseId: "rear-delt-fly" })).toBe(4);
  });

  it("a beginner woman of 60 kg lands on the protocol's own starting loads", () => {
    const woman = { level: "beginner", bodyWeightKg: 60, sex: "female" } as const;
    for (const id of Object.keys(PROTOCOL_START_KG)) {
      const v = kg({ ...woman, exerciseId: id });
      expect(v, id).toBeGreaterThanOrEqual(PROTOCOL_START_KG[id] ?? 0);
      expect(v, id).toBeLessThanOrEqual((PROTOCOL_START_KG[id] ?? 0) + 2.5);
    }
  });

  it("rises with level and body weight; women start lower than men; unknown sex starts as a woman", () => {
    const id = "goblet-squat";
    const levels = (["beginner", "intermediate", "advanced"] as const).map((level) =>
      kg({ exerciseId: id, level, bodyWeightKg: 90 }),
    );
    expect(levels[0]).toBeLessThan(levels[1] ?? 0);
    expect(levels[1]).toBeLessThan(levels[2] ?? 0);
    expect(kg({ exerciseId: id, bodyWeightKg: 60 })).toBeLessThan(kg({ exerciseId: id, bodyWeightKg: 100 }));
    expect(kg({ exerciseId: id, sex: "female", level: "advanced" })).toBeLessThan(
      kg({ exerciseId: id, sex: "male", level: "advanced" }),
    );
    const { sex: _s, ...unknown } = {
      exerciseId: id,
      level: "advanced" as const,
      bodyWeightKg: 70,
      topReps: 12,
      sex: "x",
    };
    expect(startingLoad(unknown)).toEqual(startingLoad({ ...unknown, sex: "female" }));
  });

  it("gives no number where there is no basis (body weight, bands, carries)", () => {
    for (const id of ["pushup", "band-pull-apart", "farmer-carry"])
      expect(
        startingLoad({ exerciseId: id, level: "advanced", bodyWeightKg: 80, topReps: 12 }),
      ).toBeUndefined();
  });

  it("plans use them when the profile gives a body weight", () => {
    const base = {
      equipment: ["dumbbells", "pullup-bar", "bench"],
      days: ["mon", "wed", "fri"],
      minutes: 60,
      weeks: 1,
      seed: "loads",
    } as const;
    const rows = (p: ReturnType<typeof generateProgram>) =>
      p.weeks[0]?.sessions.flatMap((s) =>
        s.items.flatMap((i) => (i.type === "strength" && i.load?.kind === "external" ? [i.load.kg] : [])),
      ) ?? [];
    const without = rows(generateProgram({ ...base, level: "advanced" }));
    const calibrated = rows(generateProgram({ ...base, level: "advanced", bodyWeightKg: 85, sex: "male" }));
    expect(Math.max(...without)).toBeLessThanOrEqual(4.5);
    expect(Math.max(...calibrated)).toBeGreaterThan(10);
  });
});
