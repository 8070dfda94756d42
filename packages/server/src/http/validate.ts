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
  collectDropped(input, output, path, out);
  return out;
}

// Loops pushing into one list, not flatMap/spread: these run on every request's input.
function collectDropped(input: unknown, output: unknown, path: string, out: ValidationIssue[]): void {
  if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      if (!Object.prototype.hasOwnProperty.call(output, key)) {
        out.push({ path: `${path}.${key}`, message: "unknown field" });
      } else {
        const v = input[key];
        if (typeof v === "object" && v !== null) collectDropped(v, output[key], `${path}.${key}`, out);
      }
    }
  } else if (Array.isArray(input) && Array.isArray(output) && input.length === output.length) {
    for (let i = 0; i < input.length; i++) {
      const v: unknown = input[i];
      if (typeof v === "object" && v !== null) collectDropped(v, output[i], `${path}.${i}`, out);
    }
  }
}

/**
 * Paths of strings holding NUL: PostgreSQL cannot store U+0000 in text (it would be a 500 there
 * and fine in SQLite), so the mechanism refuses it on every dialect alike.
 */
export function nulStrings(v: unknown, path: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  collectNul(v, path, out);
  return out;
}

function collectNul(v: unknown, path: string, out: ValidationIssue[]): void {
  if (typeof v === "string") {
    if (v.includes("\u0000")) out.push({ path, message: "must not contain NUL characters" });
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) collectNul(v[i], `${path}.${i}`, out);
  } else if (isPlainObject(v)) {
    for (const k of Object.keys(v)) {
      const at = `${path}.${k}`;
      collectNul(k, at, out);
      collectNul(v[k], at, out);
    }
  }
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
