import { InvalidInputError } from "@leanback/core/errors";
import type { z } from "zod";

/** A zod issue path ["sets", 0, "reps"] → the field name a caller typed: "sets[0].reps". */
export function fieldOfPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "body" : out;
}

/**
 * Parses untrusted input with a zod schema; the first problem becomes an InvalidInputError naming
 * the field, so the HTTP edge answers 422 and the CLI exits 2 with the same words.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new InvalidInputError("body", "input is not valid");
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "body";
    throw new InvalidInputError(fieldOfPath([...issue.path, key]), "is not a known field");
  }
  throw new InvalidInputError(fieldOfPath(issue.path), issue.message);
}
