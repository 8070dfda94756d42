import { defineConfig } from "vitest/config";

// One vitest run covers every package; e2e browser tests live in packages/web/e2e and run separately.
export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "bench/**/*.test.ts",
      "scripts/**/*.test.ts",
      "data/**/*.test.ts",
      "packages/web/e2e/harness/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "packages/web/e2e/**/*.e2e.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Asks PostgreSQL once whether it is there; [postgres] blocks skip as a whole when not.
    globalSetup: ["packages/db/src/testing/postgres-probe.global.ts"],
  },
});
