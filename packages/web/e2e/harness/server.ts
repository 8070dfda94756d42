import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const WEB_DIR = path.resolve(here, "../..");
export const REPO_DIR = path.resolve(WEB_DIR, "../..");

/**
 * Builds the web app into `outDir` (a temporary folder per run, so engineers and CI jobs running
 * e2e at the same time never overwrite each other's packages/web/dist).
 */
export function buildWeb(outDir: string): void {
  const vite = path.join(
    path.dirname(createRequire(import.meta.url).resolve("vite/package.json")),
    "bin/vite.js",
  );
  const r = spawnSync(
    process.execPath,
    [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
    {
      cwd: WEB_DIR,
      encoding: "utf8",
      // vitest sets NODE_ENV=test, which would make Vite build a non-production bundle
      // (import.meta.env.PROD false: no service worker).
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface RunningServer {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real server (`leanback serve`, SQLite in a fresh temporary data dir) on a free
 * 127.0.0.1 port, serving the web build in `distDir`. Resolves once it prints its URL.
 */
export async function startServer(
  distDir: string,
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "leanback-e2e-data-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LEANBACK_DATA_DIR: dataDir,
    LEANBACK_WEB_DIST: distDir,
    LOG_LEVEL: "warn",
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.PORT;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(REPO_DIR, "packages/cli/bin/leanback.js"), "serve", "--port", "0", "--host", "127.0.0.1"],
    { cwd: REPO_DIR, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ""));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
