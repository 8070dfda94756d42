import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { PersonalImportReport } from "@leanback/server/features/imports/import-problems";
import { choiceFlag, requiredFlag, stringFlag, type Command, type ParsedArgs } from "../command.js";
import { UsageError, type CliIo } from "../io.js";
import { cliServerConfig } from "../server-config.js";
import { serverModules } from "../server-modules.js";
import { renderTable } from "../table.js";

const FORMATS = ["auto", "mfp", "strong", "hevy"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `leanback import mfp|strong|hevy|auto FILE --user EMAIL [--skip-bad-rows] [--weight-unit kg|lb] [--json]`;

/** The report as the person reads it: what was written, what was not and why. */
export function renderPersonalReport(r: PersonalImportReport): string {
  const i = r.imported;
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const lines = [
    r.written
      ? `imported ${n(i.diaryEntries, "diary entry", "diary entries")}, ${n(i.weighIns, "weigh-in", "weigh-ins")}, ${n(i.workouts, "workout", "workouts")} (${n(i.sets, "set", "sets")}, ${n(i.cardio, "cardio bout", "cardio bouts")}); ${r.alreadyImported} already there`
      : "nothing was imported",
    ...r.files.map((f) => `read ${f.name} as ${f.kind} (${n(f.rows, "row", "rows")})`),
    ...r.notes,
  ];
  let out = lines.join("\n") + "\n";
  if (r.problems.length > 0) {
    out += `\n${r.problems.length + r.moreProblems} rows with a problem${r.written ? " (skipped)" : ""}:\n`;
    out += renderTable(
      ["file", "line", "problem"],
      r.problems.map((p) => [p.file, p.line, p.reason]),
    );
    if (r.moreProblems > 0) out += `… and ${r.moreProblems} more\n`;
  }
  if (r.ignored.length > 0) {
    out += `\nleft out on purpose:\n${renderTable(
      ["rows", "why"],
      r.ignored.map((g) => [g.count, g.reason]),
    )}`;
  }
  if (r.unmatchedExercises.length > 0) {
    out += `\nexercises not in the catalogue, kept as custom exercises:\n${renderTable(
      ["sets", "exercise"],
      r.unmatchedExercises.map((u) => [u.sets, u.name]),
    )}`;
  }
  return out;
}

/**
 * Runs one personal import (shared with `leanback foods import mfp`): exit 0 when written, 1 when
 * refused or unreadable (nothing written), 2 for bad flags.
 */
export async function runPersonalImport(
  parsed: ParsedArgs,
  io: CliIo,
  format: Format,
  file: string | undefined,
): Promise<number> {
  if (file === undefined) throw new UsageError("a FILE is required");
  const email = requiredFlag(parsed, "user");
  const unit =
    stringFlag(parsed, "weight-unit") === undefined
      ? null
      : choiceFlag(parsed, "weight-unit", ["kg", "lb"] as const);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(resolve(io.cwd ?? process.cwd(), file)));
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const s = await serverModules();
  const dbPath = stringFlag(parsed, "db");
  const rt = s.openRuntime(
    cliServerConfig(
      io,
      dbPath !== undefined ? { sqlitePath: resolve(io.cwd ?? process.cwd(), dbPath), databaseUrl: null } : {},
    ),
  );
  try {
    await s.runMigrations(rt);
    const userId = await s.userIdByEmail(rt.deps.db, email);
    if (userId === undefined) throw new UsageError(`--user: no account with e-mail ${email}`);
    const json = parsed.values.json === true;
    try {
      const report = await s.importPersonalFile(rt.deps, userId, bytes, {
        fileName: basename(file),
        format,
        skipBadRows: parsed.values["skip-bad-rows"] === true,
        weightUnit: unit,
      });
      io.stdout.write(json ? JSON.stringify(report, null, 2) + "\n" : renderPersonalReport(report));
      return 0;
    } catch (e) {
      if (e instanceof s.ImportRefusedError) {
        if (json) io.stdout.write(JSON.stringify(e.report, null, 2) + "\n");
        else io.stderr.write(renderPersonalReport(e.report));
        io.stderr.write(`leanback import: ${e.message}; add --skip-bad-rows to import the other rows\n`);
        return 1;
      }
      if (e instanceof s.ImportError) {
        io.stderr.write(`leanback import: ${e.message}; nothing was imported\n`);
        return 1;
      }
      throw e;
    }
  } finally {
    await rt.close();
  }
}

export const personalImportOptions = {
  user: { type: "string", valueName: "EMAIL", description: "whose diary, weigh-ins and workouts" },
  "skip-bad-rows": {
    type: "boolean",
    description: "import the good rows and report the bad ones (default: one bad row refuses the import)",
  },
  "weight-unit": {
    type: "string",
    valueName: "kg|lb",
    description: "unit of weights in files that do not say (Strong's comma layout, MFP measurements)",
  },
  json: { type: "boolean", description: "print the report as JSON" },
  db: {
    type: "string",
    valueName: "PATH",
    description: "SQLite file to use instead of the configured database",
  },
} as const;

export const importCommand: Command = {
  name: "import",
  summary: "Import a MyFitnessPal export (zip or CSV), a Strong CSV or a Hevy CSV into one account",
  usage: USAGE,
  positionals: true,
  options: personalImportOptions,
  async run(parsed, io) {
    const [kind, file, ...rest] = parsed.positionals;
    const format = FORMATS.find((f) => f === kind);
    if (format === undefined)
      throw new UsageError(
        `import needs a kind: ${FORMATS.join(", ")} (e.g. leanback import strong strong.csv --user me@example.org)`,
      );
    if (rest.length > 0) throw new UsageError(`one FILE at a time (got ${rest.length + 1})`);
    return runPersonalImport(parsed, io, format, file);
  },
};
