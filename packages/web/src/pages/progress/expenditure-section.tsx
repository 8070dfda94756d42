import { useMemo } from "preact/hooks";
import { alignSeries } from "../../charts/chart-model.js";
import { TimeChart } from "../../charts/time-chart.js";
import type { Forecast, UnitSystem } from "../../api/types.js";
import { kcalRange } from "../../ui/kcal-range.js";
import { forecastBasisLine, trackRecordLine } from "../../ui/track-record.js";
import type { CheckIn, Expenditure, Targets } from "../../api/progress-api.js";

export interface ExpenditureSectionProps {
  readonly expenditure: Expenditure | undefined;
  readonly targets: Targets | undefined;
  readonly checkIns: readonly CheckIn[];
  /** The 4-week forecast: its basis and track record are shown (absent while loading or on error). */
  readonly forecast?: Forecast | undefined;
  readonly units: UnitSystem;
}

/**
 * Adaptive expenditure (intake balance, Hall & Chow 2011, blended with the formula prior on the
 * server) now, and week by week from the check-ins, next to the calorie target.
 */
export function ExpenditureSection({
  expenditure,
  targets,
  checkIns,
  forecast,
  units,
}: ExpenditureSectionProps) {
  const model = useMemo(() => {
    const weeks = checkIns.filter((c) => c.expenditureKcal !== null);
    return alignSeries(
      [
        {
          key: "expenditure",
          label: "Expenditure",
          style: "line",
          color: "accent",
          points: weeks.map((c) => ({ date: c.weekStart, value: c.expenditureKcal as number })),
        },
        {
          key: "target",
          label: "Target intake",
          style: "dashed",
          color: "plan",
          points: checkIns.map((c) => ({ date: c.weekStart, value: c.targetKcal })),
        },
      ],
      [],
      "kcal/d",
    );
  }, [checkIns]);
  return (
    <section aria-labelledby="exp-h" class="card">
      <h2 id="exp-h">Energy</h2>
      {expenditure ? (
        <dl class="stats">
          <div>
            <dt>Expenditure</dt>
            <dd data-testid="expenditure-kcal">
              {kcalRange(expenditure.expenditureKcal, expenditure.low80Kcal, expenditure.high80Kcal)}
            </dd>
          </div>
          {targets && (
            <div>
              <dt>Target</dt>
              <dd>{targets.targetKcal} kcal/d</dd>
            </div>
          )}
          <div>
            <dt>Confidence</dt>
            <dd title="How narrow the 80 % range is: high within ±200 kcal/d, medium within ±350">
              {expenditure.confidence}
            </dd>
          </div>
        </dl>
      ) : (
        <p class="loading">Loading…</p>
      )}
      {expenditure && <p class="muted">{expenditure.note}</p>}
      {forecast && (
        <p class="muted" data-testid="forecast-basis">
          {forecastBasisLine(forecast)}
        </p>
      )}
      {forecast?.trackRecord && (
        <p data-testid="track-record">{trackRecordLine(forecast.trackRecord, units)}</p>
      )}
      {model.dates.length > 1 ? (
        <TimeChart
          model={model}
          title="Expenditure by week"
          summary={`${model.dates.length} weekly check-ins.`}
          testId="expenditure-chart"
          height={160}
        />
      ) : (
        <p class="muted">Weekly check-ins draw your expenditure over time here.</p>
      )}
      <p>
        <a href="/checkin">Weekly check-in</a>
      </p>
    </section>
  );
}
