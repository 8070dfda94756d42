import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { ImportReport } from "@leanback/server/food/import-report";
import type { Runtime } from "@leanback/server/runtime";
import { numberFlag, stringFlag, type Command, type ParsedArgs } from "../command.js";
import { UsageError, type CliIo } from "../io.js";
import { cliServerConfig } from "../server-config.js";
import { serverModules, type ServerModules } from "../server-modules.js";
import { renderTable } from "../table.js";
import { progressLine } from "../progress-line.js";
import { personalImportOptions, runPersonalImport } from "./import.js";

const USAGE = `leanback foods search "QUERY" [--json] [--limit N] [--user EMAIL]
       leanback foods seed
       leanback foods import fdc FILE.zip | off FILE.jsonl[.gz]|FILE.csv[.gz] | mfp FILE.zip|FILE.csv --user EMAIL
       leanback foods barcode CODE [--json] [--off-url URL]`;

/** A progress bar on stderr (\r-redrawn; one line per phase). */
function progressBar(io: CliIo): (phase: string, done: number, total: number) => void {
  let last = "";
  return (phase, done, total) => {
    const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 100;
    const filled = Math.round(pct / 5);
    const line = `${phase.padEnd(9)} [${"#".repeat(filled)}${"-".repeat(20 - filled)}] ${String(pct).padStart(3)}% ${done}/${total}`;
    if (line === last) return;
    io.stderr.write(`\r${line}${done >= total ? "\n" : ""}`);
    last = line;
  };
}

