import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "coverage/**", "packages/web/public/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": [
        "error",
        { "ts-ignore": true, "ts-nocheck": true, "ts-expect-error": "allow-with-description" },
      ],
      "no-restricted-syntax": "off",
    },
  },
  {
    // Every regex may meet external text (a 100,000-letter product name once blocked the server for
    // 20 s): refuse patterns that backtrack or move super-linearly, plus the plugin's recommended set.
    files: ["**/*.{ts,tsx,js,mjs}"],
    ...regexp.configs["flat/recommended"],
    rules: {
      ...regexp.configs["flat/recommended"].rules,
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      // Style-only rules that would churn working patterns without making any of them safer.
      "regexp/no-unused-capturing-group": "off",
      "regexp/use-ignore-case": "off",
      "regexp/prefer-w": "off",
      "regexp/prefer-d": "off",
      "regexp/negation": "off",
    },
  },
  {
    // core is pure: time and randomness are parameters.
    files: ["packages/core/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "core is pure: pass time in as a parameter" },
        { object: "Math", property: "random", message: "core is pure: pass a seeded random source" },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "node:*",
            "fs",
            "path",
            "@leanback/db",
            "@leanback/server",
            "@leanback/web",
            "@leanback/cli",
          ],
        },
      ],
    },
  },
  // The dependency direction (docs/architecture.md): web → core; server → core, db; cli → server, core;
  // db → core types only (and core's error set, the one vocabulary for bad input). Nothing imports
  // server or web. scripts/import-graph.test.ts checks the same over resolved relative paths.
  ...dependencyDirection("packages/core/src/**/*.ts", [
    "@leanback/db",
    "@leanback/server",
    "@leanback/web",
    "@leanback/cli",
  ]),
  ...dependencyDirection(
    "packages/db/src/**/*.ts",
    ["@leanback/server", "@leanback/web", "@leanback/cli"],
    [
      {
        regex: "^@leanback/core(?!/errors$)(/.*)?$",
        allowTypeImports: true,
        message: "db takes only types (and the errors) from core (docs/architecture.md)",
      },
    ],
  ),
  ...dependencyDirection("packages/server/src/**/*.ts", ["@leanback/web", "@leanback/cli"]),
  ...dependencyDirection("packages/cli/src/**/*.ts", ["@leanback/web", "@leanback/db"]),
  ...dependencyDirection("packages/web/src/**/*.{ts,tsx}", [
    "@leanback/server",
    "@leanback/db",
    "@leanback/cli",
  ]),
);

/**
 * One lint block refusing imports of the named packages (also as subpaths) in `files`, plus any
 * `extra` pattern. The typescript-eslint rule, so a pattern may allow `import type`; core's own
 * no-restricted-imports (node:*, fs, path) stays beside it.
 */
function dependencyDirection(files, forbidden, extra = []) {
  const patterns = forbidden.flatMap((name) => [name, `${name}/*`]);
  return [
    {
      files: [files],
      rules: {
        "@typescript-eslint/no-restricted-imports": [
          "error",
          {
            patterns: [
              ...patterns.map((group) => ({
                group: [group],
                message: "breaks the dependency direction (docs/architecture.md)",
              })),
              ...extra,
            ],
          },
        ],
      },
    },
  ];
}
