import type { CsvRow, CsvTable } from "./csv-table.js";
import { parseWallClock, wallClockToEpoch } from "./import-dates.js";
import { LB_TO_KG, MILE_TO_M, parseAmount, shortHash, type PlannedWorkout } from "./import-plan.js";
import type { ImportLog } from "./import-problems.js";
import { activityOutcome, taggedSetsNote } from "./workout-rows.js";
import { WorkoutBuilder } from "./workout-builder.js";

// Hevy's workout export (Profile › Settings › Export & Import Data, help.hevyapp.com), one row
// per set, header as in real exports (e.g. TonyTromp/HevyConnect workouts.csv):
//   "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",
//   "set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
// Imperial accounts get weight_lbs and distance_miles in place of weight_kg and distance_km.
// Times are "30 Jun 2025, 19:56" (day padded or not), without a time zone. set_type is
// normal, warmup, dropset or failure (Hevy's public API, components.schemas.Set).

export const HEVY_REQUIRED = ["title", "start_time", "exercise_title", "set_index"] as const;

export function isHevyHeader(header: readonly string[]): boolean {
  return HEVY_REQUIRED.every((c) => header.includes(c));
}

const num = (row: CsvRow, column: string) => (row.has(column) ? parseAmount(row.get(column)) : null);

/** Hevy's rows as workouts, one per (start time, title); units from the header names. */
export function hevyWorkouts(
  table: CsvTable,
  opts: { timeZone: string },
  log: ImportLog,
  notes: string[],
): PlannedWorkout[] {
  if (table.rows.some((r) => r.get("superset_id") !== "")) {
    notes.push(
      "supersets are kept as ordinary sets in the order of the file (the workout log has no supersets)",
    );
  }
  const tagged = table.rows.filter((r) => !["", "normal"].includes(r.get("set_type").toLowerCase())).length;
  if (tagged > 0) notes.push(taggedSetsNote(tagged));
  const lbs = table.header.includes("weight_lbs");
  const miles = table.header.includes("distance_miles");
  const builder = new WorkoutBuilder(table.file, log);
  for (const row of table.rows) {
    const start = parseWallClock(row.get("start_time"));
    if (start === null) {
      log.problem(
        table.file,
        row.line,
        `start_time "${row.get("start_time")}" is not a date and time such as 30 Jun 2025, 19:56`,
      );
      continue;
    }
    const endText = row.get("end_time");
    const end = endText === "" ? null : parseWallClock(endText);
    const w = num(row, lbs ? "weight_lbs" : "weight_kg");
    const d = num(row, miles ? "distance_miles" : "distance_km");
    const outcome = activityOutcome(
      {
        name: row.get("exercise_title"),
        reps: num(row, "reps"),
        weightKg: w === null || Number.isNaN(w) ? w : lbs ? w * LB_TO_KG : w,
        seconds: num(row, "duration_seconds"),
        distanceM: d === null || Number.isNaN(d) ? d : d * (miles ? MILE_TO_M : 1000),
        rpe: num(row, "rpe"),
      },
      log,
    );
    const startedAt = wallClockToEpoch(start, opts.timeZone);
    const finishedAt = end === null ? null : wallClockToEpoch(end, opts.timeZone);
    const title = row.get("title");
    const key = `${row.get("start_time")}\u0000${title}`;
    builder.add(row.line, outcome, {
      key,
      clientId: `hevy:${start.date}T${String(start.hour).padStart(2, "0")}${String(start.minute).padStart(2, "0")}:${shortHash(title)}`,
      date: start.date,
      title: title || "Hevy workout",
      startedAt,
      finishedAt: finishedAt !== null && finishedAt >= startedAt ? finishedAt : null,
      notes: row.get("description") || null,
    });
  }
  return builder.done();
}
