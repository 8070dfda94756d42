#!/usr/bin/env node
// `npm start` runs this first (root "prestart"): a fresh clone has no packages/web/dist, and
// without it the server only shows a "not built yet" note. Builds the web app once, when missing;
// an existing build is left alone (run `npm run build:web` to rebuild after editing the web app).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The server reads LEANBACK_WEB_DIST too (packages/server/src/config.ts); respect it here.
const dist = path.resolve(repo, process.env.LEANBACK_WEB_DIST || "packages/web/dist");
const index = path.join(dist, "index.html");

if (existsSync(index)) process.exit(0);
if (process.env.LEANBACK_WEB_DIST) {
  console.error(`leanback: LEANBACK_WEB_DIST=${dist} has no index.html; not building into a custom folder.`);
  process.exit(0);
}
console.log("leanback: packages/web/dist is missing, building the web app once (npm run build:web)…");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const r = spawnSync(npm, ["run", "build:web"], { cwd: repo, stdio: "inherit" });
if (r.status !== 0) {
  console.error("leanback: the web build failed; fix it or run `npm run build:web` by hand.");
  process.exit(r.status ?? 1);
}
