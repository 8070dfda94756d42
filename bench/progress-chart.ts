// Progress page weight chart (packages/web/src/pages/progress/weight-chart.ts): trend weights,
// Hall-model plan band (three runs) and series alignment, as the browser computes them on each
// change of weigh-ins. Median of N runs, printed only, never asserted.
import { weightChart } from "../packages/web/src/pages/progress/weight-chart.js";
import { medianMs } from "./_timing.js";

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function run(): Promise<void> {
  const end = Date.UTC(2026, 10, 20);
  const person = { sex: "male", ageYears: 38, heightCm: 178, pal: 1.5 } as const;
  const cases = [90, 365, 730].map((days) => {
    // One weigh-in a day, 0.07 kg/day down with a deterministic ±0.4 kg wobble.
    const weighIns = Array.from({ length: days }, (_, i) => ({
      date: iso(end - (days - 1 - i) * DAY_MS),
      weightKg: 95 - 0.07 * i * (365 / Math.max(days, 365)) + 0.4 * Math.sin(i * 2.3),
    }));
    return {
      days,
      input: { weighIns, person, targetKcal: 2100, today: iso(end), aheadDays: 28, unit: "kg" } as const,
    };
  });
  // Warm every case first: otherwise whichever case runs first pays for JIT and GC growth.
  for (let i = 0; i < 5; i++) for (const c of cases) weightChart(c.input);
  console.log("| weigh-in history | chart days | values drawn | weightChart, median of 21 (ms) |");
  console.log("|---:|---:|---:|---:|");
  for (const { days, input } of cases) {
    const chart = weightChart(input);
    const values = chart.model.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0);
    const ms = medianMs(21, () => weightChart(input));
    console.log(`| ${days} d | ${chart.model.dates.length} | ${values} | ${ms.toFixed(1)} |`);
  }
}
