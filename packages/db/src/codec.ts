import { InvalidInputError } from "@leanback/core/errors";
import type { Bool01 } from "./schema.js";

// Encodings the repositories hide from callers (docs/adr/0003-storage.md).

export function toBool01(b: boolean): Bool01 {
  return b ? 1 : 0;
}

/** Accepts 0/1 and, defensively, a PostgreSQL boolean or a numeric string. */
export function fromBool01(v: unknown): boolean {
  return v === 1 || v === true || v === "1";
}

/** JSON → text; refuses values JSON cannot represent so nothing is silently dropped. */
export function toJsonText(field: string, value: unknown): string {
  const text = value === undefined ? undefined : JSON.stringify(value);
  if (text === undefined) throw new InvalidInputError(field, `${field} must be JSON-serialisable`);
  return text;
}

export function toJsonTextOrNull(field: string, value: unknown): string | null {
  return value === null || value === undefined ? null : toJsonText(field, value);
}

export function fromJsonText(text: string): unknown {
  return JSON.parse(text) as unknown;
}

export function fromJsonTextOrNull(text: string | null): unknown {
  return text === null ? null : fromJsonText(text);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws InvalidInputError unless `value` is a real calendar date 'YYYY-MM-DD'. */
export function requireIsoDate(field: string, value: string): string {
  const m = ISO_DATE.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return value;
  }
  throw new InvalidInputError(field, `${field} must be a calendar date YYYY-MM-DD`);
}
