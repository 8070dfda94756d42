import type { Forecast, ForecastTrackRecord, UnitSystem } from "../api/types.js";
import { formatMass } from "./units.js";

const kcal = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * What the forecast is run from, in words.
 *
 * @example
 * forecastBasisLine({ basis: "measured", maintenanceKcal: 2480 }); // → "Forecasts run from your measured maintenance, about 2,480 kcal/d."
 */
export function forecastBasisLine(f: Pick<Forecast, "basis" | "maintenanceKcal">): string {
  return f.basis === "measured"
    ? `Forecasts run from your measured maintenance, about ${kcal(f.maintenanceKcal)} kcal/d.`
    : `Forecasts run from the formula (about ${kcal(f.maintenanceKcal)} kcal/d) until your log measures your own.`;
}

/**
 * The forecast's track record as a sentence, in the person's units.
 *
 * @example
 * trackRecordLine({ madeOn: "2026-10-23", forDate: "2026-11-19", lowKg: 76.1, highKg: 77.4,
 *   actualKg: 76.6, withinBand: true, … }, "metric");
 * // → "4 weeks ago we forecast 76.1–77.4 kg for today; your weight is 76.6 kg, inside that range."
 */
export function trackRecordLine(t: ForecastTrackRecord, units: UnitSystem): string {
  const weeks = Math.round((Date.parse(t.forDate) - Date.parse(t.madeOn)) / (7 * 86400000));
  const when = weeks === 1 ? "A week ago" : `${weeks} weeks ago`;
  const lo = formatMass(t.lowKg, units);
  const hi = formatMass(t.highKg, units);
  const range = `${lo.replace(/ (kg|lb)$/, "")}–${hi}`;
  const where = t.withinBand
    ? "inside that range"
    : t.actualKg > t.highKg
      ? "above that range"
      : "below that range";
  return `${when} we forecast ${range} for today; your weight is ${formatMass(t.actualKg, units)}, ${where}.`;
}
