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
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.LEANBACK_E2E_DIST;
  const buildDir = given ? null : mkdtempSync(path.join(tmpdir(), "leanback-e2e-dist-"));
  const dist = given ?? path.join(buildDir as string, "dist");
  if (!given) buildWeb(dist);
  const server = await startServer(dist);
  project.provide("baseUrl", server.url);
  project.provide("distDir", dist);
  return async () => {
    await server.stop();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  };
}
