import { z } from "zod";
import { estimateExpenditure, type ExpenditureEstimate } from "@leanback/core/expenditure/window-estimate";
import type { UseCaseDeps } from "../shared/deps.js";
import { loadEnergyContext, type EnergyContext } from "./energy-context.js";

export const expenditureSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  /** Window regression of stored energy (ADR 0012), blended with the formula prior under 14 days (rounded). */
  expenditureKcal: z.int(),
  /** The 80 % interval, kcal/d (rounded): the truth on the log's scale lies inside 4 times in 5. */
  low80Kcal: z.int(),
  high80Kcal: z.int(),
  /** Intake balance alone (Hall & Chow 2011); null without complete diary days and 4 weigh-ins over 6+ days. */
  adaptiveKcal: z.number().nullable(),
  formulaKcal: z.number(),
  /** Share of the formula prior in expenditureKcal: by precision under 14 days of log, then 0. */
  priorWeight: z.number(),
  daysUsed: z.int(),
  /** By the interval's half-width: high ≤ 200 kcal/d, medium ≤ 350, else low. */
  confidence: z.enum(["low", "medium", "high"]),
  trendKgPerWeek: z.number().nullable(),
  energyDensityKcalPerKg: z.number(),
  energyDensitySource: z.enum(["forbes", "fallback"]),
  /** "none": no diary data at all — the estimate is the formula only. */
  intakeData: z.enum(["complete-days", "incomplete-only", "none"]),
  quality: z.strictObject({
    windowDays: z.int(),
    weighInDays: z.int(),
    completeDays: z.int(),
    incompleteDays: z.int(),
    missingIntakeDays: z.int(),
    weightGapDays: z.int(),
    longestWeightGapDays: z.int(),
    recentIntakeChange: z.boolean(),
  }),
  note: z.string(),
});
export type ExpenditureView = z.output<typeof expenditureSchema>;

/** The core estimate over the context's 28-day window ending yesterday. */
export function estimateFor(ctx: EnergyContext): ExpenditureEstimate {
  return estimateExpenditure(ctx.log, {
    from: ctx.windowFrom,
    to: ctx.windowTo,
    priorKcal: ctx.formulaKcal,
    ...(ctx.bodyFatPct !== undefined ? { bodyFatPct: ctx.bodyFatPct } : {}),
  });
}

export function expenditureView(ctx: EnergyContext, e: ExpenditureEstimate): ExpenditureView {
  const inWindow = ctx.intake.filter((d) => d.date >= ctx.windowFrom && d.date <= ctx.windowTo);
  const intakeData =
    e.quality.completeDays > 0 ? "complete-days" : inWindow.length > 0 ? "incomplete-only" : "none";
  const note =
    intakeData === "none"
      ? "No intake data: the food diary has no days in this window, so expenditure is the formula estimate (PAL × RMR) only. Log food and mark days complete to adapt it."
      : intakeData === "incomplete-only"
        ? "No diary day in this window is marked complete, so intake is not used: expenditure is the formula estimate only."
        : `Based on ${e.daysUsed} complete diary days and your weigh-ins${e.quality.priorWeight > 0 ? `, blended ${Math.round(e.quality.priorWeight * 100)} % with the formula estimate until 14 days` : ""}; 4 times in 5 the truth lies within ${Math.round(e.low80Kcal).toLocaleString("en-US")}–${Math.round(e.high80Kcal).toLocaleString("en-US")} kcal/d.`;
  const q = e.quality;
  return {
    from: e.from,
    to: e.to,
    expenditureKcal: Math.round(e.expenditureKcal),
    low80Kcal: Math.round(e.low80Kcal),
    high80Kcal: Math.round(e.high80Kcal),
    adaptiveKcal: e.adaptiveKcal ?? null,
    formulaKcal: ctx.formulaKcal,
    priorWeight: q.priorWeight,
    daysUsed: e.daysUsed,
    confidence: e.confidence,
    trendKgPerWeek: e.trendKgPerWeek ?? null,
    energyDensityKcalPerKg: e.energyDensityKcalPerKg,
    energyDensitySource: e.energyDensitySource,
    intakeData,
    quality: {
      windowDays: q.windowDays,
      weighInDays: q.weighInDays,
      completeDays: q.completeDays,
      incompleteDays: q.incompleteDays,
      missingIntakeDays: q.missingIntakeDays,
      weightGapDays: q.weightGapDays,
      longestWeightGapDays: q.longestWeightGapDays,
      recentIntakeChange: q.recentIntakeChange,
    },
    note,
  };
}

/** Adaptive expenditure from the person's weigh-ins and complete diary days. */
export async function expenditure(deps: UseCaseDeps, userId: string): Promise<ExpenditureView> {
  const ctx = await loadEnergyContext(deps, userId);
  return expenditureView(ctx, estimateFor(ctx));
}
