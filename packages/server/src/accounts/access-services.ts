import type { Context } from "hono";
import { CompiledQuery } from "kysely";
import { trainerAccess } from "@leanback/db/repos/trainer-links";
import { recordAudit } from "@leanback/db/repos/trainer-notes";
import type { ServerDeps } from "../deps.js";
import { requestHeader } from "../http/edge.js";
import type { AccessServices } from "../http/mount.js";
import type { Caller } from "../http/route.js";
import { feedOwner } from "../features/calendar/calendar-feed.js";
import { sessionCacheFor } from "./session-cache.js";
import { hashToken, readSessionCookie } from "./session-cookie.js";

/** Refresh last_seen_at at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

interface SessionRow {
  sessionId: string;
  last_seen_at: number;
  expires_at: number;
  userId: string;
  email: string;
  role: "admin" | "user";
}

function sessionQuery(db: ServerDeps["db"], tokenHash: string, now: number) {
  return db
    .selectFrom("auth_sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .select(["s.id as sessionId", "s.last_seen_at", "s.expires_at", "u.id as userId", "u.email", "u.role"])
    .where("s.token_hash", "=", tokenHash)
    .where("s.revoked_at", "is", null)
    .where("s.expires_at", ">", now)
    .where("u.disabled_at", "is", null);
}

// Building and compiling this query costs more than running it (bench/http.ts: ~65 µs of
// ~80 µs), and it runs on every request: compile once per database, bind fresh parameters.
const compiledSql = new WeakMap<object, string>();

/**
 * Looks up the caller of a session token; null when unknown, expired, revoked or disabled.
 * A found session is remembered for config.sessionCacheSeconds (session-cache.ts).
 */
export async function callerForToken(deps: ServerDeps, token: string): Promise<Caller | null> {
  const now = deps.now();
  const tokenHash = hashToken(token);
  const ttlMs = deps.config.sessionCacheSeconds * 1000;
  const cache = sessionCacheFor(deps.db);
  if (ttlMs > 0) {
    const hit = cache.get(tokenHash, now);
    if (hit !== undefined) return hit;
  }
  const generation = cache.generation();
  let text = compiledSql.get(deps.db);
  if (text === undefined) {
    text = sessionQuery(deps.db, "", 0).compile().sql;
    compiledSql.set(deps.db, text);
  }
  // Parameter order follows the where clauses above: token_hash, expires_at.
  const result = await deps.db.executeQuery<SessionRow>(CompiledQuery.raw(text, [tokenHash, now]));
  const row = result.rows[0];
  if (!row) return null;
  if (now - Number(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    await deps.db
      .updateTable("auth_sessions")
      .set({ last_seen_at: now })
      .where("id", "=", row.sessionId)
      .execute();
  }
  const caller: Caller = { userId: row.userId, email: row.email, role: row.role, sessionId: row.sessionId };
  if (ttlMs > 0) cache.set(tokenHash, caller, Math.min(now + ttlMs, Number(row.expires_at)), generation);
  return caller;
}

/** The database-backed services the route mechanism uses to apply access policies. */
export function dbAccessServices(deps: ServerDeps): AccessServices {
  return {
    async authenticate(c: Context) {
      const token = readSessionCookie(requestHeader(c, "cookie"));
      return token ? callerForToken(deps, token) : null;
    },
    trainerAccess: (trainerId, clientId) => trainerAccess(deps.db, trainerId, clientId),
    auditTrainerChange: (entry) => recordAudit(deps.db, entry, deps.now()),
    feedOwner: (token) => feedOwner(deps, token),
  };
}
