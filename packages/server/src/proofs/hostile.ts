import fc from "fast-check";

/** A value that must never be stored: injected only under keys no schema declares. */
export const MARKER = "fuzz-marker-7c1e";

/** Keys an attacker adds to bodies and queries (mass assignment, prototype pollution). */
export const EXTRA_KEYS = [
  "user_id",
  "userId",
  "role",
  "id",
  "created_at",
  "isAdmin",
  "__proto__",
  "constructor",
];

/** Scalars and shapes that break naive code: huge, empty, NaN-ish, impossible dates, negatives. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "NaN",
    "Infinity",
    "-Infinity",
    "-1",
    "1e309",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "2026-02-29",
    "",
    " ",
    "null",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u0000",
    "😀".repeat(2000),
    "x".repeat(100_000),
    "../../etc/passwd",
    "%00",
  ),
  fc.constantFrom(-1, -250, -1e9, 0, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, 0.000001, 1e-320, 2 ** 31),
  fc.constantFrom<unknown>(null, true, false, [], {}, [[[]]], { a: { b: { c: {} } } }, Array(1000).fill(1)),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

type Path = readonly (string | number)[];

/** Every path to a value inside `v` (objects and arrays), root first. */
export function pathsOf(v: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...prefix, i])));
  else if (v !== null && typeof v === "object")
    for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...prefix, k]));
  return out;
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, so "__proto__" becomes an own key that JSON.stringify sends.
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export type Op =
  | { kind: "replace"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "extra"; at: number; key: string }
  | { kind: "whole"; value: unknown };

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: hostileValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("extra" as const),
      at: fc.nat(),
      key: fc.constantFrom(...EXTRA_KEYS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("whole" as const),
      value: fc.oneof(hostileValue, fc.jsonValue()),
    }),
  },
);

function getAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const k of path) cur = (cur as Record<string | number, unknown>)[k];
  return cur;
}

/** Applies mutations to a deep copy of `base`. */
export function mutate(base: unknown, ops: readonly Op[]): unknown {
  let root: unknown = base === undefined ? undefined : structuredClone(base);
  for (const op of ops) {
    if (op.kind === "whole") {
      root = structuredClone(op.value);
      continue;
    }
    const paths = pathsOf(root);
    const path = paths[op.at % paths.length] ?? [];
    if (op.kind === "replace") {
      if (path.length === 0) root = structuredClone(op.value);
      else
        (getAt(root, path.slice(0, -1)) as Record<string | number, unknown>)[path.at(-1) as string] =
          structuredClone(op.value);
    } else if (op.kind === "delete") {
      if (path.length === 0) root = undefined;
      else {
        const parent = getAt(root, path.slice(0, -1));
        if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
        else delete (parent as Record<string, unknown>)[path.at(-1) as string];
      }
    } else {
      // Add the key to the nearest object on the path (the root when it is one).
      for (let n = path.length; n >= 0; n--) {
        const target = getAt(root, path.slice(0, n));
        if (target !== null && typeof target === "object" && !Array.isArray(target)) {
          setOwn(target as Record<string, unknown>, op.key, MARKER);
          break;
        }
      }
    }
  }
  return root;
}
