import { catalogue } from "@leanback/core/training/catalogue";
import { exerciseDisplayName } from "@leanback/core/training/exercise-match";
import { kgToLb } from "@leanback/core/units/convert";
import { shortDate } from "../../ui/format.js";
import type { PersonalRecordView, Workout } from "../../api/progress-api.js";
import type { LadderPosition, WeekSummary } from "../../ui/training-summary.js";
import type { MassUnit } from "./weight-chart.js";

export interface TrainingSectionProps {
  readonly weeks: readonly WeekSummary[];
  readonly records: readonly PersonalRecordView[];
  readonly ladder: LadderPosition | null;
  readonly unit: MassUnit;
  /** The latest workouts, newest first: each opens its edit page. */
  readonly recent?: readonly Workout[];
}

// Imported exercises the catalogue lacks show under their own name ("custom:Hip Thrust").
const nameOf = (id: string) => exerciseDisplayName(catalogue(), id);

/** Weekly training totals, personal records and the pull-up ladder rung. */
export function TrainingSection({ weeks, records, ladder, unit, recent = [] }: TrainingSectionProps) {
  const kg = (v: number) => `${(unit === "lb" ? kgToLb(v) : v).toFixed(1)} ${unit}`;
  const recordText = (r: PersonalRecordView) =>
    r.kind === "e1rm"
      ? `${kg(r.kg ?? NaN)} estimated 1RM`
      : r.kind === "max-reps"
        ? `${r.reps ?? "?"} reps`
        : `${r.reps ?? "?"} reps with ${kg(r.assistKg ?? NaN)} assistance`;
  return (
    <section aria-labelledby="training-h" class="card">
      <h2 id="training-h">Training</h2>
      {ladder && (
        <p data-testid="ladder-rung">
          Pull-up ladder: rung <strong>{ladder.rung}</strong> of {ladder.of} — {ladder.name}
          {ladder.source === "plan" && (
            <span class="muted"> (where your plan starts you; log workouts to climb)</span>
          )}
        </p>
      )}
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Training per week">
        <table data-testid="training-weeks">
          <caption class="visually-hidden">Training per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Workouts</th>
              <th scope="col">Back sets</th>
              <th scope="col">Cardio (min)</th>
              <th scope="col">Interval rounds</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <td>{shortDate(w.weekStart)}</td>
                <td>{w.workouts}</td>
                <td>{w.backSets}</td>
                <td>{w.cardioMinutes}</td>
                <td>{w.intervalRounds}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Personal records</h3>
      {records.length === 0 ? (
        <p class="muted">Log workouts to set records.</p>
      ) : (
        <ul class="records" data-testid="records">
          {records.map((r) => (
            <li key={`${r.exerciseId}-${r.kind}`}>
              <strong>{nameOf(r.exerciseId)}</strong>: {recordText(r)}{" "}
              <span class="muted">({shortDate(r.date)})</span>
            </li>
          ))}
        </ul>
      )}
      {recent.length > 0 && (
        <>
          <h3>Recent workouts</h3>
          <ul data-testid="recent-workouts">
            {recent.map((w) => (
              <li key={w.id}>
                <a href={`/workouts/${w.id}`}>{w.title}</a> <span class="muted">({shortDate(w.date)})</span>
              </li>
            ))}
          </ul>
          <p class="muted">Open a workout to correct a set or delete it; records follow.</p>
        </>
      )}
    </section>
  );
}
