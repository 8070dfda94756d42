#!/usr/bin/env node
// The leanback binary. Production runs compiled JavaScript: one bundle of our sources, rebuilt
// when a source is newer (bin/compiled.mjs, docs/adr/0017-compiled-start.md). LEANBACK_TSX=1 runs
// the TypeScript sources through tsx instead, as does a machine where the build cannot run.
import { ensureBundle } from "./compiled.mjs";

async function loadMain() {
  if (process.env.LEANBACK_TSX !== "1") {
    try {
      return (await import(await ensureBundle())).main;
    } catch (e) {
      process.stderr.write(
        `leanback: could not build the compiled CLI (${e instanceof Error ? e.message : e}); running the sources\n`,
      );
    }
  }
  const { register } = await import("tsx/esm/api");
  register();
  return (await import("../src/main.ts")).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
