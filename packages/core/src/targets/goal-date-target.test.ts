import { describe, expect, it } from "vitest";
import { simulateHall } from "../energy/hall-model.js";
import { InvalidInputError } from "../errors.js";
import { goalDateTarget } from "./goal-date-target.js";

const person = { sex: "female", ageYears: 40, heightCm: 165, weightKg: 80, pal: 1.6 } as const;

describe("goal-date target", () => {
  it("solves an intake that reaches the goal on the date in Hall's model (182 days)", () => {
    const t = goalDateTarget({
      person,
      goalKg: 72,
      startDate: "2026-01-01",
      goalDate: "2026-07-02",
      floorKcal: 1300,
    });
    expect(t.days).toBe(182);
    expect(t.plan.feasible).toBe(true);
    const intake = t.plan.intakeKcal;
    if (intake === null) throw new Error("no intake");
    const end = simulateHall(person, { days: 182, intake: () => intake }).at(-1);
    expect(end?.weightKg).toBeCloseTo(72, 1);
    expect(t.plan.maintenanceKcal).toBeGreaterThan(intake);
  });
  it("a goal too soon is infeasible and names the earliest date within the floor and 1 %/week", () => {
    const t = goalDateTarget({
      person,
      goalKg: 70,
      startDate: "2026-01-01",
      goalDate: "2026-01-29",
      floorKcal: 1300,
    });
    expect(t.plan.feasible).toBe(false);
    expect(t.earliestGoalDate).not.toBeNull();
    expect((t.earliestGoalDate ?? "") > "2026-01-29").toBe(true);
  });
  it("rejects dates out of order and goals above the current weight", () => {
    const base = { person, goalKg: 70, startDate: "2026-01-01", goalDate: "2026-06-01", floorKcal: 1300 };
    expect(() => goalDateTarget({ ...base, goalDate: "2025-12-01" })).toThrow(InvalidInputError);
    expect(() => goalDateTarget({ ...base, goalKg: 85 })).toThrow("goal must be below the current weight");
  });
});
