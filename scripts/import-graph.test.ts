import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  cycles,
  describeEdges,
  edgesInCycles,
  groupEdges,
  importsOf,
  packageOf,
  scanImports,
  serverFeatureOf,
  sourceFiles,
  webPageOf,
  type GroupEdge,
  type ImportEdge,
} from "./import-graph.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGES = ["core", "db", "server", "cli", "web"] as const;
const FILES = PACKAGES.flatMap((p) => sourceFiles(ROOT, `packages/${p}/src`));
const EDGES = scanImports(ROOT, FILES);

/**
 * Known imports running back up, each with the reason it is still there. An entry that no longer
 * matches an import fails the test, so the list can only shrink.
 */
const SERVER_ALLOWED: Record<string, string> = {
  // Saving a profile re-plans the targets in the same transaction (profile/replan-on-save.ts), and
  // the targets read the profile. Breaking it needs an after-save hook in the route table.
  "features/profile -> features/energy": "profile save re-plans the targets in one transaction",
};

const WEB_ALLOWED: Record<string, string> = {
  // The check-in shows the progress page's training summary and borrows its stylesheet.
  "pages/checkin -> pages/progress": "shares progress.css",
  // A trainer sees a client's progress through the very page the client sees.
  "pages/coaching -> pages/progress": "client progress reuses the progress page",
  // The plan shows the trainer's comments with the coaching page's list (api, audit list, texts).
  "pages/plan -> pages/coaching": "my-comments reuses the coaching comment list",
  // Settings edits the body and goal with the onboarding wizard's own steps and state.
  "pages/settings -> pages/onboarding": "body/goal settings reuse the wizard steps",
  // The custom and interval timers run in the player's timer view (its hook, store and stylesheet).
  "pages/timers -> pages/player": "timers reuse the player's timer view",
};

/** Which packages each package may import (docs/architecture.md). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  db: ["core"],
  server: ["core", "db"],
  cli: ["server", "core"],
  web: ["core"],
};

const key = (edge: GroupEdge): string => `${edge.from} -> ${edge.to}`;

function withoutAllowed(edges: readonly GroupEdge[], allowed: Record<string, string>): GroupEdge[] {
  return edges.filter((edge) => !(key(edge) in allowed));
}

function staleEntries(edges: readonly GroupEdge[], allowed: Record<string, string>): string[] {
  const present = new Set(edges.map(key));
  return Object.keys(allowed).filter((entry) => !present.has(entry));
}

describe("import graph", () => {
  const serverEdges = groupEdges(EDGES, serverFeatureOf);
  const webEdges = groupEdges(EDGES, webPageOf);

  it("sees the sources (a scan that finds nothing proves nothing)", () => {
    expect(FILES.length).toBeGreaterThan(300);
    expect(serverEdges.length).toBeGreaterThan(10);
    expect(EDGES.some((e) => e.to === "packages/server/src/features/shared/errors.ts")).toBe(true);
  });

  it("has no cycle between server features (features/* and the food wing)", () => {
    const edges = withoutAllowed(serverEdges, SERVER_ALLOWED);
    const found = cycles(edges);
    expect(found, `cycles:\n${describeEdges(edgesInCycles(edges, found))}`).toEqual([]);
  });

  it("keeps features/shared below every feature", () => {
    const up = serverEdges.filter((edge) => edge.from === "features/shared");
    expect(up, describeEdges(up)).toEqual([]);
  });

  it("has no web page importing another page's folder (shared things live in ui/ or api/)", () => {
    const edges = withoutAllowed(webEdges, WEB_ALLOWED);
    expect(edges.map(key), describeEdges(edges)).toEqual([]);
  });

  it("has nothing in web/src outside pages/ importing a page, but the router's registry", () => {
    const up = groupEdges(EDGES, (file) => {
      if (file.startsWith("packages/web/src/pages/"))
        return file === "packages/web/src/pages/registry.ts" ? null : "pages";
      return file.startsWith("packages/web/src/") ? file : null;
    }).filter((edge) => edge.to === "pages");
    expect(
      up.map((edge) => edge.from),
      describeEdges(up),
    ).toEqual([]);
  });

  it("lists no allowance that is no longer needed", () => {
    expect(staleEntries(serverEdges, SERVER_ALLOWED)).toEqual([]);
    expect(staleEntries(webEdges, WEB_ALLOWED)).toEqual([]);
  });

  it("keeps the dependency direction between packages; db takes only types and the errors from core", () => {
    const wrong = groupEdges(EDGES, packageOf).filter(
      (edge) => !(MAY_IMPORT[edge.from] ?? []).includes(edge.to),
    );
    expect(wrong.map(key), describeEdges(wrong)).toEqual([]);
    const dbValues = EDGES.filter(
      (e) =>
        packageOf(e.from) === "db" &&
        e.to !== null &&
        packageOf(e.to) === "core" &&
        !e.typeOnly &&
        e.to !== "packages/core/src/errors.ts",
    );
    expect(dbValues.map((e) => `${e.from} imports "${e.specifier}"`)).toEqual([]);
  });
});

describe("import graph tools", () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, specifier: to, to, typeOnly: false });

  it("reads imports, re-exports, import() and import types, and tells type-only ones", () => {
    const found = importsOf(
      "x.tsx",
      [
        'import type { A } from "./a.js";',
        'import { type B, c } from "./b.js";',
        'import { type D } from "./d.js";',
        'export { e } from "./e.js";',
        'export type { F } from "./f.js";',
        'const g = () => import("./g.js");',
        'let h: import("./h.js").H;',
        'import "./i.css";',
        "const j = <div />;",
      ].join("\n"),
    );
    expect(found).toEqual([
      { specifier: "./a.js", typeOnly: true },
      { specifier: "./b.js", typeOnly: false },
      { specifier: "./d.js", typeOnly: true },
      { specifier: "./e.js", typeOnly: false },
      { specifier: "./f.js", typeOnly: true },
      { specifier: "./g.js", typeOnly: false },
      { specifier: "./h.js", typeOnly: true },
      { specifier: "./i.css", typeOnly: false },
    ]);
  });

  it("groups files into features and finds a cycle through three of them, not a chain", () => {
    const f = (name: string): string => `packages/server/src/features/${name}/x.ts`;
    const chain = groupEdges(
      [edge(f("a"), f("b")), edge(f("b"), f("c")), edge(f("a"), f("a"))],
      serverFeatureOf,
    );
    expect(chain.map(key)).toEqual(["features/a -> features/b", "features/b -> features/c"]);
    expect(cycles(chain)).toEqual([]);
    const loop = groupEdges(
      [
        edge(f("a"), f("b")),
        edge(f("b"), "packages/server/src/food/y.ts"),
        edge("packages/server/src/food/y.ts", f("a")),
      ],
      serverFeatureOf,
    );
    expect(cycles(loop)).toEqual([["features/a", "features/b", "food"]]);
    expect(edgesInCycles(loop, cycles(loop)).map(key)).toEqual([
      "features/a -> features/b",
      "features/b -> food",
      "food -> features/a",
    ]);
  });

  it("counts a page's files as the page, and the registry as none", () => {
    expect(webPageOf("packages/web/src/pages/plan/plan-page.tsx")).toBe("pages/plan");
    expect(webPageOf("packages/web/src/pages/registry.ts")).toBeNull();
    expect(serverFeatureOf("packages/server/src/http/routes.ts")).toBeNull();
  });
});
