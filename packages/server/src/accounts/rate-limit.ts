import type { ServerDeps } from "../deps.js";

/** Sliding window kept as one-minute buckets in the DATABASE, so every instance shares it. */
const BUCKET_MS = 60_000;

export interface LimitState {
  readonly count: number;
  /** Seconds until the oldest counted bucket leaves the window (for Retry-After). */
  readonly retryAfterSeconds: number;
}

/** Failures counted under `key` within the last `windowMs`. */
export async function countInWindow(deps: ServerDeps, key: string, windowMs: number): Promise<LimitState> {
  const now = deps.now();
  const rows = await deps.db
    .selectFrom("rate_limits")
    .select(["window_start", "count"])
    .where("key", "=", key)
    .where("window_start", ">", now - windowMs)
    .execute();
  let count = 0;
  let oldest = Number.POSITIVE_INFINITY;
  for (const r of rows) {
    count += Number(r.count);
    oldest = Math.min(oldest, Number(r.window_start));
  }
  const retryAfterSeconds = rows.length === 0 ? 0 : Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
  return { count, retryAfterSeconds };
}

/** Adds one to `key`'s current bucket and forgets buckets older than the window. */
export async function recordHit(deps: ServerDeps, key: string, windowMs: number): Promise<void> {
  const now = deps.now();
  const bucket = Math.floor(now / BUCKET_MS) * BUCKET_MS;
  await deps.db
    .insertInto("rate_limits")
    .values({ key, window_start: bucket, count: 1 })
    .onConflict((oc) =>
      oc.columns(["key", "window_start"]).doUpdateSet((eb) => ({ count: eb("rate_limits.count", "+", 1) })),
    )
    .execute();
  await deps.db
    .deleteFrom("rate_limits")
    .where("key", "=", key)
    .where("window_start", "<=", now - windowMs - BUCKET_MS)
    .execute();
}
