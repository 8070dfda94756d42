import { useEffect, useRef, useState } from "preact/hooks";
import type uPlot from "uplot";
import {
  dayToEpochSeconds,
  pointCount,
  valueRange,
  type ChartColor,
  type ChartModel,
} from "./chart-model.js";
import "./chart.css";

export interface TimeChartProps {
  readonly model: ChartModel;
  /** Visible caption; also the accessible name of the chart. */
  readonly title: string;
  /** One-sentence summary for screen readers (the canvas itself is not readable). */
  readonly summary: string;
  /** Prefix of every test id: `${testId}`, `${testId}-legend`, `${testId}-series-<key>`. */
  readonly testId: string;
  readonly height?: number;
}

// uPlot is loaded on first use so it stays out of the first-load bundle (first-load budget, docs/adr/0006-web-stack.md).
let loader: Promise<typeof uPlot> | undefined;
function loadUplot(): Promise<typeof uPlot> {
  loader ??= Promise.all([import("uplot"), import("uplot/dist/uPlot.min.css")]).then(([m]) => m.default);
  return loader;
}

/** Canvas colours from the page's CSS custom properties, so dark mode applies to the chart. */
function palette(el: Element): Record<ChartColor | "grid", string> {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    accent: v("--accent", "#1f6f5c"),
    text: v("--text", "#17201c"),
    muted: v("--muted", "#4a5a53"),
    plan: v("--chart-plan", "#6a4fb3"),
    warn: v("--danger", "#a4262c"),
    grid: v("--border", "#c9d2cd"),
  };
}

function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m?.[1]) return color;
  const n = parseInt(m[1], 16);
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function options(
  model: ChartModel,
  width: number,
  height: number,
  el: Element,
  U: typeof uPlot,
): uPlot.Options {
  const c = palette(el);
  const range = valueRange(model);
  const series: uPlot.Series[] = [{}];
  for (const s of model.series) {
    const color = c[s.color];
    series.push({
      label: s.label,
      stroke: color,
      width: s.style === "band" ? 1 : 2,
      ...(s.style === "dashed" ? { dash: [6, 4] } : {}),
      ...(s.style === "points"
        ? {
            paths: () => null,
            points: { show: true, size: pointSize(width, s.values), fill: color, stroke: color },
          }
        : { points: { show: false } }),
      spanGaps: s.style !== "points",
    });
  }
  const idx = (key: string) => model.series.findIndex((s) => s.key === key) + 1;
  const axis = {
    stroke: c.muted,
    grid: { stroke: withAlpha(c.grid, 0.6), width: 1 },
    ticks: { stroke: c.grid },
  };
  return {
    width,
    height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true },
      y: range ? { range: [range.min, range.max] } : { auto: true },
    },
    axes: [
      { ...axis, values: (_u, splits) => splits.map((s) => shortDate(s)) },
      { ...axis, size: 48, values: (_u, splits) => splits.map((s) => `${round(s)}`) },
    ],
    series,
    bands: model.bands.map(([hi, lo]) => {
      const color = model.series.find((s) => s.key === hi)?.color ?? "plan";
      return { series: [idx(hi), idx(lo)] as [number, number], fill: withAlpha(c[color], 0.18) };
    }),
    // Keep uPlot's own tz handling out: our days are UTC midnights.
    tzDate: (ts) => U.tzDate(new Date(ts * 1000), "Etc/UTC"),
  };
}

/** Dots shrink when many share a narrow plot, so a phone shows a cloud rather than a smear (3–7 px). */
function pointSize(width: number, values: readonly (number | null)[]): number {
  const n = values.reduce<number>((k, v) => (v === null ? k : k + 1), 0);
  return Math.max(3, Math.min(7, Math.round(((width - 60) / Math.max(n, 1)) * 1.2)));
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10);

function shortDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${d.getUTCDate()} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()]}`;
}

/**
 * A time-series chart (uPlot on a canvas) with an HTML legend. The legend items carry the number
 * of points each series holds (data-points), so tests assert on data, not pixels.
 */
export function TimeChart({ model, title, summary, testId, height = 220 }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || model.dates.length === 0) return;
    let plot: uPlot | undefined;
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    loadUplot().then(
      (U) => {
        if (cancelled) return;
        const data: uPlot.AlignedData = [
          model.dates.map(dayToEpochSeconds),
          ...model.series.map((s) => s.values as (number | null)[]),
        ];
        plot = new U(options(model, Math.max(el.clientWidth, 200), height, el, U), data, el);
        observer = new ResizeObserver(() => plot?.setSize({ width: Math.max(el.clientWidth, 200), height }));
        observer.observe(el);
        setReady(true);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
      setReady(false);
    };
  }, [model, height]);

  const legend = model.series.filter((s) => !s.hiddenInLegend);
  return (
    <figure class="chart" data-testid={testId} data-ready={ready ? "true" : "false"}>
      <figcaption class="chart__title">{title}</figcaption>
      {model.dates.length === 0 ? (
        <p class="muted">No data yet.</p>
      ) : (
        <div
          class="chart__canvas"
          ref={box}
          role="img"
          aria-label={`${title}. ${summary}`}
          style={{ minHeight: `${height}px` }}
        >
          {failed && <p class="muted">The chart could not be loaded.</p>}
        </div>
      )}
      <ul class="chart__legend" data-testid={`${testId}-legend`}>
        {legend.map((s) => (
          <li key={s.key} data-testid={`${testId}-series-${s.key}`} data-points={pointCount(s)}>
            <span
              class={`chart__swatch chart__swatch--${s.style} chart__swatch--${s.color}`}
              aria-hidden="true"
            />
            {s.label} <span class="muted">({pointCount(s)})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
