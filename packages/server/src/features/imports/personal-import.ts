import { writeImportRows } from "@leanback/db/repos/import-writes";
import { getProfile } from "@leanback/db/repos/profiles";
import { ImportError } from "../../food/import-report.js";
import { localDate } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { fieldOfPath } from "../shared/input.js";
import { workoutInputSchema } from "../workouts/workout-schema.js";
import { readCsvTable, type CsvTable } from "./csv-table.js";
import { hevyWorkouts, isHevyHeader } from "./hevy-csv.js";
import { uploadTextFiles } from "./import-files.js";
import { emptyPlan, type ImportPlan, type PlannedWorkout } from "./import-plan.js";
import { ImportLog, shownProblems, type PersonalImportReport } from "./import-problems.js";
import { isMfpExerciseHeader, isMfpMeasurementHeader, mfpExercise, mfpWeighIns } from "./mfp-body.js";
import { isMfpNutritionHeader, mfpMeals } from "./mfp-nutrition.js";
import { isStrongHeader, strongWorkouts } from "./strong-csv.js";

export type PersonalFormat = "mfp" | "strong" | "hevy";
type Kind = "strong" | "hevy" | "mfp-nutrition" | "mfp-measurement" | "mfp-exercise";

export interface PersonalImportOptions {
  readonly fileName: string;
  /** What the person says the file is; "auto" (the default) goes by the header rows. */
  readonly format?: PersonalFormat | "auto";
  /** Import the good rows and report the bad ones; by default one bad row refuses the import. */
  readonly skipBadRows?: boolean;
  /** The unit of weights in files that do not say (Strong's comma layout, MFP measurements). */
  readonly weightUnit?: "kg" | "lb" | null;
  /** Check only: read and report, write nothing (the report's `written` is false). */
  readonly dryRun?: boolean;
  /** Catalogue exercises the person chose for names the file uses (a name as the report lists it). */
  readonly exerciseMap?: Readonly<Record<string, string>>;
}

/** The import was refused: nothing was written; the report lists the rows that refused it. */
export class ImportRefusedError extends Error {
  constructor(readonly report: PersonalImportReport) {
    const n = report.problems.length + report.moreProblems;
    super(
      `${n} row${n === 1 ? "" : "s"} could not be imported; nothing was written (fix them, or import with bad rows skipped)`,
    );
    this.name = "ImportRefusedError";
  }
}

/** What a table is, by its header row (file names vary: "Nutrition-Summary-2024-…-to-….csv"). */
function kindOf(header: readonly string[]): Kind | null {
  if (isHevyHeader(header)) return "hevy";
  if (isStrongHeader(header)) return "strong";
  if (isMfpNutritionHeader(header)) return "mfp-nutrition";
  if (isMfpExerciseHeader(header)) return "mfp-exercise";
  if (isMfpMeasurementHeader(header)) return "mfp-measurement";
  return null;
}

const formatOf = (k: Kind): PersonalFormat => (k === "strong" ? "strong" : k === "hevy" ? "hevy" : "mfp");

/** Drops workouts that are not valid workouts (logged as problems), e.g. dates in the future. */
function checkWorkouts(workouts: readonly PlannedWorkout[], today: string, log: ImportLog): PlannedWorkout[] {
  const ok: PlannedWorkout[] = [];
  for (const w of workouts) {
    if (w.sets.length + w.cardio.length === 0) continue;
    if (w.date > today) {
      log.problem(w.file, w.line, `the workout of ${w.date} is in the future`);
      continue;
    }
    const r = workoutInputSchema.safeParse({
      date: w.date,
      title: w.title,
      startedAt: w.startedAt,
      finishedAt: w.finishedAt,
      notes: w.notes,
      sets: w.sets,
      cardio: w.cardio,
      clientId: w.clientId,
    });
    if (!r.success) {
      const issue = r.error.issues[0];
      log.problem(
        w.file,
        w.line,
        `workout of ${w.date}: ${issue ? `${fieldOfPath(issue.path)} ${issue.message}` : "not valid"}`,
      );
      continue;
    }
    ok.push(w);
  }
  return ok;
}

/**
 * Imports a MyFitnessPal export (the zip as e-mailed, or one of its CSVs), a Strong CSV or a
 * Hevy CSV into a person's diary, weigh-ins and workouts, in one transaction. Files are told
 * apart by their header rows. A bad row refuses the whole import (ImportRefusedError with the
 * report) unless `skipBadRows`; a file that cannot be read at all is an ImportError.
 */