async function withDb<T>(parsed: ParsedArgs, io: CliIo, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const s = await serverModules();
  const dbPath = stringFlag(parsed, "db");
  const config = cliServerConfig(
    io,
    dbPath !== undefined ? { sqlitePath: resolve(io.cwd ?? process.cwd(), dbPath), databaseUrl: null } : {},
  );
  const rt = s.openRuntime(config);
  try {
    await s.runMigrations(rt);
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

async function userIdFor(rt: Runtime, email: string | undefined): Promise<string | null> {
  const s = await serverModules();
  if (email === undefined) return null;
  const id = await s.userIdByEmail(rt.deps.db, email);
  if (id === undefined) throw new UsageError(`--user: no account with e-mail ${email}`);
  return id;
}

/** Prints a report: totals, the first skipped rows with line and reason, counts by reason. */
function printReport(io: CliIo, report: ImportReport, json: boolean, s: ServerModules): void {
  if (json) {
    io.stdout.write(JSON.stringify(report, null, 2) + "\n");
    return;
  }
  const total = report.skippedTotal ?? report.skipped.length;
  io.stdout.write(`imported ${report.imported}, skipped ${total}\n`);
  if (report.skippedTotal !== undefined && total > 0) {
    const shown = report.skipped.slice(0, 20);
    for (const r of shown)
      io.stdout.write(`  line ${r.line ?? "?"}${r.id !== undefined ? ` (${r.id})` : ""}: ${r.reason}\n`);
    if (total > shown.length) io.stdout.write(`  … and ${total - shown.length} more skipped rows\n`);
  }
  const groups = report.skippedByReason ?? s.summariseSkipped(report.skipped);
  if (groups.length > 0)
    io.stdout.write(
      renderTable(
        ["skipped", "reason"],
        groups.map((g) => [g.count, g.reason]),
      ),
    );
}

async function readInput(io: CliIo, file: string | undefined): Promise<Uint8Array> {
  if (file === undefined) throw new UsageError("a FILE is required");
  try {
    return new Uint8Array(await readFile(resolve(io.cwd ?? process.cwd(), file)));
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const foodsCommand: Command = {
  name: "foods",
  summary: "Food database: search, seed SR28, import FDC/OFF/MyFitnessPal, barcode lookup",
  usage: USAGE,
  positionals: true,
  options: {
    json: { type: "boolean", description: "print machine-readable JSON" },
    limit: { type: "string", valueName: "N", description: "search results, 1–50 (default 10)" },
    user: {
      type: "string",
      valueName: "EMAIL",
      description: "whose recent foods rank first / whose diary mfp imports into",
    },
    "skip-bad-rows": personalImportOptions["skip-bad-rows"],
    "weight-unit": personalImportOptions["weight-unit"],
    format: {
      type: "string",
      valueName: "jsonl|csv",
      description: "Open Food Facts file format (default from the file name)",
    },
    "off-url": {
      type: "string",
      valueName: "URL",
      description: "Open Food Facts base URL (default https://world.openfoodfacts.org)",
    },
    db: {
      type: "string",
      valueName: "PATH",
      description: "SQLite file to use instead of the configured database",
    },
  },
  async run(parsed, io) {
    const s = await serverModules();
    const [sub, ...args] = parsed.positionals;
    const json = parsed.values.json === true;
    switch (sub) {
      case "search": {
        const query = args.join(" ").trim();
        if (query === "")
          throw new UsageError('search needs a query, e.g. leanback foods search "greek yog"');
        const limit = numberFlag(
          parsed,
          "limit",
          { min: 1, max: 50, integer: true, rule: "limit must be a whole number 1–50" },
          10,
        );
        return withDb(parsed, io, async (rt) => {
          await s.seedSr28IfEmpty(rt.deps.db);
          const userId = await userIdFor(rt, stringFlag(parsed, "user"));
          const hits = await s.searchFoodsOp(rt.deps.db, { query, limit, userId });
          if (json) {
            io.stdout.write(
              JSON.stringify(
                hits.map((h) => ({ ...h.food, score: h.score, match: h.match, uses: h.uses })),
                null,
                2,
              ) + "\n",
            );
          } else if (hits.length === 0) {
            io.stdout.write(`no foods match "${query}"\n`);
          } else {
            io.stdout.write(
              renderTable(
                ["food", "brand", "kcal/100g", "protein g", "source"],
                hits.map((h) => [
                  h.food.displayName,
                  h.food.brand ?? "",
                  Math.round((h.food.per100g.kcal ?? 0) / 1000),
                  h.food.per100g.proteinG === null ? "?" : (h.food.per100g.proteinG / 1000).toFixed(1),
                  h.food.source,
                ]),
              ),
            );
          }
          return 0;
        });
      }
      case "seed":
        return withDb(parsed, io, async (rt) => {
          const bar = progressBar(io);
          const report = await s.seedSr28(rt.deps.db, { onProgress: (d, t) => bar("seeding", d, t) });
          printReport(
            io,
            {
              imported: report.foods,
              skipped: report.skipped.map((row) => ({ id: row.sourceId, reason: row.reason })),
            },
            json,
            s,
          );
          return 0;
        });
      case "import": {
        const [kind, file] = args;
        if (kind !== "fdc" && kind !== "off" && kind !== "mfp")
          throw new UsageError("import needs a kind: fdc, off or mfp");
        // MyFitnessPal is a person's data, imported like Strong and Hevy (leanback import).
        if (kind === "mfp") return runPersonalImport(parsed, io, "mfp", file);
        if (kind === "off") {
          if (file === undefined) throw new UsageError("a FILE is required");
          const path = resolve(io.cwd ?? process.cwd(), file);
          const format =
            stringFlag(parsed, "format") ?? (/\.(csv|tsv)(\.gz)?$/i.test(file) ? "csv" : "jsonl");
          if (format !== "csv" && format !== "jsonl") throw new UsageError("--format must be jsonl or csv");
          try {
            await access(path, constants.R_OK);
          } catch (e) {
            throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
          }
          return withDb(parsed, io, async (rt) => {
            try {
              const report = await s.importOffFile(rt.deps.db, path, format, {
                onProgress: progressLine(io),
              });
              printReport(io, report, json, s);
              return 0;
            } catch (e) {
              if (!(e instanceof s.ImportError)) throw e;
              const kept =
                e.written > 0
                  ? `; the ${e.written} products written before it were kept (importing the whole file again is safe: products are updated by barcode)`
                  : "; nothing was imported";
              io.stderr.write(
                `${io.stderr.isTTY === true ? "\n" : ""}leanback foods import off: ${e.message}${kept}\n`,
              );
              return 1;
            }
          });
        }
        const bytes = await readInput(io, file);
        return withDb(parsed, io, async (rt) => {
          const onProgress = progressBar(io);
          let report: ImportReport;
          try {
            report = await s.importFdcZip(rt.deps.db, bytes, { onProgress });
          } catch (e) {
            if (e instanceof s.ImportError) {
              io.stderr.write(`leanback foods import ${kind}: ${e.message}; nothing was imported\n`);
              return 1;
            }
            throw e;
          }
          printReport(io, report, json, s);
          return 0;
        });
      }
      case "barcode": {
        const code = args[0];
        if (code === undefined) throw new UsageError("barcode needs a code");
        return withDb(parsed, io, async (rt) => {
          try {
            const r = await s.lookupBarcode(rt.deps.db, code, {
              ...(stringFlag(parsed, "off-url") ? { baseUrl: stringFlag(parsed, "off-url") } : {}),
            });
            if (json) io.stdout.write(JSON.stringify(r, null, 2) + "\n");
            else if (!r.found) io.stdout.write(`no product with barcode ${r.barcode}\n`);
            else
              io.stdout.write(
                `${r.food.displayName}${r.food.brand ? ` (${r.food.brand})` : ""}: ${Math.round((r.food.per100g.kcal ?? 0) / 1000)} kcal/100 g${r.cached ? "" : " — saved to your foods"}\n`,
              );
            return r.found ? 0 : 1;
          } catch (e) {
            if (e instanceof s.BarcodeLookupError) {
              io.stderr.write(`leanback foods barcode: ${e.message}\n`);
              return 1;
            }
            throw e;
          }
        });
      }
      default:
        throw new UsageError(
          `unknown foods sub-command ${sub === undefined ? "(none)" : `"${sub}"`}; use search, seed, import or barcode`,
        );
    }
  },
};
