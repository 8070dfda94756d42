import { useState } from "preact/hooks";
import { useSession } from "../../api/session.js";
import { Notice } from "../../ui/field.js";

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
  readonly ignored: readonly { reason: string; count: number }[];
  readonly unmatchedExercises: readonly { name: string; sets: number }[];
  readonly notes: readonly string[];
}

const MAX_BYTES = 24 * 1024 * 1024;
const APP_NAMES = { mfp: "MyFitnessPal", strong: "Strong", hevy: "Hevy" } as const;

/** The file as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence for what was written. */
export function importSummary(r: ImportReport): string {
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

function ReportView({ report }: { report: ImportReport }) {
  const problemCount = report.problems.length + report.moreProblems;
  return (
    <div class="import-report" data-testid="import-report">
      <p>{importSummary(report)}</p>
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
            {plural(problemCount, "row", "rows")} with a problem{report.written ? " (skipped)" : ""}
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
          <h4>Exercises leanback's catalogue does not have (kept under their own names)</h4>
          <ul data-testid="import-unmatched">
            {report.unmatchedExercises.map((u) => (
              <li key={u.name}>
                {u.name} ({plural(u.sets, "set", "sets")})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * Imports a MyFitnessPal export (the zip as e-mailed, or one of its CSVs), a Strong CSV or a
 * Hevy CSV, and shows the server's report: what was written, each bad row, what was left out.
 */
export function PersonalImportSettings() {
  const session = useSession();
  const [format, setFormat] = useState("auto");
  const [weightUnit, setWeightUnit] = useState("");
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem(
      "appFile",
    ) as HTMLInputElement | null;
    const file = input?.files?.[0];
    setError(null);
    setReport(null);
    if (!file) {
      setError("Choose the file your other app exported first.");
      return;
    }
    if (file.size > MAX_BYTES) {
      setError("That file is over 24 MB; export a shorter date range and import the parts.");
      return;
    }
    setBusy(true);
    try {
      const res = await fetch("/api/users/me/imports", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          fileName: file.name,
          dataBase64: await base64Of(file),
          format,
          skipBadRows,
          ...(weightUnit === "" ? {} : { weightUnit }),
        }),
      });
      const json = (await res.json().catch(() => null)) as
        | (ImportReport & { error?: undefined })
        | { error: string; message?: string; report?: ImportReport }
        | null;
      if (res.ok && json !== null && json.error === undefined) {
        setReport(json);
        await session.refresh();
      } else if (json !== null && json.error !== undefined) {
        setError(json.message ?? `The server answered ${res.status}.`);
        if (json.report) setReport(json.report);
      } else {
        setError(`The server answered ${res.status}.`);
      }
    } catch {
      setError("The file could not be sent; check the connection and try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="app-import-title">
      <h3 id="app-import-title">Import from MyFitnessPal, Strong or Hevy</h3>
      <p>
        MyFitnessPal: the zip it e-mails you (or one of its CSV files): meals with their calories and macros,
        weights and exercise. Strong and Hevy: the workout CSV. Importing the same file again adds nothing
        twice.
      </p>
      <div class="field">
        <label for="app-import-file">Exported file</label>
        <input id="app-import-file" name="appFile" type="file" accept=".zip,.csv,text/csv,application/zip" />
      </div>
      <div class="field">
        <label for="app-import-format">App</label>
        <select id="app-import-format" value={format} onChange={(e) => setFormat(e.currentTarget.value)}>
          <option value="auto">Tell from the file</option>
          <option value="mfp">MyFitnessPal</option>
          <option value="strong">Strong</option>
          <option value="hevy">Hevy</option>
        </select>
      </div>
      <div class="field">
        <label for="app-import-unit">Weights in the file</label>
        <select
          id="app-import-unit"
          value={weightUnit}
          onChange={(e) => setWeightUnit(e.currentTarget.value)}
        >
          <option value="">As the file says</option>
          <option value="kg">kg</option>
          <option value="lb">lb</option>
        </select>
        <small>
          MyFitnessPal's weight file and Strong's comma-separated file do not say; pick the unit you used
          there.
        </small>
      </div>
      <label class="choice__option">
        <input
          type="checkbox"
          checked={skipBadRows}
          onChange={(e) => setSkipBadRows(e.currentTarget.checked)}
        />
        <span>Skip bad rows (import the rest and list them; otherwise one bad row stops the import)</span>
      </label>
      <div class="actions">
        <button type="submit" class="secondary" disabled={busy}>
          {busy ? "Importing…" : "Import from app"}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {report && <ReportView report={report} />}
    </form>
  );
}
