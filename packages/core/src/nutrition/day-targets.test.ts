import { describe, expect, it } from "vitest";
import { planTreat } from "./treat-planner.js";
import { targetsForDay } from "./day-targets.js";

const accepted = { targetKcal: 1800, floorKcal: 1300, proteinGPerDay: 128 };
// Hand-computed: a 600 kcal treat on Saturday 11-21, planned on Thursday 11-19 (Mon–Wed past):
// Thu, Fri, Sun give 200 each; the week's budget 7 × 1800 = 12 600 holds.
const sat = {
  date: "2026-11-21",
  kcal: 600,
  adjustments: [
    { date: "2026-11-19", changeKcal: -200 },
    { date: "2026-11-20", changeKcal: -200 },
    { date: "2026-11-21", changeKcal: 600 },
    { date: "2026-11-22", changeKcal: -200 },
  ],
};

describe("targetsForDay", () => {
  it("applies the treat's changes on top of the accepted target, and nothing on other days", () => {
    expect(targetsForDay(accepted, [sat], "2026-11-21")).toMatchObject({
      targetKcal: 2400,
      baseTargetKcal: 1800,
      treatChangeKcal: 600,
      proteinGPerDay: 128,
    });
    expect(targetsForDay(accepted, [sat], "2026-11-20").targetKcal).toBe(1600);
    expect(targetsForDay(accepted, [sat], "2026-11-18").targetKcal).toBe(1800);
    expect(targetsForDay(accepted, [], "2026-11-20").treatChangeKcal).toBe(0);
  });

  it("never lowers a day below the floor, even after the accepted target came down", () => {
    const lower = { ...accepted, targetKcal: 1400 };
    expect(targetsForDay(lower, [sat], "2026-11-20")).toMatchObject({
      targetKcal: 1300,
      treatChangeKcal: -100,
    });
  });

  it("matches the planner: the stored changes are the plan's, locked days excluded", () => {
    const days = [
      "2026-11-16",
      "2026-11-17",
      "2026-11-18",
      "2026-11-19",
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
    ].map((date) => ({ date, targetKcal: 1800 }));
    const plan = planTreat({
      days,
      treatDate: "2026-11-21",
      treatKcal: 600,
      floorKcal: 1300,
      adjustableFrom: "2026-11-19",
      lockedDates: ["2026-11-19"],
    });
    // Thu is complete (locked): Fri and Sun give 300 each.
    expect(plan.days.map((d) => d.changeKcal)).toEqual([0, 0, 0, 0, -300, 600, -300]);
    expect(plan.feasible).toBe(true);
  });
});
