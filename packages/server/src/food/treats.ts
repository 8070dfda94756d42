import { InvalidInputError } from "@leanback/core/errors";
import { planTreat, type TreatPlan } from "@leanback/core/nutrition/treat-planner";
import { cancelTreatOn, insertTreat, listTreats, type Treat } from "@leanback/db/food/diary-repo";
import type { ServerDeps } from "../deps.js";
import { addDays, isoWeekday } from "../features/shared/dates.js";

type Deps = Pick<ServerDeps, "db" | "now" | "newId">;

export interface TreatRequest {
  readonly date: string;
  /** Calories above the day's target. */
  readonly kcal: number;
  /** Planned ahead (true) or already eaten and to be rebalanced (false). */
  readonly planned: boolean;
  /** The person's daily target and floor (from their plan). */
  readonly targetKcal: number;
  readonly floorKcal: number;
  /** "Today" in the person's time zone: days before it never change. */
  readonly today: string;
  readonly dailyDeficitKcal?: number;
  readonly clientId?: string;
}

/** The Monday–Sunday week containing `date`. */
export function isoWeekOf(date: string): string[] {
  const monday = addDays(date, 1 - isoWeekday(date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/**
 * Records a treat and rebalances the rest of its week around it: the other days that are still
 * ahead are lowered to keep the weekly budget, never below the floor; the plan says when that
 * cannot hold and what it costs. Treats already recorded that week count too.
 */
export async function recordTreat(
  deps: Deps,
  userId: string,
  req: TreatRequest,
): Promise<{ treat: Treat; plan: TreatPlan }> {
  if (!Number.isInteger(req.targetKcal) || req.targetKcal < 800 || req.targetKcal > 6000) {
    throw new InvalidInputError("targetKcal", "daily target must be a whole number 800–6000 kcal");
  }
  const week = isoWeekOf(req.date);
  const first = week[0] ?? req.date;
  const last = week[6] ?? req.date;
  const clientId = req.clientId ?? deps.newId();
  // Planning a day again replaces its treat (one live treat a day); a replay keeps its own.
  const treat = await deps.db.transaction().execute(async (trx) => {
    await cancelTreatOn(trx, userId, req.date, clientId, deps.now());
    return insertTreat(
      trx,
      userId,
      { id: deps.newId(), date: req.date, kcal: req.kcal, planned: req.planned, clientId },
      deps.now(),
    );
  });
  const others = (await listTreats(deps.db, userId, first, last)).filter((t) => t.id !== treat.id);
  // Earlier treats of the week raise their own days: the new plan starts from those targets.
  const days = week.map((date) => ({
    date,
    targetKcal: req.targetKcal + others.filter((t) => t.date === date).reduce((s, t) => s + t.kcal, 0),
  }));
  const adjustableFrom = req.planned
    ? req.today
    : ([req.today, addDays(req.date, 1)].sort().at(-1) ?? req.today);
  const plan = planTreat({
    days,
    treatDate: req.date,
    treatKcal: req.kcal,
    floorKcal: req.floorKcal,
    adjustableFrom,
    ...(req.dailyDeficitKcal !== undefined ? { dailyDeficitKcal: req.dailyDeficitKcal } : {}),
  });
  return { treat, plan };
}
