import type { z } from "zod";
import type { ValidationIssue } from "./errors.js";

/** zod issues → our `{ path: "body.weightKg", message }` list; unknown keys listed one by one. */
export function toIssues(where: string, error: z.ZodError): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const base = [where, ...issue.path.map(String)].join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: `${base}.${key}`, message: "unknown field" });
    } else {
      out.push({ path: base, message: issue.message });
    }
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Keys present in the raw input but absent from the parsed output: a non-strict z.object
 * silently drops them, and we want them reported (and never stored). Catches "__proto__",
 * "user_id", "role" however the schema was written.
 */
export function droppedKeys(input: unknown, output: unknown, path: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      if (!Object.prototype.hasOwnProperty.call(output, key)) {
        out.push({ path: `${path}.${key}`, message: "unknown field" });
      } else {
        out.push(...droppedKeys(input[key], output[key], `${path}.${key}`));
      }
    }
  } else if (Array.isArray(input) && Array.isArray(output) && input.length === output.length) {
    input.forEach((v, i) => out.push(...droppedKeys(v, output[i], `${path}.${i}`)));
  }
  return out;
}

/**
 * Paths of strings holding NUL: PostgreSQL cannot store U+0000 in text (it would be a 500 there
 * and fine in SQLite), so the mechanism refuses it on every dialect alike.
 */
export function nulStrings(v: unknown, path: string): ValidationIssue[] {
  if (typeof v === "string")
    return v.includes("\u0000") ? [{ path, message: "must not contain NUL characters" }] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => nulStrings(x, `${path}.${i}`));
  if (isPlainObject(v))
    return Object.entries(v).flatMap(([k, x]) => [
      ...nulStrings(k, `${path}.${k}`),
      ...nulStrings(x, `${path}.${k}`),
    ]);
  return [];
}

/** Parses with `schema`; returns the value or the issues (including silently dropped keys). */
export function validate(
  where: string,
  schema: z.ZodType,
  input: unknown,
): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  const nul = nulStrings(input, where);
  if (nul.length > 0) return { ok: false, issues: nul };
  const r = schema.safeParse(input);
  if (!r.success) return { ok: false, issues: toIssues(where, r.error) };
  const dropped = droppedKeys(input, r.data, where);
  if (dropped.length > 0) return { ok: false, issues: dropped };
  return { ok: true, value: r.data };
}