export async function importPersonalFile(
  deps: UseCaseDeps,
  userId: string,
  bytes: Uint8Array,
  opts: PersonalImportOptions,
): Promise<PersonalImportReport> {
  const files = uploadTextFiles(bytes, opts.fileName);
  const tables: { table: CsvTable; kind: Kind }[] = [];
  const notes: string[] = [];
  for (const f of files) {
    const table = readCsvTable(f.name, f.text);
    const kind = kindOf(table.header);
    if (kind === null) {
      if (files.length === 1) {
        throw new ImportError(
          `${f.name} is not a MyFitnessPal, Strong or Hevy export (its columns: ${table.header.slice(0, 10).join(", ")})`,
        );
      }
      notes.push(`${f.name} was not read (not a layout leanback knows)`);
      continue;
    }
    tables.push({ table, kind });
  }
  if (tables.length === 0)
    throw new ImportError(`${opts.fileName} holds no MyFitnessPal, Strong or Hevy CSV`);
  const formats = new Set(tables.map((t) => formatOf(t.kind)));
  const [format] = formats;
  if (format === undefined || formats.size > 1)
    throw new ImportError(`${opts.fileName} mixes exports of different apps`);
  if (opts.format !== undefined && opts.format !== "auto" && opts.format !== format) {
    throw new ImportError(`${opts.fileName} is a ${NAMES[format]} export, not ${NAMES[opts.format]}`);
  }
  const profile = await getProfile(deps.db, userId);
  const timeZone = profile?.timezone ?? "UTC";
  const today = localDate(deps.now(), timeZone);
  if (format !== "mfp") notes.push(`times read as wall-clock times in ${timeZone}`);
  const log = new ImportLog(new Map(Object.entries(opts.exerciseMap ?? {})));
  const plan: ImportPlan = emptyPlan();
  const weightUnit = opts.weightUnit ?? null;
  for (const { table, kind } of tables) {
    for (const b of table.badRows) log.problem(table.file, b.line, b.reason);
    if (kind === "mfp-nutrition") plan.diary.push(...mfpMeals(table, log, notes));
    else if (kind === "mfp-measurement")
      plan.weighIns.push(...mfpWeighIns(table, { weightUnit, today }, log, notes));
    else if (kind === "mfp-exercise") plan.workouts.push(...mfpExercise(table, log));
    else if (kind === "strong")
      plan.workouts.push(...strongWorkouts(table, { weightUnit, timeZone }, log, notes));
    else plan.workouts.push(...hevyWorkouts(table, { timeZone }, log, notes));
  }
  const workouts = checkWorkouts(plan.workouts, today, log);
  const skipBadRows = opts.skipBadRows === true;
  const base = {
    format,
    files: tables.map(({ table, kind }) => ({
      name: table.file,
      kind: KIND_LABELS[kind],
      rows: table.rows.length + table.badRows.length,
    })),
    ...shownProblems(log),
    skipBadRows,
    ignored: log.ignored(),
    unmatchedExercises: log.unmatchedNames(),
    notes,
  };
  const unwritten = {
    ...base,
    written: false,
    imported: { diaryEntries: 0, weighIns: 0, workouts: 0, sets: 0, cardio: 0 },
    alreadyImported: 0,
  };
  if (opts.dryRun === true) return unwritten;
  if (log.problems.length > 0 && !skipBadRows) throw new ImportRefusedError(unwritten);
  const written = await writeImportRows(
    deps.db,
    userId,
    {
      diary: plan.diary.map((e) => ({
        id: deps.newId(),
        userId,
        date: e.date,
        meal: e.meal,
        foodId: null,
        mg: null,
        quickMilliKcal: e.nutrients.kcal,
        quickNutrients: e.nutrients,
        clientId: e.clientId,
      })),
      weighIns: plan.weighIns,
      workouts,
    },
    deps.now(),
    deps.newId,
  );
  return {
    ...base,
    written: true,
    imported: {
      diaryEntries: written.diaryEntries,
      weighIns: written.weighIns,
      workouts: written.workouts,
      sets: written.sets,
      cardio: written.cardio,
    },
    alreadyImported: written.already,
  };
}

const KIND_LABELS: Readonly<Record<Kind, string>> = {
  "mfp-nutrition": "MyFitnessPal meals",
  "mfp-measurement": "MyFitnessPal weights",
  "mfp-exercise": "MyFitnessPal exercise",
  strong: "Strong workouts",
  hevy: "Hevy workouts",
};

const NAMES: Readonly<Record<PersonalFormat, string>> = {
  mfp: "MyFitnessPal",
  strong: "Strong",
  hevy: "Hevy",
};
