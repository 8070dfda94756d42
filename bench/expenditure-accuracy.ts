// Accuracy of the expenditure estimators on simulated logs (docs/adr/0012): bias, mean absolute
// error and 80 % interval coverage at 14, 21, 28 and 56 days, over many seeds and four people.
// The same logs go to every method. Nothing is timed.
import { runTrials, TRIAL_PEOPLE, type TrialMethod } from "@leanback/core/expenditure/estimator-trial";
import { SIMULATION_DEFAULTS } from "@leanback/core/expenditure/simulated-log";

const SEEDS = Number(process.env.EXPENDITURE_SEEDS ?? 250);
const NAMES: Record<TrialMethod, string> = {
  window: "window regression (new)",
  old: "smoothed trend (old)",
  plain28: "plain 28-day regression",
};

export async function run(): Promise<void> {
  const stats = runTrials({ seeds: SEEDS, days: [14, 21, 28, 56] });
  console.log(
    "| days | method | trials | complete days | bias kcal/d | MAE kcal/d | 80 % coverage | mean ± kcal/d |",
  );
  console.log("|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const s of stats)
    console.log(
      `| ${s.days} | ${NAMES[s.method]} | ${s.n} | ${s.meanCompleteDays.toFixed(1)} | ${s.biasKcal.toFixed(0)} | ${s.maeKcal.toFixed(0)} | ` +
        `${s.coverage80 === undefined ? "—" : `${(s.coverage80 * 100).toFixed(0)} %`} | ${s.meanHalfWidthKcal?.toFixed(0) ?? "—"} |`,
    );
  const d = SIMULATION_DEFAULTS;
  console.log(
    `\n${SEEDS} seeds × ${TRIAL_PEOPLE.length} people (${TRIAL_PEOPLE.map((p) => p.label).join("; ")}), the diet starting on day 1 ` +
      `(cut ±150 kcal/d around each person's, under-report 0–250 kcal/d). Scale noise sd ${d.scaleNoiseKg} kg, ` +
      `salty/carb days ${d.waterDayChance * 100} % (+${d.waterDayKg} kg × 0.5–1.5, halving daily), women's cycle 0–${d.cycleKg} kg, ` +
      `adherence sd ${d.adherenceSdKcal} kcal/d, misreport sd ${d.reportNoisePct} %, ${d.weighInChance * 100} % weigh-ins, ` +
      `${d.completeChance * 100} % complete days, trips ${d.tripChance * 100} %/day. Truth: mean Hall expenditure over the last ` +
      `28 days (or all days) minus the under-report. Prior: RMR × 1.6.`,
  );
}
