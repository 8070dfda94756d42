import { InvalidInputError, requireRange } from "../errors.js";
import { hallBaseline, simulateHall, type HallOptions, type HallPerson } from "./hall-model.js";
import { maintenanceIntakeKcal } from "./maintenance.js";
import { noDeficitReason, requireSafeGoalWeight, waterAndGlycogenNote } from "../targets/goal-safety.js";

/** Guidance defaults: NHLBI floors (NHLBI 1998 guidelines) and the Helms 2014 upper loss rate. */
export const DEFAULT_FLOOR_KCAL = { female: 1300, male: 1500 } as const;
/** No plan may go below this, whatever the person asks (NHLBI: 1200 kcal/d lower bound). */
export const ABSOLUTE_FLOOR_KCAL = 1200;
/** Average loss cap, % of body weight per week (Helms, Aragon & Fitschen 2014, JISSN 11:20). */
export const DEFAULT_MAX_WEEKLY_LOSS_PCT = 1;
/** The longest plan the solver considers (10 years). */
export const MAX_GOAL_DAYS = 3650;

export interface GoalRequest {
  readonly person: HallPerson;
  readonly goalKg: number;
  /** Days until the goal date (1–3650). */
  readonly days: number;
  readonly model?: Omit<HallOptions, "days" | "intake">;
  /** Calorie floor (kcal/d, ≥ 1200); default 1300 women, 1500 men. */
  readonly floorKcal?: number;
  /** Average loss cap in % of body weight per week (0.1–1.5); default 1. */
  readonly maxWeeklyLossPct?: number;
}

export interface GoalPlan {
  /** EI0 = PAL·RMR: intake that keeps today's weight (kcal/d). */
  readonly baselineKcal: number;
  /** Constant intake that reaches the goal on the goal day; null when even 0 kcal/d cannot. */
  readonly intakeKcal: number | null;
  /** Intake that holds the goal's fat and lean mass afterwards (kcal/d). */
  readonly maintenanceKcal: number;
  readonly feasible: boolean;
  /** Why the plan is infeasible; empty when feasible. */
  readonly reasons: readonly string[];
  /** Fewest days for a feasible plan to the same goal; null when none within 10 years. */
  readonly earliestFeasibleDays: number | null;
  readonly floorKcal: number;
  /** Plain-words notes that do not make the plan infeasible (e.g. a goal so near it is water). */
  readonly notes: readonly string[];
}

type WeightAt = (intakeKcal: number) => number;

function weightAtDay(req: GoalRequest, days: number): WeightAt {
  return (intake) => {
    try {
      const traj = simulateHall(req.person, { ...req.model, days, intake: () => intake });
      return traj[traj.length - 1]?.weightKg ?? Number.NaN;
    } catch (e) {
      // Intake so low that the stores run out: certainly below any reachable goal.
      if (e instanceof InvalidInputError && e.field === "intake") return Number.NEGATIVE_INFINITY;
      throw e;
    }
  };
}

/**
 * The constant daily intake (kcal/d) that makes the simulated weight equal `goalKg` on day `days`,
 * by bracketed false position (Illinois) on the Hall simulation; weight rises with intake.
 * Returns null when even 0 kcal/d stays above the goal.
 *
 * @example
 * const person = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 } as const;
 * solveGoalIntake({ person, goalKg: 80, days: 180 }); // ≈ 1832 (≈ 5 MJ/d below 12.65 MJ/d)
 */
export function solveGoalIntake(req: GoalRequest, days: number = req.days): number | null {
  const b = hallBaseline(req.person);
  requireRange("goalKg", req.goalKg, 30, 300, "goal must be 30–300 kg");
  const f = weightAtDay(req, days);
  let lo = 0;
  let hi = 2 * b.intakeKcal + 1000;
  let fLo = f(lo) - req.goalKg;
  let fHi = f(hi) - req.goalKg;
  if (fLo > 0) return null;
  while (fHi < 0) {
    lo = hi;
    fLo = fHi;
    hi *= 2;
    if (hi > 20000) throw new InvalidInputError("goalKg", "goal gain is too large to reach in that time");
    fHi = f(hi) - req.goalKg;
  }
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-7; i++) {
    // False position when both ends are finite; bisection when the low end exhausts stores.
    const mid = Number.isFinite(fLo) ? (lo * fHi - hi * fLo) / (fHi - fLo) : (lo + hi) / 2;
    const fm = f(mid) - req.goalKg;
    if (Math.abs(fm) < 1e-9) return mid;
    if (fm < 0) {
      lo = mid;
      fLo = fm;
      if (side === -1) fHi /= 2; // Illinois: halve the stale end so the bracket keeps shrinking
      side = -1;
    } else {
      hi = mid;
      fHi = fm;
      if (side === 1 && Number.isFinite(fLo)) fLo /= 2;
      side = 1;
    }
  }
  return (lo + hi) / 2;
}

