import { catalogue } from "@leanback/core/training/catalogue";
import { ImportError } from "../../food/import-report.js";
import type { CsvTable } from "./csv-table.js";
import { parseDayDate } from "./import-dates.js";
import { LB_TO_KG, parseAmount, type PlannedWeighIn, type PlannedWorkout } from "./import-plan.js";
import type { ImportLog } from "./import-problems.js";
import { activityOutcome, cardioModality, exerciseNameOf } from "./workout-rows.js";
import { WorkoutBuilder } from "./workout-builder.js";

// MyFitnessPal's "Measurement-Summary" CSV: Date,Weight (more columns when neck, waist or hips
// are logged); the unit is the account's and is not in the file (real export:
// marcus-furius/health-intel data/raw/mfp/File-Export-…/Measurement-Summary-….csv).
// "Exercise-Summary": Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,
// Kilograms|Pounds,Steps,Note; Type is Cardio or Strength; the 2026 export wraps names in
// literal quotes ("""Walking, 3.5 mph, brisk pace""").

const WEIGHT_COLUMNS: ReadonlyArray<readonly [string, "kg" | "lb" | null]> = [
  ["Weight (kg)", "kg"],
  ["Weight (kgs)", "kg"],
  ["Weight (lbs)", "lb"],
  ["Weight (lb)", "lb"],
  ["Weight", null],
];

export function isMfpMeasurementHeader(header: readonly string[]): boolean {
  return (
    header.includes("Date") && WEIGHT_COLUMNS.some(([c]) => header.includes(c)) && !header.includes("Meal")
  );
}

export function isMfpExerciseHeader(header: readonly string[]): boolean {
  return ["Date", "Exercise", "Type", "Exercise Minutes"].every((c) => header.includes(c));
}

/**
 * The weights of a Measurement-Summary file as weigh-ins (25–400 kg), one per day. The unit
 * comes from the header when it says, else from `weightUnit`; without either the file is refused.
 */
export function mfpWeighIns(
  table: CsvTable,
  opts: { weightUnit: "kg" | "lb" | null; today: string },
  log: ImportLog,
  notes: string[],
): PlannedWeighIn[] {
  const found = WEIGHT_COLUMNS.find(([c]) => table.header.includes(c));
  if (found === undefined) return [];
  const [column, headerUnit] = found;
  const unit = headerUnit ?? opts.weightUnit;
  const anyWeight = table.rows.some((r) => parseAmount(r.get(column)) !== null);
  if (unit === null && anyWeight) {
    throw new ImportError(
      `${table.file} does not say whether its weights are kg or lb (MyFitnessPal leaves the unit out): choose the weight unit and import again`,
    );
  }
  if (unit === null) return [];
  if (headerUnit === null) notes.push(`${table.file}: weights read as ${unit}`);
  const seen = new Set<string>();
  const out: PlannedWeighIn[] = [];
  for (const row of table.rows) {
    const date = parseDayDate(row.get("Date"));
    if (date === null) {
      log.problem(table.file, row.line, `Date "${row.get("Date")}" is not YYYY-MM-DD or MM/DD/YYYY`);
      continue;
    }
    const w = parseAmount(row.get(column));
    if (w === null) {
      log.ignore("measurement row without a weight");
      continue;
    }
    const kg = unit === "lb" ? w * LB_TO_KG : w;
    if (Number.isNaN(w) || kg < 25 || kg > 400) {
      log.problem(table.file, row.line, `weight must be 25–400 kg (read as ${unit})`);
      continue;
    }
    if (date > opts.today) {
      log.problem(table.file, row.line, "the date is in the future");
      continue;
    }
    if (seen.has(date)) {
      log.problem(table.file, row.line, `a second weight for ${date}`);
      continue;
    }
    seen.add(date);
    out.push({
      file: table.file,
      line: row.line,
      date,
      weightKg: Math.round(kg * 100) / 100,
      clientId: `mfp-weight:${date}`,
    });
  }
  return out;
}

/** One layer of literal quotes around a whole name, as the 2026 export writes them. */
function unquote(name: string): string {
  const t = name.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

/**
 * The exercise of an Exercise-Summary file as one workout per day ("MyFitnessPal exercise"):
 * cardio rows as bouts (minutes → seconds), strength rows as their sets × reps at the weight.
 * Tracker calorie adjustments and step-only rows are left out (counted in the report).
 */
export function mfpExercise(table: CsvTable, log: ImportLog): PlannedWorkout[] {
  const pounds = table.header.includes("Pounds");
  const weightColumn = pounds ? "Pounds" : "Kilograms";
  const builder = new WorkoutBuilder(table.file, log);
  for (const row of table.rows) {
    const date = parseDayDate(row.get("Date"));
    if (date === null) {
      log.problem(table.file, row.line, `Date "${row.get("Date")}" is not YYYY-MM-DD or MM/DD/YYYY`);
      continue;
    }
    const name = exerciseNameOf(unquote(row.get("Exercise")));
    if (/calorie adjustment/i.test(name)) {
      log.ignore("tracker calorie adjustment (not a workout)");
      continue;
    }
    const head = {
      key: date,
      clientId: `mfp-exercise:${date}`,
      date,
      title: "MyFitnessPal exercise",
      startedAt: null,
      finishedAt: null,
      notes: null,
    };
    const type = row.get("Type").toLowerCase();
    if (type === "strength") {
      const sets = parseAmount(row.get("Sets"));
      const reps = parseAmount(row.get("Reps Per Set"));
      const w = parseAmount(row.get(weightColumn));
      if (
        sets === null ||
        reps === null ||
        Number.isNaN(sets) ||
        !Number.isInteger(sets) ||
        sets < 1 ||
        sets > 50
      ) {
        log.problem(table.file, row.line, "a strength row needs Sets (1–50) and Reps Per Set");
        continue;
      }
      const weightKg = w === null || Number.isNaN(w) ? w : pounds ? w * LB_TO_KG : w;
      const row1 = { name, reps, weightKg, seconds: null, distanceM: null, rpe: null };
      for (let i = 0; i < sets; i++) builder.add(row.line, activityOutcome(row1, log), head);
      continue;
    }
    const minutes = parseAmount(row.get("Exercise Minutes"));
    if (minutes === null || minutes === 0) {
      log.ignore("cardio row without minutes (steps only)");
      continue;
    }
    if (Number.isNaN(minutes) || minutes < 0 || minutes > 1440) {
      log.problem(table.file, row.line, "Exercise Minutes must be 0–1440");
      continue;
    }
    const chosen = log.chosenExercise(name);
    const modality =
      chosen !== undefined && catalogue().has(chosen)
        ? (catalogue().byId(chosen).modality ?? null)
        : cardioModality(name);
    const seconds = Math.round(minutes * 60);
    builder.add(
      row.line,
      modality !== null
        ? seconds < 60
          ? { kind: "problem", reason: "a cardio bout needs at least 1 minute" }
          : { kind: "cardio", bout: { modality, durationS: seconds } }
        : activityOutcome({ name, reps: null, weightKg: null, seconds, distanceM: null, rpe: null }, log),
      head,
    );
  }
  return builder.done();
}
