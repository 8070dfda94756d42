import { defineConfig } from "vitest/config";

// The test run Stryker uses for mutation testing of packages/core (npm run mutation): core's own
// unit tests and the CLI tests that print core's numbers, no database and no browser.
export default defineConfig({
  test: {
    include: ["packages/core/src/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
