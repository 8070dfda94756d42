import { z } from "zod";
import { requireProfile } from "../profile/profile.js";
import { localDate } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { currentTargets } from "../energy/accepted-targets.js";
import { targetsSchema, type TargetsView } from "../energy/targets.js";
import { requireCurrentPlan, sessionsOn } from "./plan.js";

export const agendaSchema = z.strictObject({
  date: z.string(),
  timezone: z.string(),
  planId: z.string(),
  status: z.enum(["before-start", "active", "finished"]),
  week: z.int().nullable(),
  sessions: z.array(z.record(z.string(), z.unknown())),
  targets: targetsSchema.nullable(),
  /** Why targets is null (no weigh-in yet). */
  targetsMissing: z.string().nullable(),
});
export type AgendaView = z.output<typeof agendaSchema>;

/** Today's sessions from the current plan (today in the profile's time zone) and today's targets. */
export async function todayAgenda(deps: UseCaseDeps, userId: string): Promise<AgendaView> {
  const profile = await requireProfile(deps, userId);
  const plan = await requireCurrentPlan(deps, userId);
  const date = localDate(deps.now(), profile.timezone);
  const on = sessionsOn(plan, date);
  let targets: TargetsView | null = null;
  let targetsMissing: string | null = null;
  try {
    targets = await currentTargets(deps, userId);
  } catch (e) {
    if (!(e instanceof ConflictError || e instanceof NotFoundError)) throw e;
    targetsMissing = e.message;
  }
  return {
    date,
    timezone: profile.timezone,
    planId: plan.id,
    status: on.status,
    week: on.week,
    sessions: on.sessions as unknown as Record<string, unknown>[],
    targets,
    targetsMissing,
  };
}
