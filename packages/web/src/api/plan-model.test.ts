import { describe, expect, it } from "vitest";
import { catalogue } from "@leanback/core/training/catalogue";
import { generateProgram } from "@leanback/core/training/program-generator";
import type { Plan } from "@leanback/core/training/program-types";
import { planToIcs } from "@leanback/core/training/ical";
import {
  applySwaps,
  mondayOf,
  planCalendar,
  planWeek,
  programInputFor,
  sessionDate,
  swapOptions,
} from "./plan-model.js";

const profile = {
  equipment: ["pullup-bar", "dumbbells"],
  schedule: { days: ["mon", "wed", "fri"] as ("mon" | "wed" | "fri")[], minutes: 45 },
  cardioPrefs: ["walking", "rowing"],
  exclusions: [],
  fitness: { level: "beginner", pullups: 0, canHang: true },
};

const strengthIds = (plan: Plan) =>
  plan.weeks.flatMap((w) =>
    w.sessions.flatMap((s) => s.items.filter((i) => i.type === "strength").map((i) => i.exerciseId)),
  );

describe("programInputFor", () => {
  it("turns the profile into generator input that the core generator accepts, seeded by user", () => {
    const input = programInputFor(profile, "user-1");
    expect(input.days).toEqual(["mon", "wed", "fri"]);
    expect(input.seed).toBe("user-1");
    const a = generateProgram(input);
    const b = generateProgram(programInputFor(profile, "user-1"));
    expect(a).toEqual(b); // same profile, same user → same plan on every device
    expect(a.weeks.length).toBe(input.weeks);
  });

  it("drops values the generator would refuse instead of failing the whole plan", () => {
    const input = programInputFor(
      {
        ...profile,
        equipment: ["none", "spaceship"],
        exclusions: ["no-jumping", "not-an-exercise"],
        cardioPrefs: ["teleporting"],
      },
      "u",
    );
    expect(input.equipment).toEqual([]);
    expect(input.exclude).toEqual(["no-jumping"]);
    expect(input.cardio).toEqual([]);
    expect(() => generateProgram(input)).not.toThrow();
  });
});

describe("swapOptions", () => {
  it("offers only exercises of the same variation group that the equipment allows", () => {
    const cat = catalogue();
    for (const id of ["pullup", "row-dumbbell-one-arm", "pushup", "goblet-squat"]) {
      const group = cat.byId(id).variation.group;
      const options = swapOptions(id, profile.equipment, []);
      const usable = new Set(cat.usableWith(["pullup-bar", "dumbbells"]).map((e) => e.id));
      for (const o of options) {
        expect(o.variation.group).toBe(group);
        expect(usable.has(o.id)).toBe(true);
        expect(o.id).not.toBe(id);
      }
    }
    // The assisted machine is not owned: never offered.
    expect(swapOptions("pullup", profile.equipment, []).map((e) => e.id)).not.toContain(
      "pullup-assisted-machine",
    );
    expect(swapOptions("pullup", profile.equipment, []).map((e) => e.id)).toContain("chinup");
  });

  it("respects exclusions (ids and no-jumping)", () => {
    expect(swapOptions("pullup", profile.equipment, ["chinup"]).map((e) => e.id)).not.toContain("chinup");
    const jumpy = swapOptions("squat-bodyweight", profile.equipment, ["no-jumping"]);
    expect(jumpy.some((e) => e.jumping)).toBe(false);
  });
});

describe("applySwaps", () => {
  const plan = generateProgram(programInputFor(profile, "swap-test"));
  const from = strengthIds(plan)[0] as string;
  const to = swapOptions(from, profile.equipment, [])[0]?.id as string;

  it("replaces the exercise in every week, keeps the set count and the rest of the plan", () => {
    expect(to).toBeDefined();
    const swapped = applySwaps(plan, { [from]: to });
    expect(strengthIds(swapped)).not.toContain(from);
    expect(strengthIds(swapped).filter((x) => x === to).length).toBeGreaterThanOrEqual(
      strengthIds(plan).filter((x) => x === from).length,
    );
    expect(swapped.id).toBe(plan.id);
    const before = plan.weeks[0]?.sessions.flatMap((s) => s.items).find((i) => i.exerciseId === from);
    const after = swapped.weeks[0]?.sessions.flatMap((s) => s.items).find((i) => i.exerciseId === to);
    if (before?.type === "strength" && after?.type === "strength") {
      expect(after.dosage.sets).toBe(before.dosage.sets);
      expect(after.name).toBe(catalogue().byId(to).name);
    }
  });

  it("ignores swaps naming unknown exercises", () => {
    expect(applySwaps(plan, { [from]: "does-not-exist" })).toBe(plan);
  });
});

describe("planCalendar", () => {
  it("starts week 1 on the Monday of the set-up week and counts weeks from it", () => {
    // 2026-11-18 is a Wednesday; 2026-11-16 the Monday before it.
    expect(planCalendar("2026-11-18", "2026-11-18", 12)).toEqual({ start: "2026-11-16", week: 1 });
    expect(planCalendar("2026-11-16", "2026-11-22", 12).week).toBe(1); // Sunday still week 1
    expect(planCalendar("2026-11-16", "2026-11-23", 12).week).toBe(2);
    expect(planCalendar("2026-11-16", "2027-06-01", 12).week).toBe(12); // clamped to the plan
  });
});

describe("planWeek and sessionDate", () => {
  it("counts weeks from the start as the server agenda does, clamped, with before/finished", () => {
    expect(planWeek("2026-11-16", "2026-11-16", 12)).toEqual({ week: 1, status: "active" });
    expect(planWeek("2026-11-16", "2026-11-29", 12)).toEqual({ week: 2, status: "active" });
    expect(planWeek("2026-11-16", "2026-11-30", 12)).toEqual({ week: 3, status: "active" });
    expect(planWeek("2026-11-16", "2026-11-10", 12)).toEqual({ week: 1, status: "before" });
    expect(planWeek("2026-11-16", "2027-03-01", 12)).toEqual({ week: 12, status: "finished" });
  });

  it("puts every session on the date the iCalendar export gives it, also for a mid-week start", () => {
    const plan = generateProgram({ ...programInputFor(profile, "dates"), weeks: 3 });
    for (const start of ["2026-11-16", "2026-11-18", "2026-11-22"]) {
      const ics = planToIcs(plan, { start, timeOfDay: "07:00", stamp: "2026-11-20T00:00:00Z" });
      const fromIcs = [...ics.matchAll(/DTSTART:(\d{4})(\d{2})(\d{2})T/g)].map(
        (m) => `${m[1]}-${m[2]}-${m[3]}`,
      );
      const ours = plan.weeks.flatMap((w) =>
        w.sessions.filter((x) => x.kind !== "rest").map((x) => sessionDate(start, w.week, x.day)),
      );
      expect(ours).toEqual(fromIcs);
    }
  });

  it("finds the Monday of a week", () => {
    expect(mondayOf("2026-11-20")).toBe("2026-11-16"); // a Friday
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
    expect(mondayOf("2026-11-22")).toBe("2026-11-16"); // a Sunday
  });
});