function floorFor(req: GoalRequest): number {
  const floor = req.floorKcal ?? DEFAULT_FLOOR_KCAL[req.person.sex];
  return requireRange(
    "floorKcal",
    floor,
    ABSOLUTE_FLOOR_KCAL,
    5000,
    "calorie floor must be 1200–5000 kcal/d",
  );
}

/** Fewest days at which an average loss stays within `pct` % of body weight per week (compounded). */
function minDaysForRate(startKg: number, goalKg: number, pct: number): number {
  if (goalKg >= startKg) return 1;
  return Math.max(1, Math.ceil((7 * Math.log(goalKg / startKg)) / Math.log(1 - pct / 100) - 1e-9));
}

function check(req: GoalRequest, days: number, floor: number, rateDays: number) {
  const intake = solveGoalIntake(req, days);
  const reasons: string[] = [];
  if (days < rateDays) {
    const pct = req.maxWeeklyLossPct ?? DEFAULT_MAX_WEEKLY_LOSS_PCT;
    reasons.push(`losing that much in ${days} days averages more than ${pct} % of body weight a week`);
  }
  if (intake === null) reasons.push(`the goal cannot be reached in ${days} days even eating nothing`);
  else if (intake < floor) {
    reasons.push(`it needs ${Math.round(intake)} kcal/d, below the ${floor} kcal/d floor`);
  }
  return { intake, reasons };
}

/**
 * Goal mode: the constant intake to reach `goalKg` in `days`, the intake that maintains it, and
 * whether the plan respects the calorie floor and the loss-rate cap; when it does not, the
 * earliest number of days that does. The safety screen runs first (targets/goal-safety.ts): a goal
 * below a healthy BMI, a gain goal, or a person under 18 is refused as InvalidInputError.
 *
 * @example
 * const person = { sex: "female", ageYears: 40, heightCm: 165, weightKg: 80, pal: 1.6 } as const;
 * planGoal({ person, goalKg: 70, days: 180 }).feasible; // → true
 */
export function planGoal(req: GoalRequest): GoalPlan {
  // Before the baseline, whose formula refuses under-18s with a bare range message.
  const noDeficit = noDeficitReason(req.person.ageYears);
  if (noDeficit !== null) throw new InvalidInputError("ageYears", noDeficit);
  const b = hallBaseline(req.person);
  requireRange("goalKg", req.goalKg, 30, 300, "goal must be 30–300 kg");
  requireSafeGoalWeight({
    sex: req.person.sex,
    heightCm: req.person.heightCm,
    weightKg: b.weightKg,
    goalKg: req.goalKg,
  });
  requireRange("days", req.days, 1, MAX_GOAL_DAYS, `days must be 1–${MAX_GOAL_DAYS}`);
  if (!Number.isInteger(req.days)) throw new InvalidInputError("days", "days must be a whole number");
  const pct = requireRange(
    "maxWeeklyLossPct",
    req.maxWeeklyLossPct ?? DEFAULT_MAX_WEEKLY_LOSS_PCT,
    0.1,
    1.5,
    "weekly loss cap must be 0.1–1.5 % of body weight",
  );
  const floor = floorFor(req);
  const rateDays = minDaysForRate(b.weightKg, req.goalKg, pct);
  const { intake, reasons } = check(req, req.days, floor, rateDays);
  const earliest = earliestFeasibleDays(req, floor, rateDays);
  const traj =
    intake === null ? null : simulateHall(req.person, { ...req.model, days: req.days, intake: () => intake });
  const end = traj?.[traj.length - 1];
  // Maintenance is defined at the goal state; when unreachable, at the goal's proportions.
  const fat = end ? end.fatKg : (b.fatKg * req.goalKg) / b.weightKg;
  const lean = end ? end.leanKg : (b.leanKg * req.goalKg) / b.weightKg;
  return {
    baselineKcal: b.intakeKcal,
    intakeKcal: intake,
    maintenanceKcal: maintenanceIntakeKcal(b, fat, lean, req.model),
    feasible: reasons.length === 0,
    reasons,
    earliestFeasibleDays: earliest,
    floorKcal: floor,
    notes: [waterAndGlycogenNote(b.weightKg, req.goalKg)].filter((n): n is string => n !== null),
  };
}

function earliestFeasibleDays(req: GoalRequest, floor: number, rateDays: number): number | null {
  const ok = (d: number) => check(req, d, floor, rateDays).reasons.length === 0;
  let lo = Math.min(rateDays, MAX_GOAL_DAYS);
  if (ok(lo)) return lo;
  if (!ok(MAX_GOAL_DAYS)) return null;
  let hi = MAX_GOAL_DAYS;
  // The required intake rises with the time allowed, so feasibility is monotone in days.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
