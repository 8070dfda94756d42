import { nextLoads, type ExerciseNextLoad } from "@leanback/core/training/next-loads";
import { loadSchema } from "@leanback/core/training/prescription";
import { z } from "zod";
import { requireCurrentPlan, swappedProgram } from "../plan/plan.js";
import { findProfile } from "../profile/profile.js";
import { addDays, localDate } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { NotFoundError } from "../shared/errors.js";
import { workoutHistory } from "./workouts.js";

export const nextLoadSchema = z.strictObject({
  exerciseId: z.string(),
  /** The workout the suggestion is based on. */
  date: z.string(),
  load: loadSchema,
  change: z.enum(["up", "hold", "down"]),
  reason: z.string(),
});

/** How far back the log is read for each exercise's latest session. */
export const NEXT_LOAD_LOOKBACK_DAYS = 90;

/**
 * The next session's load of every exercise logged in the last 90 days, from how its latest
 * session went against the current plan (core/training/next-loads.ts): up when the last sets
 * were easy, hold at RPE 8–9, down at RPE 10 or missed reps. Without a plan, the catalogue's
 * rep range is the target.
 */
export async function workoutNextLoads(deps: UseCaseDeps, userId: string): Promise<ExerciseNextLoad[]> {
  const profile = await findProfile(deps, userId);
  const today = localDate(deps.now(), profile?.timezone ?? "UTC");
  const plan = await requireCurrentPlan(deps, userId).then(swappedProgram, (e: unknown) => {
    if (e instanceof NotFoundError) return undefined;
    throw e;
  });
  const workouts = await workoutHistory(deps, userId, {
    from: addDays(today, -NEXT_LOAD_LOOKBACK_DAYS),
    to: today,
  });
  return nextLoads(plan, workouts, profile?.unitSystem === "imperial" ? "lb" : "kg");
}
