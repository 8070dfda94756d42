import { InvalidInputError } from "../errors.js";
import { planGoal, type GoalPlan } from "../energy/goal-solver.js";
import type { HallPerson } from "../energy/hall-model.js";
import { dayToIso, isoToDay } from "../trend/iso-day.js";

// Goal-date mode: the constant intake that reaches a goal weight on a date, solved on Hall's
// dynamic model (Hall 2011 Lancet; energy/goal-solver.ts), checked against floor and 1 %/week.

export interface GoalDateTarget {
  readonly plan: GoalPlan;
  readonly days: number;
  /** The earliest date a plan within the floor and rate cap reaches the goal; null if none in 10 y. */
  readonly earliestGoalDate: string | null;
}

/**
 * Solves the daily intake for a goal weight by a goal date.
 *
 * @example
 * goalDateTarget({ person: { sex: "female", ageYears: 40, heightCm: 165, weightKg: 80, pal: 1.6 },
 *   goalKg: 70, startDate: "2026-01-01", goalDate: "2026-07-01", floorKcal: 1300 }).plan.intakeKcal; // ≈ 1600
 */
export function goalDateTarget(input: {
  readonly person: HallPerson;
  readonly goalKg: number;
  readonly startDate: string;
  readonly goalDate: string;
  readonly floorKcal: number;
}): GoalDateTarget {
  const start = isoToDay(input.startDate, "startDate");
  const end = isoToDay(input.goalDate, "goalDate");
  if (end <= start) throw new InvalidInputError("goalDate", "goal date must be after the start date");
  if (!(input.goalKg < input.person.weightKg))
    throw new InvalidInputError("goalKg", "goal must be below the current weight");
  const days = end - start;
  const plan = planGoal({ person: input.person, goalKg: input.goalKg, days, floorKcal: input.floorKcal });
  return {
    plan,
    days,
    earliestGoalDate: plan.earliestFeasibleDays === null ? null : dayToIso(start + plan.earliestFeasibleDays),
  };
}
