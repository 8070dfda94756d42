import { targetsForDay } from "@leanback/core/nutrition/day-targets";
import type { ServerDeps } from "../deps.js";
import { acceptedTargets } from "../features/energy/accepted-targets.js";
import { ConflictError, NotFoundError } from "../features/shared/errors.js";
import { treatsAffecting } from "../features/energy/treats-affecting.js";

export interface PlanTargets {
  readonly kcal: number;
  readonly proteinG: number;
  readonly floorKcal: number;
  /** Formula maintenance minus the accepted target, when positive: the plan's daily deficit. */
  readonly dailyDeficitKcal: number | undefined;
  /** The accepted target before the week's treats. */
  readonly baseKcal: number;
}

/**
 * The targets of `date` (default today): the accepted targets in force that day with the week's
 * treats applied (core targetsForDay), or null before there is a profile and a weigh-in.
 */
export async function planTargets(
  deps: Pick<ServerDeps, "db" | "now" | "newId">,
  userId: string,
  date?: string,
): Promise<PlanTargets | null> {
  try {
    const a = await acceptedTargets(deps, userId, date);
    const day = date ?? a.effectiveFrom;
    const t =
      date === undefined
        ? a.snapshot
        : targetsForDay(a.snapshot, await treatsAffecting(deps, userId, day), day);
    const deficit = a.snapshot.formulaKcal - a.snapshot.targetKcal;
    return {
      kcal: t.targetKcal,
      proteinG: a.snapshot.proteinGPerDay,
      floorKcal: a.snapshot.floorKcal,
      dailyDeficitKcal: deficit > 0 ? deficit : undefined,
      baseKcal: a.snapshot.targetKcal,
    };
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ConflictError) return null;
    throw e;
  }
}
