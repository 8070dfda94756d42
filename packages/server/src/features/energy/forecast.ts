import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { calibratedForecast } from "@leanback/core/energy/calibrated-forecast";
import { measuredFrom, trackRecord, type TrackRecord } from "@leanback/core/energy/track-record";
import type { DailyLog } from "@leanback/core/expenditure/daily-log";
import { addDays, daysBetween } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { parseInput } from "../shared/input.js";
import { loadEnergyContext, type EnergyContext } from "./energy-context.js";
import { estimateFor } from "./expenditure.js";
import { intakeDays } from "./intake-log.js";
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
  /**
   * "measured": Hall's model runs from the maintenance the person's own log measured (ADR 0012);
   * "formula": from RMR × PAL, until the log gives an estimate of at least medium confidence.
   */
  basis: z.enum(["measured", "formula"]),
  /** Maintenance the forecast runs from, kcal/d (rounded). */
  maintenanceKcal: z.int(),
  /**
   * Half-width of the band as % of the formula's baseline intake: ±10 % (NIH Body Weight Planner,
   * a plausible range) on the formula, the measured 80 % interval when measured.
   */
  bandPct: z.number(),
  points: z.array(
    z.strictObject({ date: z.string(), weightKg: z.number(), lowKg: z.number(), highKg: z.number() }),
  ),
  goalWeightKg: z.number().nullable(),
  /** First day the central forecast reaches the goal; null when it does not within the horizon. */
  goalReachedOn: z.string().nullable(),
  /**
   * The forecast of 4 weeks ago re-made from the log as it stood then, run at the intake logged
   * since, beside the weight now (both ends: the line through that time's weigh-ins). Null while
   * the log is too short.
   */
  trackRecord: z
    .strictObject({
      madeOn: z.string(),
      forDate: z.string(),
      basis: z.enum(["measured", "formula"]),
      intakeKcal: z.int(),
      forecastKg: z.number(),
      lowKg: z.number(),
      highKg: z.number(),
      actualKg: z.number(),
      errorKg: z.number(),
      withinBand: z.boolean(),
    })
    .nullable(),
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
  const measured = measuredFrom(estimateFor(ctx), ctx.log);
  const calibrated = calibratedForecast(ctx.person, measured, { days, intake: () => intake });
  const band = calibrated.band;
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
    basis: calibrated.basis,
    maintenanceKcal: Math.round(calibrated.maintenanceKcal),
    bandPct: band.pct,
    points,
    goalWeightKg: goal?.weightKg ?? null,
    goalReachedOn: reached === undefined ? null : addDays(ctx.today, reached.day),
    trackRecord: trackView(await fourWeeksAgo(deps, userId, ctx)),
  };
}

const TRACK_DAYS = 28;

/** The track record needs the diary of the 28 days before the forecast of 4 weeks ago, too. */
async function fourWeeksAgo(
  deps: UseCaseDeps,
  userId: string,
  ctx: EnergyContext,
): Promise<TrackRecord | undefined> {
  const from = addDays(ctx.today, -2 * TRACK_DAYS - 1);
  const diary = await intakeDays(deps, userId, from, addDays(ctx.today, -1));
  const byDate = new Map<string, DailyLog>();
  for (const r of ctx.log)
    if (r.weightKg !== undefined) byDate.set(r.date, { date: r.date, weightKg: r.weightKg });
  for (const d of diary)
    byDate.set(d.date, {
      ...byDate.get(d.date),
      date: d.date,
      intakeKcal: d.intakeKcal,
      complete: d.complete,
    });
  const log = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  try {
    return trackRecord({ log, person: ctx.person, today: ctx.today, horizonDays: TRACK_DAYS });
  } catch (e) {
    // A log the model cannot run from (e.g. a weight then outside the model's range): no record.
    if (e instanceof InvalidInputError) return undefined;
    throw e;
  }
}

function trackView(t: TrackRecord | undefined): ForecastView["trackRecord"] {
  if (t === undefined) return null;
  const kg = (v: number) => Math.round(v * 100) / 100;
  return {
    madeOn: t.madeOn,
    forDate: t.forDate,
    basis: t.basis,
    intakeKcal: Math.round(t.intakeKcal),
    forecastKg: kg(t.forecastKg),
    lowKg: kg(t.lowKg),
    highKg: kg(t.highKg),
    actualKg: kg(t.actualKg),
    errorKg: kg(t.errorKg),
    withinBand: t.withinBand,
  };
}
