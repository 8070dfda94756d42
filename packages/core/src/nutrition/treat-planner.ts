import { InvalidInputError } from "../errors.js";

export interface PlanDay {
  readonly date: string;
  /** The day's calorie target, whole kcal. */
  readonly targetKcal: number;
}

export interface TreatInput {
  /** The week's days with their current targets. */
  readonly days: readonly PlanDay[];
  readonly treatDate: string;
  /** Calories of the treat above that day's target, whole kcal. */
  readonly treatKcal: number;
  /** The person's calorie floor (e.g. 1300 women / 1500 men; NHLBI 1998 guidelines). */
  readonly floorKcal: number;
  /** Days before this date are past and never change (planned: today; unplanned: the day after the treat). */
  readonly adjustableFrom: string;
  /** The plan's daily deficit, to turn an uncovered remainder into days of delay; optional. */
  readonly dailyDeficitKcal?: number;
  /** Days that never change either (e.g. diary days already marked complete). */
  readonly lockedDates?: readonly string[];
}

export interface TreatPlan {
  readonly days: readonly (PlanDay & { readonly changeKcal: number })[];
  readonly weeklyBudgetKcal: number;
  readonly weeklyPlannedKcal: number;
  /** True when the other days absorb the whole treat without going below the floor. */
  readonly feasible: boolean;
  /** Calories the week goes over its budget (0 when feasible). */
  readonly overBudgetKcal: number;
  /**
   * Estimated delay of the forecast date in days: the uncovered calories at the plan's daily deficit
   * (an estimate, not the energy model); null when no deficit was given.
   */
  readonly forecastDelayDays: number | null;
  /** Estimated extra kg to lose, at ≈ 7700 kcal per kg of body fat (Wishnofsky 1958, 3500 kcal/lb). */
  readonly estimatedExtraKg: number;
}

const KCAL_PER_KG_FAT = 7700;

/**
 * Plans a treat: the treat day's target rises by the treat, the adjustable other days are lowered
 * evenly (water-filling, whole kcal) to keep the weekly budget, never below the floor; if they
 * cannot absorb it all, says by how much the week is over and what that costs in days.
 *
 * @example
 * planTreat({ days, treatDate: "2026-11-21", treatKcal: 600, floorKcal: 1500, adjustableFrom: "2026-11-20" }).feasible;
 */
export function planTreat(input: TreatInput): TreatPlan {
  const { days, treatKcal, floorKcal } = input;
  if (!Number.isInteger(treatKcal) || treatKcal <= 0 || treatKcal > 10_000) {
    throw new InvalidInputError("treatKcal", "treat calories must be a whole number 1–10000");
  }
  if (!Number.isInteger(floorKcal) || floorKcal < 800 || floorKcal > 4000) {
    throw new InvalidInputError("floorKcal", "floor must be a whole number 800–4000 kcal");
  }
  if (days.length === 0 || days.length > 14) throw new InvalidInputError("days", "a plan has 1–14 days");
  for (const d of days) {
    if (!Number.isInteger(d.targetKcal) || d.targetKcal <= 0)
      throw new InvalidInputError("targetKcal", "targets must be whole positive kcal");
  }
  if (!days.some((d) => d.date === input.treatDate))
    throw new InvalidInputError("treatDate", "the treat day must be one of the plan's days");
  const budget = days.reduce((s, d) => s + d.targetKcal, 0);
  const adjustable = days
    .map((d, i) => ({ i, cap: Math.max(0, d.targetKcal - floorKcal) }))
    .filter(({ i }) => {
      const d = days[i];
      return (
        d !== undefined &&
        d.date !== input.treatDate &&
        d.date >= input.adjustableFrom &&
        !(input.lockedDates ?? []).includes(d.date)
      );
    })
    .sort((a, b) => a.cap - b.cap || a.i - b.i);
  const cuts = new Map<number, number>();
  let remaining = treatKcal;
  let left = adjustable.length;
  for (const { i, cap } of adjustable) {
    const cut = Math.min(cap, Math.ceil(remaining / left));
    cuts.set(i, cut);
    remaining -= cut;
    left -= 1;
  }
  const planned = days.map((d, i) => {
    const change = d.date === input.treatDate ? treatKcal : 0 - (cuts.get(i) ?? 0);
    return { date: d.date, targetKcal: d.targetKcal + change, changeKcal: change };
  });
  const deficit = input.dailyDeficitKcal;
  if (deficit !== undefined && (!Number.isFinite(deficit) || deficit <= 0)) {
    throw new InvalidInputError("dailyDeficitKcal", "daily deficit must be positive");
  }
  return {
    days: planned,
    weeklyBudgetKcal: budget,
    weeklyPlannedKcal: planned.reduce((s, d) => s + d.targetKcal, 0),
    feasible: remaining === 0,
    overBudgetKcal: remaining,
    forecastDelayDays: deficit === undefined ? null : Math.ceil(remaining / deficit),
    estimatedExtraKg: Math.round((remaining / KCAL_PER_KG_FAT) * 100) / 100,
  };
}
