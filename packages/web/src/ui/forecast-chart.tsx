import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Forecast, UnitSystem } from "../api/types.js";
import { formatMass, massUnit, massValue } from "./units.js";

/**
 * The weight forecast (Hall model, server-side) as a line inside its ±band, with the goal as a
 * dashed line. uPlot draws on a canvas, so the figure carries a text summary for screen readers.
 */
export function ForecastChart({ forecast, units }: { forecast: Forecast; units: UnitSystem }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || forecast.points.length < 2) return;
    const xs = forecast.points.map((p) => Date.parse(`${p.date}T00:00:00Z`) / 1000);
    const v = (kg: number) => massValue(kg, units);
    const goal = forecast.goalWeightKg;
    const css = getComputedStyle(document.documentElement);
    const accent = css.getPropertyValue("--accent").trim() || "#1f6f5c";
    const muted = css.getPropertyValue("--muted").trim() || "#4a5a53";
    const data: uPlot.AlignedData = [
      xs,
      forecast.points.map((p) => v(p.weightKg)),
      forecast.points.map((p) => v(p.lowKg)),
      forecast.points.map((p) => v(p.highKg)),
      forecast.points.map(() => (goal === null ? null : v(goal))),
    ];
    const opts: uPlot.Options = {
      width: Math.max(280, el.clientWidth),
      height: 220,
      legend: { show: false },
      cursor: { show: false },
      axes: [
        { stroke: muted, grid: { stroke: "rgba(128,128,128,0.15)" } },
        { stroke: muted, grid: { stroke: "rgba(128,128,128,0.15)" }, label: massUnit(units) },
      ],
      series: [
        {},
        { label: "forecast", stroke: accent, width: 2 },
        { label: "low", stroke: "transparent" },
        { label: "high", stroke: "transparent" },
        { label: "goal", stroke: muted, dash: [6, 6], width: 1 },
      ],
      bands: [{ series: [3, 2], fill: "rgba(92,199,166,0.22)" }],
    };
    const plot = new uPlot(opts, data, el);
    const resize = () => plot.setSize({ width: Math.max(280, el.clientWidth), height: 220 });
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      plot.destroy();
    };
  }, [forecast, units]);

  const lastPoint = forecast.points.at(-1);
  const summary = lastPoint
    ? `Forecast from ${formatMass(forecast.startWeightKg, units)} to about ${formatMass(lastPoint.weightKg, units)} by ${lastPoint.date} (likely ${formatMass(lastPoint.highKg, units)} to ${formatMass(lastPoint.lowKg, units)}).`
    : "No forecast yet.";
  return (
    <figure class="chart" data-testid="forecast-chart">
      <div ref={box} aria-hidden="true" />
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
