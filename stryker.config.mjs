// Mutation testing of packages/core with StrykerJS and its vitest runner (npm run mutation).
// `npm run mutation -- --mutate 'packages/core/src/energy/**/*.ts'` narrows it to one folder;
// scripts/mutation-score.mjs turns the JSON report into the per-folder table in docs/benchmarks.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "packages/core/src/{energy,expenditure,training,nutrition}/**/*.ts",
    "!packages/core/src/**/*.test.ts",
    "!packages/core/src/**/golden/**",
  ],
  ignorePatterns: [
    "/packages/web",
    "/packages/server",
    "/packages/db",
    "/packages/cli",
    "/bench",
    "/docs",
    "/data/*.db*",
    "/reports",
    "/.stryker-tmp",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
