import type { TestProject } from "vitest/node";
import { postgresSkipReason } from "./dialects.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Why the PostgreSQL dialect is skipped in this run; "" when it runs (dialects.ts). */
    postgresSkip: string;
  }
}

/**
 * vitest globalSetup: asks PostgreSQL once per run whether it is there, prints why not, and tells
 * every test file, so describeEachDialect can skip the whole [postgres] block (hooks included)
 * instead of each file probing and then failing in its own beforeAll.
 */
export async function setup(project: TestProject): Promise<void> {
  const reason = await postgresSkipReason();
  if (reason !== "") console.warn(`\n${reason}\n`);
  project.provide("postgresSkip", reason);
}
