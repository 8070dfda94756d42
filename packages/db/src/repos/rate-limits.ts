import type { Kysely } from "kysely";
import { InvalidInputError } from "@leanback/core/errors";
import type { Database } from "../schema.js";

export interface RateLimitHit {
  /** Hits in the current window including this one. */
  count: number;
  windowStart: number;
  /** When the current window ends (epoch ms). */
  resetAt: number;
}

/**
 * Counts one hit for `key` in the fixed window containing `now` and returns the new count.
 * Atomic across processes and app instances: a single INSERT … ON CONFLICT DO UPDATE …
 * RETURNING statement, so concurrent hits never lose an increment.
 *
 * @example
 * const { count } = await hitRateLimit(db, "login:ip:1.2.3.4", 60_000, Date.now());
 * if (count > 10) reject();
 */
export async function hitRateLimit(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  now: number,
): Promise<RateLimitHit> {
  if (!Number.isInteger(windowMs) || windowMs <= 0) {
    throw new InvalidInputError("windowMs", "windowMs must be a positive whole number of milliseconds");
  }
  const windowStart = now - (now % windowMs);
  const r = await db
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.columns(["key", "window_start"]).doUpdateSet((eb) => ({ count: eb("rate_limits.count", "+", 1) })),
    )
    .returning("count")
    .executeTakeFirstOrThrow();
  return { count: Number(r.count), windowStart, resetAt: windowStart + windowMs };
}

/** Current count for `key` in the window containing `now`, without counting a hit. */
export async function peekRateLimit(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  now: number,
): Promise<number> {
  const windowStart = now - (now % windowMs);
  const r = await db
    .selectFrom("rate_limits")
    .select("count")
    .where("key", "=", key)
    .where("window_start", "=", windowStart)
    .executeTakeFirst();
  return r === undefined ? 0 : Number(r.count);
}

/** Clears a key (e.g. after a successful login). */
export async function resetRateLimit(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("rate_limits").where("key", "=", key).execute();
}

/** Deletes windows that started before `before`; returns how many rows. */
export async function pruneRateLimits(db: Kysely<Database>, before: number): Promise<number> {
  const r = await db.deleteFrom("rate_limits").where("window_start", "<", before).executeTakeFirst();
  return Number(r.numDeletedRows);
}
