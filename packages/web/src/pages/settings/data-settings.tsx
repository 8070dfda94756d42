import { useState } from "preact/hooks";
import { api, download } from "../../api/client.js";
import { ApiError, errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { Notice } from "../../ui/field.js";
import { saveBlob } from "../../ui/save-blob.js";
import { PersonalImportSettings } from "./personal-import-settings.js";

/** The readable CSV files (server: features/export/readable-csv.ts, strong-csv.ts). */
const CSV_FILES = [
  { path: "/api/users/me/export/diary.csv", label: "Download diary (CSV)" },
  { path: "/api/users/me/export/weigh-ins.csv", label: "Download weigh-ins (CSV)" },
  { path: "/api/users/me/export/workouts.csv", label: "Download workouts (CSV, Strong layout)" },
] as const;

/**
 * Download everything as one JSON file (the import format), or the diary, weigh-ins and workouts
 * as CSV files spreadsheets and other apps read; import a JSON export back.
 */
export function DataSettings() {
  const session = useSession();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportData = async () => {
    setStatus(null);
    try {
      const { blob } = await download("/api/users/me/export");
      saveBlob(blob, `leanback-export-${new Date().toISOString().slice(0, 10)}.json`);
      setStatus({ kind: "ok", text: "Export downloaded." });
    } catch (e) {
      setStatus({ kind: "error", text: errorMessage(e) });
    }
  };

  const downloadCsv = async (path: string) => {
    setStatus(null);
    try {
      const { blob, name } = await download(path);
      saveBlob(blob, name);
      setStatus({ kind: "ok", text: `${name} downloaded.` });
    } catch (e) {
      setStatus({ kind: "error", text: errorMessage(e) });
    }
  };

  const exportArchive = async () => {
    setStatus(null);
    try {
      const { blob } = await download("/api/users/me/export/archive");
      saveBlob(blob, `leanback-export-${new Date().toISOString().slice(0, 10)}.zip`);
      setStatus({ kind: "ok", text: "Export with photos downloaded." });
    } catch (e) {
      setStatus({ kind: "error", text: errorMessage(e) });
    }
  };

  const importData = async (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem(
      "importFile",
    ) as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (!file) {
      setStatus({ kind: "error", text: "Choose a leanback export file first." });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      let body: unknown;
      try {
        body = JSON.parse(await file.text());
      } catch {
        throw new Error("That file is not a leanback export (not JSON).");
      }
      const r = await api.post<{ replaced: boolean; counts: Record<string, number> }>(
        "/api/users/me/import",
        body,
        {
          query: { replace: replace ? "true" : "false" },
        },
      );
      const rows = Object.values(r.counts).reduce((a, b) => a + b, 0);
      setStatus({
        kind: "ok",
        text: `Imported ${rows} rows${r.replaced ? ", replacing your previous data" : ""}.`,
      });
      await session.refresh();
    } catch (err) {
      // A file the server refuses names the first bad place in it (e.g. "tables.weigh_ins.0.date").
      const first = err instanceof ApiError ? err.issues[0] : undefined;
      const text = first
        ? `The file was not imported: ${first.path.replace(/^body\./, "")}: ${first.message}.`
        : errorMessage(err);
      setStatus({ kind: "error", text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>
        Download everything leanback stores about you as one JSON file. You can import it here or on another
        server. The ZIP holds the same file plus your back photos; the import reads the JSON only.
      </p>
      <div class="actions">
        <button type="button" onClick={exportData}>
          Download my data
        </button>
        <button type="button" class="secondary" onClick={exportArchive}>
          Download with photos (ZIP)
        </button>
      </div>
      <h3>Spreadsheets and other apps</h3>
      <p>
        Your diary (food names, amounts, calories and macros), weigh-ins and workouts as CSV files. The
        workouts file uses the Strong app&apos;s layout, which other training apps can import.
      </p>
      <div class="actions">
        {CSV_FILES.map((f) => (
          <button key={f.path} type="button" class="secondary" onClick={() => void downloadCsv(f.path)}>
            {f.label}
          </button>
        ))}
      </div>
      <form onSubmit={importData} noValidate>
        <h3>Import</h3>
        <div class="field">
          <label for="import-file">leanback export file</label>
          <input id="import-file" name="importFile" type="file" accept="application/json,.json" />
        </div>
        <label class="choice__option">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
          <span>Replace my current data (otherwise the file is added)</span>
        </label>
        <div class="actions">
          <button type="submit" class="secondary" disabled={busy}>
            Import
          </button>
        </div>
      </form>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <PersonalImportSettings />
    </section>
  );
}
