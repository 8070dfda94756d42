import { z } from "zod";

/** How many items one answer of an id list may hold. */
export interface PageRule {
  /** Items when the caller gives no `limit`. */
  readonly defaultLimit: number;
  /** The largest `limit` accepted (more is a 422 on query.limit). */
  readonly maxLimit: number;
}

/** A resolved page: skip `offset` items, answer at most `limit`. */
export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

// An opaque cursor to clients; today the position of the next item in the list's stable order.
const cursorSchema = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,8})$/, "cursor must be a `next` value from an earlier answer");

/** ?limit=&cursor= for an id list: limit 1..maxLimit (default defaultLimit), cursor from `next`. */
export function pageQuery(rule: PageRule) {
  const rule1 = `limit must be a whole number 1–${rule.maxLimit}`;
  return z.strictObject({
    limit: z.coerce.number().int(rule1).min(1, rule1).max(rule.maxLimit, rule1).optional(),
    cursor: cursorSchema.optional(),
  });
}

/** The page the query asks for. */
export function pageRequest(
  query: { limit?: number | undefined; cursor?: string | undefined },
  rule: PageRule,
): PageRequest {
  return {
    limit: query.limit ?? rule.defaultLimit,
    offset: query.cursor === undefined ? 0 : Number(query.cursor),
  };
}

/**
 * Cuts `rows` — read with limit + 1, so one more than a page says there is more — to the page and
 * its `next` cursor (null on the last page).
 */
export function pageOf<T>(rows: readonly T[], page: PageRequest): { items: T[]; next: string | null } {
  const more = rows.length > page.limit;
  return { items: rows.slice(0, page.limit), next: more ? String(page.offset + page.limit) : null };
}

/** The `next` field of a paged answer. */
export const nextSchema = z.string().nullable();
