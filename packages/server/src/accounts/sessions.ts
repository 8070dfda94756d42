import type { ServerDeps } from "../deps.js";
import { sessionCacheFor } from "./session-cache.js";
import { hashToken, newSessionToken } from "./session-cookie.js";

export interface NewSession {
  readonly sessionId: string;
  readonly token: string;
  readonly maxAgeSeconds: number;
}

/** Creates a session row (sha256 of the token only) and returns the token for the cookie. */
export async function createSession(
  deps: ServerDeps,
  userId: string,
  meta: { userAgent: string | null; ip: string | null },
): Promise<NewSession> {
  const token = newSessionToken(deps.randomBytes);
  const now = deps.now();
  const maxAgeSeconds = deps.config.sessionTtlDays * 86_400;
  const sessionId = deps.newId();
  await deps.db
    .insertInto("auth_sessions")
    .values({
      id: sessionId,
      user_id: userId,
      token_hash: hashToken(token),
      created_at: now,
      expires_at: now + maxAgeSeconds * 1000,
      last_seen_at: now,
      user_agent: meta.userAgent?.slice(0, 200) ?? null,
      ip: meta.ip,
      revoked_at: null,
    })
    .execute();
  return { sessionId, token, maxAgeSeconds };
}

/** Revokes one session of `userId`; false when there is no such live session. */
export async function revokeSession(deps: ServerDeps, userId: string, sessionId: string): Promise<boolean> {
  const r = await deps.db
    .updateTable("auth_sessions")
    .set({ revoked_at: deps.now() })
    .where("id", "=", sessionId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  // After the write: a lookup that raced it finds its result refused by the cache (generation).
  sessionCacheFor(deps.db).forgetSession(sessionId);
  return Number(r.numUpdatedRows) > 0;
}

/** Revokes every live session of `userId` except `keepSessionId` (password change, disable). */
export async function revokeOtherSessions(
  deps: ServerDeps,
  userId: string,
  keepSessionId: string | null,
): Promise<void> {
  let q = deps.db
    .updateTable("auth_sessions")
    .set({ revoked_at: deps.now() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (keepSessionId !== null) q = q.where("id", "<>", keepSessionId);
  await q.execute();
  sessionCacheFor(deps.db).forgetUser(userId, keepSessionId);
}

export interface SessionInfo {
  readonly id: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly expiresAt: number;
  readonly userAgent: string | null;
  readonly ip: string | null;
  readonly current: boolean;
}

/** Live sessions of `userId`, newest first. */
export async function listSessions(
  deps: ServerDeps,
  userId: string,
  currentId: string,
): Promise<SessionInfo[]> {
  const rows = await deps.db
    .selectFrom("auth_sessions")
    .select(["id", "created_at", "last_seen_at", "expires_at", "user_agent", "ip"])
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", deps.now())
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: Number(r.created_at),
    lastSeenAt: Number(r.last_seen_at),
    expiresAt: Number(r.expires_at),
    userAgent: r.user_agent,
    ip: r.ip,
    current: r.id === currentId,
  }));
}
