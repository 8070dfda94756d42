import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { migrations } from "./index.js";

const dir = dirname(fileURLToPath(import.meta.url));
const migrationFiles = readdirSync(dir).filter((f) => /^\d{8}T\d{4}_[a-z0-9_-]+\.ts$/.test(f));

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g;
  for (const m of source.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3] ?? "");
  return specs;
}

describe("migrations", () => {
  it("finds the migration files", () => {
    expect(migrationFiles.length).toBeGreaterThan(0);
  });

  it.each(migrationFiles)("%s imports only kysely (never app code)", (file) => {
    const specs = importsOf(readFileSync(join(dir, file), "utf8"));
    const foreign = specs.filter((s) => s !== "kysely");
    expect(foreign).toEqual([]);
  });

  it("the import scanner catches app imports (so the test above can fail)", () => {
    const src = `import { sql } from "kysely";\nimport type { Database } from "../schema.js";\nconst x = await import("@leanback/core/errors");`;
    expect(importsOf(src).filter((s) => s !== "kysely")).toEqual(["../schema.js", "@leanback/core/errors"]);
  });

  it("lists every migration file in index.ts, in timestamp order", () => {
    const names = migrationFiles.map((f) => f.replace(/\.ts$/, "")).sort();
    expect(Object.keys(migrations)).toEqual(names);
  });
});
