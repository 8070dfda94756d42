import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hallBaseline, simulateHall, type HallDay, type HallPerson } from "./hall-model.js";
import { planGoal, solveGoalIntake } from "./goal-solver.js";
import { healthyWeightFloorKg } from "../targets/goal-safety.js";

const KCAL_PER_MJ = 1000 / 4.184;
const LANCET_MAN: HallPerson = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 };
const WOMAN: HallPerson = { sex: "female", ageYears: 40, heightCm: 160, weightKg: 70, pal: 1.4 };

function endOf(traj: readonly HallDay[]): HallDay {
  const d = traj[traj.length - 1];
  if (!d) throw new Error("empty trajectory");
  return d;
}

describe("solveGoalIntake", () => {
  it("Lancet 2011 Fig 3: 100 → 80 kg in 6 months needs ≈5 MJ/d less; ≈10.9 MJ/d maintains it", () => {
    const plan = planGoal({ person: LANCET_MAN, goalKg: 80, days: 182 });
    expect(plan.intakeKcal).not.toBeNull();
    const cutMj = (plan.baselineKcal - (plan.intakeKcal ?? 0)) / KCAL_PER_MJ;
    expect(cutMj).toBeGreaterThan(4.6);
    expect(cutMj).toBeLessThan(5.4);
    expect(plan.maintenanceKcal / KCAL_PER_MJ).toBeGreaterThan(10.6);
    expect(plan.maintenanceKcal / KCAL_PER_MJ).toBeLessThan(11.2);
  });

  it("round trip: simulating the solved intake reaches the goal within 0.1 kg", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("female" as const, "male" as const),
        fc.integer({ min: 18, max: 80 }),
        fc.double({ min: 150, max: 200, noNaN: true }),
        fc.double({ min: 55, max: 160, noNaN: true }),
        fc.double({ min: 1.4, max: 2.2, noNaN: true }),
        fc.double({ min: 0.8, max: 1.05, noNaN: true }),
        fc.integer({ min: 30, max: 400 }),
        (sex, ageYears, heightCm, weightKg, pal, ratio, days) => {
          const person: HallPerson = { sex, ageYears, heightCm, weightKg, pal };
          const goalKg = weightKg * ratio;
          const intake = solveGoalIntake({ person, goalKg, days });
          // null only when even fasting cannot get there; then fasting must stay above the goal.
          if (intake === null) {
            expect(endOf(simulateHall(person, { days, intake: () => 0 })).weightKg).toBeGreaterThan(goalKg);
            return;
          }
          const reached = endOf(simulateHall(person, { days, intake: () => intake })).weightKg;
          expect(Math.abs(reached - goalKg)).toBeLessThan(0.1);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("returns null when the goal is out of reach even at 0 kcal/d", () => {
    expect(solveGoalIntake({ person: LANCET_MAN, goalKg: 60, days: 14 })).toBeNull();
  });
});

describe("maintenance after the goal", () => {
  it("equals the baseline intake at the baseline state", () => {
    const plan = planGoal({ person: LANCET_MAN, goalKg: 100, days: 90 });
    expect(Math.abs(plan.maintenanceKcal - plan.baselineKcal)).toBeLessThan(1);
  });

  it("holds the goal for three more years", () => {
    const plan = planGoal({ person: WOMAN, goalKg: 64, days: 200 });
    const intake = plan.intakeKcal ?? Number.NaN;
    const traj = simulateHall(WOMAN, {
      days: 200 + 3 * 365,
      intake: (k) => (k < 200 ? intake : plan.maintenanceKcal),
    });
    // Glycogen and water refill a little when intake rises, so allow a few tenths of a kg.
    expect(Math.abs(traj[200]!.weightKg - 64)).toBeLessThan(0.01);
    for (const d of traj.slice(200)) expect(Math.abs(d.weightKg - 64)).toBeLessThan(0.4);
    // Fat and lean stay put: the drift in the last year is tiny.
    expect(Math.abs(endOf(traj).fatKg - traj[traj.length - 366]!.fatKg)).toBeLessThan(0.05);
  });
});

describe("feasibility", () => {
  it("a gentle plan is feasible", () => {
    const plan = planGoal({ person: WOMAN, goalKg: 65, days: 180 });
    expect(plan.feasible).toBe(true);
    expect(plan.reasons).toEqual([]);
    expect(plan.intakeKcal).toBeGreaterThanOrEqual(1300);
  });

  it("too fast: says why, and the earliest feasible number of days is feasible and minimal", () => {
    const plan = planGoal({ person: WOMAN, goalKg: 58, days: 60 });
    expect(plan.feasible).toBe(false);
    expect(plan.reasons.join(" ")).toMatch(/1 % of body weight a week/);
    expect(plan.reasons.join(" ")).toMatch(/below the 1300 kcal\/d floor/);
    const earliest = plan.earliestFeasibleDays;
    expect(earliest).not.toBeNull();
    const atEarliest = planGoal({ person: WOMAN, goalKg: 58, days: earliest ?? 0 });
    expect(atEarliest.feasible).toBe(true);
    expect(atEarliest.intakeKcal).toBeGreaterThanOrEqual(1300);
    expect(planGoal({ person: WOMAN, goalKg: 58, days: (earliest ?? 0) - 1 }).feasible).toBe(false);
  });

  it("property: any infeasible goal's earliest feasible days are feasible (and one day fewer is not)", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom("female" as const, "male" as const),
        fc.integer({ min: 18, max: 75 }),
        fc.double({ min: 150, max: 195, noNaN: true }),
        fc.double({ min: 60, max: 140, noNaN: true }),
        fc.double({ min: 1.4, max: 2.2, noNaN: true }),
        fc.double({ min: 0.75, max: 0.95, noNaN: true }),
        fc.integer({ min: 14, max: 120 }),
        (sex, ageYears, heightCm, weightKg, pal, ratio, days) => {
          const person: HallPerson = { sex, ageYears, heightCm, weightKg, pal };
          const req = { person, goalKg: weightKg * ratio, days };
          if (req.goalKg < healthyWeightFloorKg(heightCm)) {
            expect(() => planGoal(req)).toThrow(expect.objectContaining({ field: "goalKg" }));
            return;
          }
          const plan = planGoal(req);
          if (plan.feasible || plan.earliestFeasibleDays === null) return;
          checked++;
          const earliest = plan.earliestFeasibleDays;
          expect(earliest).toBeGreaterThan(days);
          const at = planGoal({ ...req, days: earliest });
          expect(at.feasible).toBe(true);
          expect(at.intakeKcal ?? 0).toBeGreaterThanOrEqual(at.floorKcal);
          expect(planGoal({ ...req, days: earliest - 1 }).feasible).toBe(false);
        },
      ),
      { numRuns: 12 },
    );
    expect(checked).toBeGreaterThan(3);
  });

  it("the rate cap alone: 1 %/week compounded", () => {
    // 100 → 95 kg: 7·ln(0.95)/ln(0.99) = 35.7 d → 36 days at the earliest.
    const plan = planGoal({ person: LANCET_MAN, goalKg: 95, days: 28, floorKcal: 1200 });
    expect(plan.feasible).toBe(false);
    expect(plan.earliestFeasibleDays).toBe(36);
    expect(planGoal({ person: LANCET_MAN, goalKg: 95, days: 36, floorKcal: 1200 }).feasible).toBe(true);
  });

  it("a goal whose own maintenance is below the floor is never feasible", () => {
    const small: HallPerson = { sex: "female", ageYears: 70, heightCm: 150, weightKg: 60, pal: 1.4 };
    const plan = planGoal({ person: small, goalKg: 45, days: 365 });
    expect(plan.maintenanceKcal).toBeLessThan(1300);
    expect(plan.feasible).toBe(false);
    expect(plan.earliestFeasibleDays).toBeNull();
  });

  it("a gain goal is named as one and refused: a fat-loss plan does not plan 70 → 72 kg", () => {
    expect(() => planGoal({ person: WOMAN, goalKg: 72, days: 120 })).toThrow(
      expect.objectContaining({ field: "goalKg", rule: expect.stringMatching(/weight-gain goal/) }),
    );
    // solveGoalIntake itself still answers a gain (the forecast uses it): more than baseline.
    expect(solveGoalIntake({ person: WOMAN, goalKg: 72, days: 120 }) ?? 0).toBeGreaterThan(
      hallBaseline(WOMAN).intakeKcal,
    );
  });

  it("refuses goals below a healthy weight with the nearest safe goal (55 kg, 165 cm woman → 45 kg)", () => {
    const woman: HallPerson = { sex: "female", ageYears: 30, heightCm: 165, weightKg: 55, pal: 1.5 };
    // 18.5 × 1.65² = 50.37 → 50.4 kg; 45 kg is BMI 16.5.
    expect(() => planGoal({ person: woman, goalKg: 45, days: 365 })).toThrow(
      expect.objectContaining({
        field: "goalKg",
        rule: expect.stringMatching(/BMI 16\.5.*nearest safe goal is 50\.4 kg/),
      }),
    );
    expect(planGoal({ person: woman, goalKg: 50.4, days: 365 }).feasible).toBe(true);
    // 100 kg, 178 cm man asking for 50 kg (BMI 15.8): refused, nearest 58.7 kg (18.5 × 1.78² = 58.62).
    const man: HallPerson = { sex: "male", ageYears: 40, heightCm: 178, weightKg: 100, pal: 1.6 };
    expect(() => planGoal({ person: man, goalKg: 50, days: 1000 })).toThrow(
      expect.objectContaining({ rule: expect.stringMatching(/nearest safe goal is 58\.7 kg/) }),
    );
  });

  it("plans no deficit under 18 and says why in plain words", () => {
    const teen: HallPerson = { sex: "female", ageYears: 16, heightCm: 165, weightKg: 70, pal: 1.6 };
    expect(() => planGoal({ person: teen, goalKg: 65, days: 180 })).toThrow(
      expect.objectContaining({
        field: "ageYears",
        rule: expect.stringMatching(/Under 18.*no calorie deficit/),
      }),
    );
  });

  it("says a goal reachable in days would be water and glycogen", () => {
    const plan = planGoal({ person: WOMAN, goalKg: 69.9, days: 1 });
    expect(plan.notes.join(" ")).toMatch(/water and glycogen/);
    expect(planGoal({ person: WOMAN, goalKg: 60, days: 365 }).notes).toEqual([]);
  });

  it("refuses a floor below 1200 kcal/d and bad goals", () => {
    expect(() => planGoal({ person: WOMAN, goalKg: 65, days: 180, floorKcal: 1000 })).toThrow(
      expect.objectContaining({ field: "floorKcal" }),
    );
    expect(() => planGoal({ person: WOMAN, goalKg: 20, days: 180 })).toThrow(
      expect.objectContaining({ field: "goalKg" }),
    );
    expect(() => planGoal({ person: WOMAN, goalKg: 65, days: 0 })).toThrow(
      expect.objectContaining({ field: "days" }),
    );
  });
});
