import { InvalidInputError } from "@leanback/core/errors";
import { planTreat, type TreatPlan } from "@leanback/core/nutrition/treat-planner";
import { listCompleteDays } from "@leanback/db/food/diary-repo";
import {
  cancelTreat,
  getTreat,
  getTreatSettings,
  insertPlannedTreat,
  treatsBetween,
  type StoredTreatRow,
} from "@leanback/db/food/treats-repo";
import type { ServerDeps } from "../deps.js";
import { addDays, isoWeekOf, isoWeekRange } from "../features/shared/dates.js";
import { NotFoundError } from "../features/shared/errors.js";

type Deps = Pick<ServerDeps, "db" | "now" | "newId">;

/**
 * Default treat limits (docs/protocol.md §6: treats are occasional and planned): one a week, at
 * most 1000 kcal above the day's target. Both are the person's settings (treat_settings).
 */
export const TREAT_DEFAULTS = { maxKcal: 1000, maxPerWeek: 1 } as const;

export interface TreatRequest {
  readonly date: string;
  /** Calories above the day's target. */
  readonly kcal: number;
  /** Planned ahead (true) or already eaten and to be rebalanced (false). */
  readonly planned: boolean;
  /** The person's daily target and floor (from their accepted targets). */
  readonly targetKcal: number;
  readonly floorKcal: number;
  /** "Today" in the person's time zone: days before it never change. */
  readonly today: string;
  readonly dailyDeficitKcal?: number;
  readonly clientId?: string;
  readonly label?: string;
}

export async function treatLimits(
  deps: Deps,
  userId: string,
): Promise<{ maxKcal: number; maxPerWeek: number }> {
  return (await getTreatSettings(deps.db, userId)) ?? TREAT_DEFAULTS;
}

/** Changes on days that may no longer move: before today, or diary days marked complete. */
function frozenPart(
  t: StoredTreatRow,
  today: string,
  complete: readonly string[],
): StoredTreatRow["adjustments"] {
  return t.adjustments.filter((a) => a.date < today || complete.includes(a.date));
}

/**
 * Plans (or records) a treat and stores the day-by-day changes it makes: the treat day rises, the
 * other days still ahead and not complete give a little, never below the floor. Refuses (422) a
 * treat the floor cannot absorb, one above the size limit, or one more than the weekly limit.
 * Planning the same day again replaces that day's treat: treats never stack.
 */
