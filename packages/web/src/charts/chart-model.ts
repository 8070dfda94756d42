/**
 * The data a time chart draws, independent of the charting library: one x axis of calendar
 * days and any number of y series aligned to it (null = no value that day, drawn as a gap).
 * Pure functions here are unit-tested; time-chart.tsx hands the result to uPlot.
 */

export type SeriesStyle = "line" | "points" | "dashed" | "band";

export interface ChartSeries {
  /** Shown in the legend; also the key of the legend item's test id. */
  readonly label: string;
  /** Short machine key, used in test ids ("logged", "trend", "plan-low"). */
  readonly key: string;
  readonly style: SeriesStyle;
  /** CSS colour name from the palette in time-chart.tsx. */
  readonly color: ChartColor;
  readonly values: readonly (number | null)[];
  /** Band edges are drawn as a shaded area between two series and left out of the legend. */
  readonly hiddenInLegend?: boolean;
}

export type ChartColor = "accent" | "text" | "muted" | "plan" | "warn";

export interface ChartModel {
  /** Calendar days as YYYY-MM-DD, ascending, unique. */
  readonly dates: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Pairs of series keys [upper, lower] whose area is shaded. */
  readonly bands: readonly (readonly [string, string])[];
  /** Unit shown on the y axis ("kg", "cm", "kcal/d"). */
  readonly unit: string;
}

/** One named input series: a value per date (dates need not be shared between series). */
export interface DatedSeries extends Omit<ChartSeries, "values"> {
  readonly points: readonly { readonly date: string; readonly value: number }[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Merges series that have values on different days onto one sorted axis of the union of their
 * dates, with null where a series has no value. A date repeated within one series keeps the
 * last value (the API lists one weigh-in per day; this only guards against duplicates).
 *
 * @example
 * alignSeries([{ key: "a", label: "A", style: "line", color: "accent",
 *   points: [{ date: "2026-01-02", value: 1 }] }], [], "kg").dates; // → ["2026-01-02"]
 */
export function alignSeries(
  input: readonly DatedSeries[],
  bands: ChartModel["bands"],
  unit: string,
): ChartModel {
  const all = new Set<string>();
  for (const s of input)
    for (const p of s.points) {
      if (!ISO.test(p.date)) throw new Error(`chart series ${s.key}: "${p.date}" is not YYYY-MM-DD`);
      all.add(p.date);
    }
  const dates = [...all].sort();
  const index = new Map(dates.map((d, i) => [d, i]));
  const series = input.map(({ points, ...rest }): ChartSeries => {
    const values: (number | null)[] = dates.map(() => null);
    for (const p of points) values[index.get(p.date) as number] = Number.isFinite(p.value) ? p.value : null;
    return { ...rest, values };
  });
  const keys = new Set(series.map((s) => s.key));
  for (const [hi, lo] of bands)
    if (!keys.has(hi) || !keys.has(lo)) throw new Error(`chart band ${hi}/${lo} names a missing series`);
  return { dates, series, bands, unit };
}

/** How many values a series actually has (what the legend reports as its point count). */
export function pointCount(series: ChartSeries): number {
  return series.values.reduce<number>((n, v) => (v === null ? n : n + 1), 0);
}

/** Epoch seconds at 00:00 UTC of a YYYY-MM-DD day (uPlot's time axis counts seconds). */
export function dayToEpochSeconds(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`"${date}" is not a date`);
  return ms / 1000;
}

/** The y range to show: all values with 5 % headroom, never a zero-height range. */
export function valueRange(model: ChartModel): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const s of model.series)
    for (const v of s.values)
      if (v !== null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
  if (min === Infinity) return null;
  const pad = Math.max((max - min) * 0.05, Math.abs(max) * 0.005, 0.5);
  return { min: min - pad, max: max + pad };
}
