import { z } from "zod";
import { forecastBand } from "@leanback/core/energy/forecast-band";
import { addDays, daysBetween } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { parseInput } from "../shared/input.js";
import { loadEnergyContext } from "./energy-context.js";
import { targetInForce } from "./accepted-targets.js";

export const forecastQuery = z.strictObject({
  days: z.coerce.number().int().min(7, "days must be 7–730").max(730, "days must be 7–730").optional(),
  intakeKcal: z.coerce
    .number()
    .int()
    .min(800, "intake must be 800–8000 kcal/d")
    .max(8000, "intake must be 800–8000 kcal/d")
    .optional(),
});

export const forecastSchema = z.strictObject({
  startDate: z.string(),
  startWeightKg: z.number(),
  intakeKcal: z.number(),
  days: z.int(),
  /** ±10 % of baseline intake (NIH Body Weight Planner): a plausible range, not a confidence interval. */
  bandPct: z.number(),
  points: z.array(
    z.strictObject({ date: z.string(), weightKg: z.number(), lowKg: z.number(), highKg: z.number() }),
  ),
  goalWeightKg: z.number().nullable(),
  /** First day the central forecast reaches the goal; null when it does not within the horizon. */
  goalReachedOn: z.string().nullable(),
});
export type ForecastView = z.output<typeof forecastSchema>;

const DEFAULT_DAYS = 182;

/**
 * Hall's dynamic model from today's trend weight at a constant intake (default: the target in
 * force), as a band; weekly points. Expenditure falls as weight falls — no 3500-kcal line here.
 */
export async function forecast(deps: UseCaseDeps, userId: string, raw: unknown = {}): Promise<ForecastView> {
  const q = parseInput(forecastQuery, raw);
  const ctx = await loadEnergyContext(deps, userId);
  const intake = q.intakeKcal ?? (await targetInForce(deps, userId)).targetKcal;
  const goal = ctx.profile.goal;
  const toGoalDate = goal?.date !== undefined ? daysBetween(ctx.today, goal.date) : undefined;
  const days = q.days ?? Math.min(730, Math.max(7, toGoalDate ?? DEFAULT_DAYS));
  const band = forecastBand(ctx.person, { days, intake: () => intake });
  const points: ForecastView["points"] = [];
  for (let d = 0; d <= days; d++) {
    if (d % 7 !== 0 && d !== days) continue;
    const c = band.central[d];
    const lo = band.lower[d];
    const hi = band.upper[d];
    if (!c || !lo || !hi) continue;
    points.push({
      date: addDays(ctx.today, d),
      weightKg: c.weightKg,
      lowKg: lo.weightKg,
      highKg: hi.weightKg,
    });
  }
  const reached = goal === null ? undefined : band.central.find((p) => p.weightKg <= goal.weightKg);
  return {
    startDate: ctx.today,
    startWeightKg: ctx.weightKg,
    intakeKcal: intake,
    days,
    bandPct: band.pct,
    points,
    goalWeightKg: goal?.weightKg ?? null,
    goalReachedOn: reached === undefined ? null : addDays(ctx.today, reached.day),
  };
}
