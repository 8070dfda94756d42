import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** One import statement: `from` imports `specifier`, which resolves to `to` (repo-relative) when it is ours. */
export interface ImportEdge {
  readonly from: string;
  readonly specifier: string;
  readonly to: string | null;
  /** `import type` / `export type`: erased at compile time. */
  readonly typeOnly: boolean;
}

/** Every .ts/.tsx file under `dir` (repo-relative paths, sorted), skipping node_modules and dist. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "dist") walk(child);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

/** The module specifiers of one file: imports, re-exports, `import()` calls, with their type-only flag. */
export function importsOf(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, scriptKind(fileName));
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node) });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push({ specifier: literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function scriptKind(fileName: string): ts.ScriptKind {
  return fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // side-effect import
  if (clause.isTypeOnly) return true;
  // `import { type A, type B } from "x"` is erased too under verbatimModuleSyntax only if every name is a type.
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** Resolves a relative or `@leanback/<pkg>[/sub]` specifier to a repo-relative source file; null when not ours. */
export function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith(".")) {
    base = path.posix.join(path.posix.dirname(from), specifier);
  } else {
    const match = /^@leanback\/([a-z-]+)(?:\/(.+))?$/.exec(specifier);
    if (!match || !match[1]) return null;
    base = path.posix.join("packages", match[1], "src", match[2] ?? "index");
  }
  const stem = base.replace(/\.(js|jsx|ts|tsx)$/, "");
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.tsx`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(path.join(root, candidate))) return candidate;
  }
  // Ours but not a source file (a JSON module, a CSS file): keep the path so the package is still known.
  return base;
}

/** Every import edge of the given files. */
export function scanImports(root: string, files: readonly string[]): ImportEdge[] {
  return files.flatMap((from) =>
    importsOf(from, readFileSync(path.join(root, from), "utf8")).map(({ specifier, typeOnly }) => ({
      from,
      specifier,
      to: resolveSpecifier(root, from, specifier),
      typeOnly,
    })),
  );
}

/** Which group a file belongs to (a feature folder, a page folder), or null when it is in none. */
export type GroupOf = (file: string) => string | null;

/** `packages/server/src/features/<name>/…` and the feature wing `packages/server/src/food/…`. */
export const serverFeatureOf: GroupOf = (file) => {
  const feature = /^packages\/server\/src\/features\/([^/]+)\//.exec(file);
  if (feature?.[1]) return `features/${feature[1]}`;
  return file.startsWith("packages/server/src/food/") ? "food" : null;
};

/** `packages/web/src/pages/<name>/…`; the registry beside the folders is the router's, not a page's. */
export const webPageOf: GroupOf = (file) => {
  const page = /^packages\/web\/src\/pages\/([^/]+)\//.exec(file);
  return page?.[1] ? `pages/${page[1]}` : null;
};

/** `packages/<name>/…` */
export const packageOf: GroupOf = (file) => /^packages\/([^/]+)\//.exec(file)?.[1] ?? null;

/** One edge between two different groups, with the file-level imports that make it. */
export interface GroupEdge {
  readonly from: string;
  readonly to: string;
  readonly imports: readonly ImportEdge[];
}

/** Collapses file imports into edges between groups (imports inside one group are dropped). */
export function groupEdges(edges: readonly ImportEdge[], groupOf: GroupOf): GroupEdge[] {
  const byPair = new Map<string, { from: string; to: string; imports: ImportEdge[] }>();
  for (const edge of edges) {
    if (edge.to === null) continue;
    const from = groupOf(edge.from);
    const to = groupOf(edge.to);
    if (from === null || to === null || from === to) continue;
    const key = `${from}\u0000${to}`;
    const entry = byPair.get(key) ?? { from, to, imports: [] };
    entry.imports.push(edge);
    byPair.set(key, entry);
  }
  return [...byPair.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/**
 * The strongly connected components with more than one group (Tarjan's algorithm): each is a set of
 * groups that import each other round a cycle.
 */
export function cycles(edges: readonly GroupEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const nodes = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return out.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/** The group edges that lie inside one of the cycles. */
export function edgesInCycles(edges: readonly GroupEdge[], found: readonly string[][]): GroupEdge[] {
  const componentOf = new Map<string, number>();
  found.forEach((component, i) => component.forEach((node) => componentOf.set(node, i)));
  return edges.filter(
    (edge) => componentOf.has(edge.from) && componentOf.get(edge.from) === componentOf.get(edge.to),
  );
}

/** One line per group edge, naming each file import behind it: what a failing check prints. */
export function describeEdges(edges: readonly GroupEdge[]): string {
  return edges
    .map(
      (edge) =>
        `${edge.from} -> ${edge.to}\n` +
        edge.imports
          .map((i) => `    ${i.from} imports "${i.specifier}"${i.typeOnly ? " (type)" : ""}`)
          .join("\n"),
    )
    .join("\n");
}
