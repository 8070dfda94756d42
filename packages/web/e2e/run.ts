// `npm run test:e2e`: the browser tests, or one line saying why they are skipped (e2e/harness/gate.ts).
// Arguments are passed to vitest (e.g. `npm run test:e2e -w packages/web -- e2e/diary.e2e.ts`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH } from "./harness/chromium.js";
import { e2eGate } from "./harness/gate.js";

const gate = e2eGate(process.env, CHROMIUM_PATH, existsSync);
if (!gate.run) {
  console.log(gate.message);
  process.exit(gate.exitCode);
}
const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const r = spawnSync(
  "npx",
  ["--no-install", "vitest", "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)],
  {
    cwd: webDir,
    stdio: "inherit",
  },
);
process.exit(r.status ?? 1);
