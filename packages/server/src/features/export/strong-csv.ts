import { catalogue } from "@leanback/core/training/catalogue";
import { kgToLb } from "@leanback/core/units/convert";
import { listWorkouts, type Workout } from "@leanback/db/repos/workouts";
import { toCsv } from "../shared/csv.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { csvContext, localDateTime, round, type CsvQuery } from "./readable-csv.js";

/**
 * The columns of the Strong app's CSV export, in its order. Strong does not publish the layout;
 * this is the 12-column comma-separated header of its export as read by other apps' importers
 * (e.g. https://openbody-docs.pages.dev/mapping/strong/ shows a Strong export's header and rows).
 * One row per set; a workout is the rows sharing Date and Workout Name.
 */
export const STRONG_HEADER = [
  "Date",
  "Workout Name",
  "Duration",
  "Exercise Name",
  "Set Order",
  "Weight",
  "Reps",
  "Distance",
  "Seconds",
  "Notes",
  "Workout Notes",
  "RPE",
] as const;

const KM_PER_MILE = 1.609344; // international mile (NIST SP 811, B.8)

/** Strong writes durations as "1h 5m" / "45m". */
export function strongDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h}h ${minutes % 60}m` : `${minutes}m`;
}

function exerciseName(id: string): string {
  const cat = catalogue();
  return cat.has(id) ? cat.byId(id).name : id;
}

const modalityName = (m: string) => (m.charAt(0).toUpperCase() + m.slice(1)).replace(/-/g, " ");

function workoutRows(w: Workout, imperial: boolean, timezone: string): Record<string, unknown>[] {
  let start = `${w.date} 00:00:00`;
  if (w.startedAt !== null) {
    const [day, time] = localDateTime(w.startedAt, timezone);
    if (day === w.date) start = `${day} ${time}`;
  }
  const common = {
    Date: start,
    "Workout Name": w.title,
    Duration:
      w.startedAt !== null && w.finishedAt !== null && w.finishedAt >= w.startedAt
        ? strongDuration((w.finishedAt - w.startedAt) / 1000)
        : "",
    "Workout Notes": w.notes,
  };
  const weight = (kg: number) => (imperial ? round(kgToLb(kg), 1) : round(kg, 2));
  const unit = imperial ? "lb" : "kg";
  const order = new Map<string, number>();
  const next = (name: string) => {
    const n = (order.get(name) ?? 0) + 1;
    order.set(name, n);
    return n;
  };
  const sets = [...w.sets].sort((a, b) => a.setIndex - b.setIndex);
  const rows: Record<string, unknown>[] = sets.map((s) => {
    const name = exerciseName(s.exerciseId);
    const assisted = s.loadType === "assisted" && s.assistanceKg !== null;
    return {
      ...common,
      "Exercise Name": name,
      "Set Order": next(name),
      Weight: assisted || s.loadKg === null ? 0 : weight(s.loadKg),
      Reps: s.reps ?? 0,
      Distance: 0,
      Seconds: s.durationS ?? 0,
      Notes: assisted ? `assisted, ${weight(s.assistanceKg ?? 0)} ${unit}` : null,
      RPE: s.rpe,
    };
  });
  for (const c of w.cardio) {
    const name = modalityName(c.modality);
    const km = c.distanceM === null ? 0 : c.distanceM / 1000;
    rows.push({
      ...common,
      "Exercise Name": name,
      "Set Order": next(name),
      Weight: 0,
      Reps: 0,
      Distance: round(imperial ? km / KM_PER_MILE : km, 3),
      Seconds: c.durationS,
      Notes: c.avgHr === null ? null : `average heart rate ${c.avgHr}`,
      RPE: null,
    });
  }
  return rows;
}

/**
 * Logged workouts in the Strong app's CSV layout, oldest first: weights in kg (lb for people who
 * use pounds), distance in km (miles), 0 where Strong writes 0 for "none".
 */
export async function workoutsStrongCsv(deps: UseCaseDeps, userId: string, q: CsvQuery): Promise<string> {
  const { imperial, timezone } = await csvContext(deps, userId);
  const rows = (await listWorkouts(deps.db, userId)).flatMap((w) => workoutRows(w, imperial, timezone));
  return toCsv(STRONG_HEADER, rows, { bom: q.bom === "true" });
}
