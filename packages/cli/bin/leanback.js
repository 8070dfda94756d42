#!/usr/bin/env node
// The leanback binary: runs the TypeScript sources through tsx, so no build step is needed
// after `npm install` (see docs/adr/0002-typescript-at-runtime.md).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
