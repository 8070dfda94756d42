import { ImportError } from "../../food/import-report.js";
import type { CsvRow, CsvTable } from "./csv-table.js";
import { parseDurationS, parseWallClock, wallClockToEpoch } from "./import-dates.js";
import { LB_TO_KG, MILE_TO_M, parseAmount, shortHash, type PlannedWorkout } from "./import-plan.js";
import type { ImportLog } from "./import-problems.js";
import { activityOutcome, taggedSetsNote } from "./workout-rows.js";
import { WorkoutBuilder } from "./workout-builder.js";

// Strong's CSV export comes in several dialects (Strong's help centre documents the button,
// not the columns: help.strongapp.io/article/235-export-workout-data). Seen in real exports:
//   S1 , : Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
//   S2 ; : Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
//   S3 ; : "Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"
//   S4 ; : as S2 without RPE and Workout Duration; oldest: the unit is the column name ("lbs", "mi.").
// Set Order is 1, 2, … or a tag (W warm-up, D drop set, F failure); "Rest Timer" and "Note" rows
// are not sets (help.strongapp.io/article/166-set-tags).

export const STRONG_REQUIRED = ["Date", "Exercise Name", "Set Order"] as const;

export function isStrongHeader(header: readonly string[]): boolean {
  return STRONG_REQUIRED.every((c) => header.includes(c)) && header.includes("Reps");
}

type Unit = "kg" | "lb";

function weightColumn(header: readonly string[]): { column: string; unit: Unit | null } | null {
  if (header.includes("Weight (kg)")) return { column: "Weight (kg)", unit: "kg" };
  for (const c of ["Weight (lbs)", "Weight (lb)", "lbs"])
    if (header.includes(c)) return { column: c, unit: "lb" };
  if (header.includes("kg")) return { column: "kg", unit: "kg" };
  if (header.includes("Weight")) return { column: "Weight", unit: null };
  return null;
}

function distanceColumn(header: readonly string[]): { column: string; metres: number | null } | null {
  if (header.includes("Distance (meters)")) return { column: "Distance (meters)", metres: 1 };
  if (header.includes("Distance (km)")) return { column: "Distance (km)", metres: 1000 };
  if (header.includes("mi.")) return { column: "mi.", metres: MILE_TO_M };
  if (header.includes("km")) return { column: "km", metres: 1000 };
  if (header.includes("Distance")) return { column: "Distance", metres: null };
  return null;
}

function unitOf(cell: string): Unit | null | "unknown" {
  const t = cell.trim().toLowerCase().replace(/\.$/, "");
  if (t === "") return null;
  if (t === "kg" || t === "kgs") return "kg";
  if (t === "lb" || t === "lbs") return "lb";
  return "unknown";
}

function metresOfUnit(cell: string): number | null | "unknown" {
  const t = cell.trim().toLowerCase().replace(/\.$/, "");
  if (t === "") return null;
  if (t === "km") return 1000;
  if (t === "m" || t === "meters" || t === "metres") return 1;
  if (t === "mi" || t === "miles") return MILE_TO_M;
  return "unknown";
}

const num = (row: CsvRow, column: string | undefined) =>
  column === undefined ? null : parseAmount(row.get(column));

/**
 * Strong's rows as workouts, one per workout (the Workout # column when there is one, else the
 * start time). `weightUnit` is the unit for files that do not say (S1); without it such a file
 * is refused rather than guessed at.
 */
export function strongWorkouts(
  table: CsvTable,
  opts: { weightUnit: Unit | null; timeZone: string },
  log: ImportLog,
  notes: string[],
): PlannedWorkout[] {
  const wc = weightColumn(table.header);
  const dc = distanceColumn(table.header);
  const hasUnitColumn = table.header.includes("Weight Unit");
  const anyWeight = wc !== null && table.rows.some((r) => (parseAmount(r.get(wc.column)) ?? 0) > 0);
  if (wc !== null && wc.unit === null && !hasUnitColumn && opts.weightUnit === null && anyWeight) {
    throw new ImportError(
      `${table.file} does not say whether its weights are kg or lb (Strong leaves the unit out of this layout): choose the weight unit and import again`,
    );
  }
  if (wc !== null && wc.unit === null && !hasUnitColumn)
    notes.push(`${table.file}: weights read as ${opts.weightUnit}`);
  const tagged = table.rows.filter((r) => /^[WDF]$/i.test(r.get("Set Order"))).length;
  if (tagged > 0) notes.push(taggedSetsNote(tagged));
  const durationColumn = ["Duration", "Workout Duration", "Duration (sec)"].find((c) =>
    table.header.includes(c),
  );
  const builder = new WorkoutBuilder(table.file, log);
  for (const row of table.rows) {
    const order = row.get("Set Order");
    if (/^rest timer$/i.test(order)) {
      log.ignore("Strong rest-timer row (not a set)");
      continue;
    }
    if (/^note$/i.test(order)) {
      log.ignore("Strong note row (not a set)");
      continue;
    }
    const when = parseWallClock(row.get("Date"));
    if (when === null) {
      log.problem(
        table.file,
        row.line,
        `Date "${row.get("Date")}" is not a date and time such as 2024-05-01 18:30:00`,
      );
      continue;
    }
    let weightKg: number | null = null;
    if (wc !== null) {
      const w = num(row, wc.column);
      let unit: Unit | null = wc.unit;
      if (unit === null) {
        const u = hasUnitColumn ? unitOf(row.get("Weight Unit")) : null;
        if (u === "unknown") {
          log.problem(table.file, row.line, `Weight Unit "${row.get("Weight Unit")}" is neither kg nor lbs`);
          continue;
        }
        unit = u ?? opts.weightUnit;
      }
      if (w !== null && w > 0 && unit === null) {
        log.problem(
          table.file,
          row.line,
          "the weight unit is blank on a row with a weight (choose the weight unit)",
        );
        continue;
      }
      weightKg = w === null || Number.isNaN(w) ? w : unit === "lb" ? w * LB_TO_KG : w;
    }
    let distanceM: number | null = null;
    if (dc !== null) {
      const d = num(row, dc.column);
      let metres = dc.metres;
      if (metres === null && table.header.includes("Distance Unit")) {
        const u = metresOfUnit(row.get("Distance Unit"));
        metres = u === "unknown" ? null : u;
      }
      metres ??= opts.weightUnit === "lb" ? MILE_TO_M : opts.weightUnit === "kg" ? 1000 : null;
      distanceM = d === null || Number.isNaN(d) ? d : metres === null ? null : d * metres;
    }
    const outcome = activityOutcome(
      {
        name: row.get("Exercise Name"),
        reps: num(row, "Reps"),
        weightKg,
        seconds: num(row, "Seconds"),
        distanceM,
        rpe: row.has("RPE") ? num(row, "RPE") : null,
      },
      log,
    );
    const key = row.get("Workout #") || row.get("Date");
    const started = wallClockToEpoch(when, opts.timeZone);
    const dur = durationColumn === undefined ? null : parseDurationS(row.get(durationColumn));
    builder.add(row.line, outcome, {
      key,
      clientId: `strong:${when.date}T${String(when.hour).padStart(2, "0")}${String(when.minute).padStart(2, "0")}${String(when.second).padStart(2, "0")}:${shortHash(key)}`,
      date: when.date,
      title: row.get("Workout Name") || "Strong workout",
      startedAt: started,
      finishedAt: dur !== null && dur > 0 && dur <= 86_400 ? started + dur * 1000 : null,
      notes: row.get("Workout Notes") || null,
    });
  }
  return builder.done();
}
