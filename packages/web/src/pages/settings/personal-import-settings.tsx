import { useRef, useState } from "preact/hooks";
import { useSession } from "../../api/session.js";
import { Notice } from "../../ui/field.js";
import { ReportView, type ImportReport } from "./import-report-view.js";

const MAX_BYTES = 24 * 1024 * 1024;

/** The file as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * Imports a MyFitnessPal export (the zip as e-mailed, or one of its CSVs), a Strong CSV or a
 * Hevy CSV, and shows the server's report: what was written, each bad row, what was left out.
 * "Check file" reads it without writing and lets the person pick the catalogue exercise for each
 * name leanback did not recognise; "Import" then uses those choices.
 */
export function PersonalImportSettings() {
  const session = useSession();
  const fileInput = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState("auto");
  const [weightUnit, setWeightUnit] = useState("");
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checked, setChecked] = useState(false);
  const [choices, setChoices] = useState<Record<string, string>>({});

  const send = async (dryRun: boolean) => {
    const file = fileInput.current?.files?.[0];
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
    const exerciseMap = Object.fromEntries(Object.entries(choices).filter(([, id]) => id !== ""));
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
          dryRun,
          ...(weightUnit === "" ? {} : { weightUnit }),
          ...(Object.keys(exerciseMap).length > 0 ? { exerciseMap } : {}),
        }),
      });
      const json = (await res.json().catch(() => null)) as
        | (ImportReport & { error?: undefined })
        | { error: string; message?: string; report?: ImportReport }
        | null;
      setChecked(dryRun);
      if (res.ok && json !== null && json.error === undefined) {
        setReport(json);
        if (!dryRun) await session.refresh();
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

  const submit = (e: Event) => {
    e.preventDefault();
    void send(false);
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
        <input
          ref={fileInput}
          id="app-import-file"
          name="appFile"
          type="file"
          accept=".zip,.csv,text/csv,application/zip"
        />
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
        <button type="button" class="secondary" disabled={busy} onClick={() => void send(true)}>
          Check file
        </button>
        <button type="submit" class="secondary" disabled={busy}>
          {busy ? "Working…" : "Import from app"}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {report && (
        <ReportView
          report={report}
          choices={choices}
          {...(checked
            ? { choose: (name: string, id: string) => setChoices({ ...choices, [name]: id }) }
            : {})}
        />
      )}
    </form>
  );
}
