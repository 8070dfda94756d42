import { defineConfig } from "vitest/config";

// Browser tests: the real server + Debian chromium (e2e/harness). One file at a time keeps the
// 2-core CI machine from timing out; each file gets its own browser, each test its own context.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/harness/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: "forks",
  },
});
