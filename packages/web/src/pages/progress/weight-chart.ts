import { forecastBand } from "@leanback/core/energy/forecast-band";
import type { HallPerson } from "@leanback/core/energy/hall-model";
import { addDays, isoToDay } from "@leanback/core/trend/iso-day";
import { trendWeights, type WeighIn } from "@leanback/core/trend/trend-weight";
import { kgToLb } from "@leanback/core/units/convert";
import { alignSeries, type ChartModel, type DatedSeries } from "../../charts/chart-model.js";

export type MassUnit = "kg" | "lb";

export interface WeightChartInput {
  readonly weighIns: readonly WeighIn[];
  /** The person at the first weigh-in, without weight (the first weigh-in supplies it). */
  readonly person: Omit<HallPerson, "weightKg"> | null;
  /** The daily intake the plan assumes (the target in force), kcal/d. */
  readonly targetKcal: number | null;
  /** Today in the user's zone, YYYY-MM-DD: the plan line runs `aheadDays` past it. */
  readonly today: string;
  readonly aheadDays: number;
  readonly unit: MassUnit;
}

export interface WeightChart {
  readonly model: ChartModel;
  /** Why the plan band is missing, when it is. */
  readonly planMissing: string | null;
  readonly latestTrendKg: number | null;
}

const MAX_PLAN_DAYS = 730;

/**
 * Weigh-ins (points), the trend weight (Walker 1991, core trend-weight.ts) and the plan: Hall's
 * dynamic model (Hall 2011, core forecast-band.ts) from the first weigh-in at the target intake,
 * with the ±10 % intake band of the NIH Body Weight Planner — plan vs actual on one chart.
 */
export function weightChart(input: WeightChartInput): WeightChart {
  const conv = (kg: number) => (input.unit === "lb" ? kgToLb(kg) : kg);
  const sorted = [...input.weighIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0];
  if (!first)
    return { model: alignSeries([], [], input.unit), planMissing: "no weigh-ins yet", latestTrendKg: null };
  const trend = trendWeights(sorted);
  const series: DatedSeries[] = [
    {
      key: "logged",
      label: "Weigh-ins",
      style: "points",
      color: "text",
      points: sorted.map((w) => ({ date: w.date, value: conv(w.weightKg) })),
    },
    {
      key: "trend",
      label: "Trend",
      style: "line",
      color: "accent",
      points: trend.map((p) => ({ date: p.date, value: conv(p.trendKg) })),
    },
  ];
  const bands: [string, string][] = [];
  let planMissing: string | null = null;
  if (!input.person) planMissing = "no profile";
  else if (input.targetKcal === null) planMissing = "no calorie target yet";
  else {
    const days = Math.min(
      MAX_PLAN_DAYS,
      Math.max(7, isoToDay(input.today, "today") - isoToDay(first.date, "date") + input.aheadDays),
    );
    const target = input.targetKcal;
    try {
      const band = forecastBand(
        { ...input.person, weightKg: first.weightKg },
        { days, intake: () => target },
      );
      const at = (d: { day: number; weightKg: number }) => ({
        date: addDays(first.date, d.day),
        value: conv(d.weightKg),
      });
      series.push(
        {
          key: "plan-high",
          label: "Plan range (±10 % intake)",
          style: "band",
          color: "plan",
          points: band.upper.map(at),
        },
        {
          key: "plan-low",
          label: "Plan range low",
          style: "band",
          color: "plan",
          hiddenInLegend: true,
          points: band.lower.map(at),
        },
        { key: "plan", label: "Plan", style: "dashed", color: "plan", points: band.central.map(at) },
      );
      // Higher intake → higher weight: the upper edge is the "upper" run.
      bands.push(["plan-high", "plan-low"]);
    } catch (e) {
      planMissing = e instanceof Error ? e.message : String(e);
    }
  }
  return {
    model: alignSeries(series, bands, input.unit),
    planMissing,
    latestTrendKg: trend.at(-1)?.trendKg ?? null,
  };
}
