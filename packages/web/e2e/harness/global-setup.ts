import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildWeb, startServer } from "./server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the server the e2e tests drive. */
    baseUrl: string;
    /** The web build the server serves (for tests that start a server of their own). */
    distDir: string;
  }
}

/**
 * Once per e2e run: build the web app into a temporary folder, start the real server on it with
 * a temporary SQLite data dir, and hand its URL to the tests (inject("baseUrl")).
 * LEANBACK_E2E_DIST=<dir> reuses an existing build instead of building.
 *
 * The server skips the USDA food seed (LEANBACK_SEED_FOODS=0): the tests bring their own foods
 * and assert on what search ranks first, which 8,790 real foods would change. Seeding costs about
 * a second (SQLite), so the choice is about determinism, not time; bench/web seeds (real data).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.LEANBACK_E2E_DIST;
  const buildDir = given ? null : mkdtempSync(path.join(tmpdir(), "leanback-e2e-dist-"));
  const dist = given ?? path.join(buildDir as string, "dist");
  if (!given) buildWeb(dist);
  const server = await startServer(dist, { LEANBACK_SEED_FOODS: "0" });
  project.provide("baseUrl", server.url);
  project.provide("distDir", dist);
  return async () => {
    await server.stop();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  };
}
