import type { ServerDeps } from "../deps.js";
import { currentTargets } from "../features/energy/accepted-targets.js";
import { ConflictError, NotFoundError } from "../features/shared/errors.js";

export interface PlanTargets {
  readonly kcal: number;
  readonly proteinG: number;
  readonly floorKcal: number;
  /** Formula maintenance minus the target, when positive: the plan's daily deficit. */
  readonly dailyDeficitKcal: number | undefined;
}

/**
 * The person's targets in force (the energy feature's currentTargets), or null before there is a
 * profile and a weigh-in to compute them from — the diary then simply shows no targets.
 */
export async function planTargets(
  deps: Pick<ServerDeps, "db" | "now" | "newId">,
  userId: string,
): Promise<PlanTargets | null> {
  try {
    const t = await currentTargets(deps, userId);
    const deficit = t.formulaKcal - t.targetKcal;
    return {
      kcal: t.targetKcal,
      proteinG: t.proteinGPerDay,
      floorKcal: t.floorKcal,
      dailyDeficitKcal: deficit > 0 ? deficit : undefined,
    };
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ConflictError) return null;
    throw e;
  }
}
