import { catalogue } from "@leanback/core/training/catalogue";

/** The server's import report (POST /api/users/me/imports), the fields this screen shows. */
export interface ImportReport {
  readonly format: "mfp" | "strong" | "hevy";
  readonly files: readonly { name: string; kind: string; rows: number }[];
  readonly written: boolean;
  readonly imported: {
    diaryEntries: number;
    weighIns: number;
    workouts: number;
    sets: number;
    cardio: number;
  };
  readonly alreadyImported: number;
  readonly problems: readonly { file: string; line: number; reason: string }[];
  readonly moreProblems: number;
  readonly skipBadRows: boolean;
  readonly ignored: readonly { reason: string; count: number }[];
  readonly unmatchedExercises: readonly { name: string; sets: number }[];
  readonly notes: readonly string[];
}

const APP_NAMES = { mfp: "MyFitnessPal", strong: "Strong", hevy: "Hevy" } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence for what was written. */
export function importSummary(r: ImportReport, checkOnly = false): string {
  if (checkOnly) return "Checked: nothing was imported yet.";
  if (!r.written) return "Nothing was imported.";
  const i = r.imported;
  const parts = [
    i.diaryEntries > 0 ? plural(i.diaryEntries, "meal", "meals") : null,
    i.weighIns > 0 ? plural(i.weighIns, "weigh-in", "weigh-ins") : null,
    i.workouts > 0
      ? `${plural(i.workouts, "workout", "workouts")} (${plural(i.sets, "set", "sets")}, ${plural(i.cardio, "cardio bout", "cardio bouts")})`
      : null,
  ].filter((p) => p !== null);
  const what = parts.length > 0 ? parts.join(", ") : "nothing new";
  const already = r.alreadyImported > 0 ? `; ${r.alreadyImported} already there were left as they were` : "";
  return `Imported from ${APP_NAMES[r.format]}: ${what}${already}.`;
}

/** Catalogue exercises a person can pick for a name the file uses, by name. */
const CHOICES = [...catalogue().all]
  .filter((e) => e.kind !== "interval")
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * The report. With `choose` (after a check of the file), each unmatched name gets a list to
 * pick the catalogue exercise it is, or keep it under its own name.
 */
export function ReportView({
  report,
  choices,
  choose,
}: {
  report: ImportReport;
  choices?: Readonly<Record<string, string>>;
  choose?: (name: string, exerciseId: string) => void;
}) {
  const problemCount = report.problems.length + report.moreProblems;
  return (
    <div class="import-report" data-testid="import-report">
      <p>{importSummary(report, choose !== undefined)}</p>
      <ul>
        {report.files.map((f) => (
          <li key={f.name}>
            {f.name}: {f.kind}, {plural(f.rows, "row", "rows")}
          </li>
        ))}
        {report.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      {problemCount > 0 && (
        <>
          <h4>
            {plural(problemCount, "row", "rows")} with a problem
            {report.written
              ? " (skipped)"
              : choose !== undefined
                ? report.skipBadRows
                  ? " (would be skipped)"
                  : " (would stop the import)"
                : ""}
          </h4>
          <ul data-testid="import-problems">
            {report.problems.map((p) => (
              <li key={`${p.file}:${p.line}`}>
                {p.file}, line {p.line}: {p.reason}
              </li>
            ))}
          </ul>
          {report.moreProblems > 0 && <p>… and {report.moreProblems} more.</p>}
        </>
      )}
      {report.ignored.length > 0 && (
        <>
          <h4>Left out on purpose</h4>
          <ul>
            {report.ignored.map((g) => (
              <li key={g.reason}>
                {g.reason}: {g.count}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.unmatchedExercises.length > 0 && (
        <>
          <h4>
            {choose !== undefined
              ? "Exercises leanback did not recognise: pick the one each is, or keep its own name"
              : "Exercises leanback's catalogue does not have (kept under their own names)"}
          </h4>
          <ul data-testid="import-unmatched">
            {report.unmatchedExercises.map((u, i) => (
              <li key={u.name}>
                {u.name} ({plural(u.sets, "set", "sets")})
                {choose && (
                  <>
                    {" "}
                    <label class="visually-hidden" for={`import-choice-${i}`}>
                      Exercise for {u.name}
                    </label>
                    <select
                      id={`import-choice-${i}`}
                      value={choices?.[u.name] ?? ""}
                      onChange={(e) => choose(u.name, e.currentTarget.value)}
                    >
                      <option value="">Keep as “{u.name}”</option>
                      {CHOICES.map((e) => (
                        <option key={e.id} value={e.id}>
                          {e.name}
                        </option>
                      ))}
                    </select>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
