import type { Caller } from "../http/route.js";

/**
 * A per-process memory of recent session lookups, so a signed-in request does not query the
 * sessions table each time (bench/http.ts; ADR 0007). Revocations made by this process (logout,
 * session revoke, password change, disable, role change) forget the entries at once; those made
 * by another process sharing the database (a second instance, the CLI) take effect within the
 * entry lifetime, SESSION_CACHE_SECONDS. Keys are token hashes, never tokens.
 */
export interface SessionCache {
  /** The cached caller for `tokenHash`, unless missing or expired at `now`. */
  get(tokenHash: string, now: number): Caller | undefined;
  /**
   * Remembers `caller` until `until` (epoch ms), unless something was forgotten since
   * `generation` was read: a lookup that raced a revocation must not re-cache what it revoked.
   */
  set(tokenHash: string, caller: Caller, until: number, generation: number): void;
  /** Bumped by every forget; read it before the database lookup whose result you will set. */
  generation(): number;
  /** Forgets every entry of `userId`, except the session `keepSessionId`. */
  forgetUser(userId: string, keepSessionId?: string | null): void;
  /** Forgets one session. */
  forgetSession(sessionId: string): void;
  readonly size: number;
}

/**
 * A bounded cache: past `maxEntries` the oldest entry goes.
 *
 * @example
 * const cache = createSessionCache(10_000);
 * cache.set(hash, caller, now + 10_000, cache.generation());
 * cache.get(hash, now + 1); // caller
 */
export function createSessionCache(maxEntries: number): SessionCache {
  const entries = new Map<string, { readonly caller: Caller; readonly until: number }>();
  let generation = 0;
  const forget = (match: (caller: Caller) => boolean): void => {
    generation++;
    for (const [key, entry] of entries) if (match(entry.caller)) entries.delete(key);
  };
  return {
    get(tokenHash, now) {
      const entry = entries.get(tokenHash);
      if (entry === undefined) return undefined;
      if (entry.until <= now) {
        entries.delete(tokenHash);
        return undefined;
      }
      return entry.caller;
    },
    set(tokenHash, caller, until, seen) {
      if (seen !== generation) return;
      entries.delete(tokenHash);
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
      entries.set(tokenHash, { caller, until });
    },
    generation: () => generation,
    forgetUser(userId, keepSessionId = null) {
      forget((c) => c.userId === userId && c.sessionId !== keepSessionId);
    },
    forgetSession(sessionId) {
      forget((c) => c.sessionId === sessionId);
    },
    get size() {
      return entries.size;
    },
  };
}

const MAX_ENTRIES = 10_000;
const byDatabase = new WeakMap<object, SessionCache>();

/**
 * The cache of one database handle: every app built on the same handle in this process shares
 * it, so a logout answered by one of them is seen by all at once.
 */
export function sessionCacheFor(db: object): SessionCache {
  let cache = byDatabase.get(db);
  if (cache === undefined) {
    cache = createSessionCache(MAX_ENTRIES);
    byDatabase.set(db, cache);
  }
  return cache;
}