export async function recordTreat(
  deps: Deps,
  userId: string,
  req: TreatRequest,
): Promise<{ treat: { id: string; date: string; kcal: number; planned: boolean }; plan: TreatPlan }> {
  if (!Number.isInteger(req.targetKcal) || req.targetKcal < 800 || req.targetKcal > 6000) {
    throw new InvalidInputError("targetKcal", "daily target must be a whole number 800–6000 kcal");
  }
  const limits = await treatLimits(deps, userId);
  if (req.kcal > limits.maxKcal) {
    throw new InvalidInputError(
      "kcal",
      `a treat is at most ${limits.maxKcal} kcal (your treat size setting)`,
    );
  }
  if (req.planned && req.date < req.today) {
    throw new InvalidInputError("date", "a planned treat is for today or a later day");
  }
  if (!req.planned && req.date > req.today) {
    throw new InvalidInputError("date", "a treat already eaten is for today or an earlier day");
  }
  const { first, last } = isoWeekRange(req.date);
  return deps.db.transaction().execute(async (trx) => {
    const complete = await listCompleteDays(trx, userId, first, last);
    if (req.planned && complete.includes(req.date)) {
      throw new InvalidInputError("date", "that day's diary is complete: a treat cannot be planned on it");
    }
    const week = await treatsBetween(trx, userId, first, last);
    const sameDay = week.find((t) => !t.cancelled && t.date === req.date);
    // A replay of the same request (same clientId) returns what it stored the first time.
    const replay = week.find((t) => req.clientId !== undefined && t.clientId === req.clientId);
    if (replay !== undefined && !replay.cancelled) {
      const days = isoWeekOf(replay.date).map((date) => {
        const changeKcal = replay.adjustments.find((a) => a.date === date)?.changeKcal ?? 0;
        return { date, targetKcal: req.targetKcal + changeKcal, changeKcal };
      });
      const budget = days.reduce((s, d) => s + d.targetKcal - d.changeKcal, 0);
      return {
        treat: { id: replay.id, date: replay.date, kcal: replay.kcal, planned: replay.planned },
        plan: {
          days,
          weeklyBudgetKcal: budget,
          weeklyPlannedKcal: days.reduce((s, d) => s + d.targetKcal, 0),
          feasible: true,
          overBudgetKcal: 0,
          forecastDelayDays: req.dailyDeficitKcal === undefined ? null : 0,
          estimatedExtraKg: 0,
        },
      };
    }
    const others = week.filter((t) => t !== sameDay);
    if (others.filter((t) => !t.cancelled).length >= limits.maxPerWeek) {
      throw new InvalidInputError(
        "date",
        `at most ${limits.maxPerWeek} treat${limits.maxPerWeek === 1 ? "" : "s"} a week (your treat frequency setting)`,
      );
    }
    // The day's earlier treat is replaced: only its changes on frozen days stay.
    const kept = sameDay === undefined ? [] : frozenPart(sameDay, req.today, complete);
    const change = (date: string) =>
      [...others.flatMap((t) => t.adjustments), ...kept]
        .filter((a) => a.date === date)
        .reduce((s, a) => s + a.changeKcal, 0);
    const days = isoWeekOf(req.date).map((date) => ({ date, targetKcal: req.targetKcal + change(date) }));
    const adjustableFrom = req.planned
      ? req.today
      : ([req.today, addDays(req.date, 1)].sort().at(-1) ?? req.today);
    const plan = planTreat({
      days,
      treatDate: req.date,
      treatKcal: req.kcal,
      floorKcal: req.floorKcal,
      adjustableFrom,
      lockedDates: complete,
      ...(req.dailyDeficitKcal !== undefined ? { dailyDeficitKcal: req.dailyDeficitKcal } : {}),
    });
    if (!plan.feasible) {
      throw new InvalidInputError(
        "kcal",
        `the rest of the week can give at most ${req.kcal - plan.overBudgetKcal} kcal without going below your floor of ${req.floorKcal} kcal/d`,
      );
    }
    if (sameDay !== undefined) await cancelTreat(trx, userId, sameDay.id, kept, deps.now());
    const id = deps.newId();
    await insertPlannedTreat(
      trx,
      userId,
      {
        id,
        date: req.date,
        kcal: req.kcal,
        planned: req.planned,
        label: req.label ?? null,
        clientId: req.clientId ?? deps.newId(),
        adjustments: plan.days
          .filter((d) => d.changeKcal !== 0)
          .map((d) => ({ date: d.date, changeKcal: d.changeKcal })),
      },
      deps.now(),
    );
    return { treat: { id, date: req.date, kcal: req.kcal, planned: req.planned }, plan };
  });
}

/** The live treats from `from` on (the treat planner's list). */
export async function upcomingTreats(deps: Deps, userId: string, from: string): Promise<StoredTreatRow[]> {
  return (await treatsBetween(deps.db, userId, from, "9999-12-31")).filter((t) => !t.cancelled);
}

/**
 * Deletes a treat: its changes on days still ahead are undone; those on days already past or
 * complete stay (those days never change again). 404 when there is no such live treat.
 */
export async function removeTreat(deps: Deps, userId: string, id: string, today: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const t = await getTreat(trx, userId, id);
    if (t === undefined) throw new NotFoundError("treat");
    const { first, last } = isoWeekRange(t.date);
    const complete = await listCompleteDays(trx, userId, first, last);
    if (t.date < today || complete.includes(t.date)) {
      throw new InvalidInputError("id", "that treat's day is past or complete: it stays as it was");
    }
    await cancelTreat(trx, userId, id, frozenPart(t, today, complete), deps.now());
  });
}
