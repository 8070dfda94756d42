#!/usr/bin/env node
// Prints the mutation score per core folder from Stryker's JSON report (reports/mutation/mutation.json),
// as recorded in docs/benchmarks.md. Score = (killed + timeout) / (killed + timeout + survived + no coverage),
// Stryker's own definition; compile errors and ignored mutants are left out.
import { readFileSync } from "node:fs";

const file = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "reports/mutation/mutation.json";
const report = JSON.parse(readFileSync(file, "utf8"));
const folders = new Map();
const survivors = [];
for (const [path, entry] of Object.entries(report.files)) {
  const m = /packages\/core\/src\/([^/]+)\//.exec(path);
  const folder = m ? m[1] : path;
  const t = folders.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 };
  for (const mutant of entry.mutants) {
    if (mutant.status === "Killed") t.killed++;
    else if (mutant.status === "Timeout") t.timeout++;
    else if (mutant.status === "Survived") t.survived++;
    else if (mutant.status === "NoCoverage") t.noCoverage++;
    else t.other++;
    if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
      survivors.push(`${path}:${mutant.location.start.line} ${mutant.mutatorName} ${mutant.status}`);
    }
  }
  folders.set(folder, t);
}
const rows = [["folder", "mutants", "killed", "timeout", "survived", "no coverage", "score"]];
for (const [folder, t] of [...folders].sort()) {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  const score = valid === 0 ? "–" : `${((100 * (t.killed + t.timeout)) / valid).toFixed(1)} %`;
  rows.push([
    folder,
    String(valid),
    String(t.killed),
    String(t.timeout),
    String(t.survived),
    String(t.noCoverage),
    score,
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join("  "));
if (process.argv.includes("--survivors")) for (const s of survivors) console.log(s);
