import { z } from "zod";

/** How many bad rows a report lists one by one; the rest are counted. */
export const PROBLEMS_SHOWN = 50;

/** A row that could not be imported, with its file, line (1-based, the header is line 1) and why. */
export interface RowProblem {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

/**
 * Collects what an import met: bad rows (they refuse the import unless bad rows are skipped),
 * rows deliberately left out (counted by reason, never an error), and exercise names that the
 * catalogue lacks (kept as custom exercises).
 */
export class ImportLog {
  readonly problems: RowProblem[] = [];

  /** `chosen`: catalogue ids the person picked for exercise names (after a check of the file). */
  constructor(private readonly chosen: ReadonlyMap<string, string> = new Map()) {}

  /** The catalogue id the person chose for an exercise name, if any. */
  chosenExercise(name: string): string | undefined {
    return this.chosen.get(name);
  }

  private readonly ignoredBy = new Map<string, number>();
  private readonly unmatchedBy = new Map<string, number>();

  problem(file: string, line: number, reason: string): void {
    this.problems.push({ file, line, reason });
  }

  ignore(reason: string, count = 1): void {
    this.ignoredBy.set(reason, (this.ignoredBy.get(reason) ?? 0) + count);
  }

  unmatched(name: string): void {
    this.unmatchedBy.set(name, (this.unmatchedBy.get(name) ?? 0) + 1);
  }

  /** Lines of `file` that have a problem (their whole row is left out). */
  badLines(file: string): Set<number> {
    return new Set(this.problems.filter((p) => p.file === file).map((p) => p.line));
  }

  ignored(): { reason: string; count: number }[] {
    return [...this.ignoredBy].map(([reason, count]) => ({ reason, count }));
  }

  unmatchedNames(): { name: string; sets: number }[] {
    return [...this.unmatchedBy]
      .map(([name, sets]) => ({ name, sets }))
      .sort((a, b) => b.sets - a.sets || a.name.localeCompare(b.name));
  }
}

export const importCountsSchema = z.strictObject({
  diaryEntries: z.int(),
  weighIns: z.int(),
  workouts: z.int(),
  sets: z.int(),
  cardio: z.int(),
});
export type ImportCounts = z.output<typeof importCountsSchema>;

export const personalImportReportSchema = z.strictObject({
  format: z.enum(["mfp", "strong", "hevy"]),
  /** Each file read and what it was recognised as. */
  files: z.array(z.strictObject({ name: z.string(), kind: z.string(), rows: z.int() })),
  /** True when rows were written (false: refused or only checked, nothing written). */
  written: z.boolean(),
  imported: importCountsSchema,
  /** Rows of this file already imported before (same day and meal, same workout, same day's weight). */
  alreadyImported: z.int(),
  /** Rows with a problem: the first 50, one by one. */
  problems: z.array(z.strictObject({ file: z.string(), line: z.int(), reason: z.string() })),
  /** Problems beyond those listed. */
  moreProblems: z.int(),
  skipBadRows: z.boolean(),
  /** Rows left out on purpose (rest timers, tracker adjustments, …), by reason. */
  ignored: z.array(z.strictObject({ reason: z.string(), count: z.int() })),
  /** Exercise names the catalogue lacks, kept in the log as custom exercises. */
  unmatchedExercises: z.array(z.strictObject({ name: z.string(), sets: z.int() })),
  /** Sentences on how the file was read (units, time zone). */
  notes: z.array(z.string()),
});
export type PersonalImportReport = z.output<typeof personalImportReportSchema>;

/** The report's problem list: the first PROBLEMS_SHOWN, and how many more. */
export function shownProblems(log: ImportLog): { problems: RowProblem[]; moreProblems: number } {
  const sorted = [...log.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    problems: sorted.slice(0, PROBLEMS_SHOWN),
    moreProblems: Math.max(0, sorted.length - PROBLEMS_SHOWN),
  };
}
