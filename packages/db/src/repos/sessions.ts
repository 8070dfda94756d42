import type { Kysely } from "kysely";
import { uuidv7 } from "../ids.js";
import type { AuthSessionsTable, Database } from "../schema.js";
import { toUser, type User } from "./users.js";

export interface AuthSession {
  id: string;
  userId: string;
  tokenHash: string;
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
  userAgent: string | null;
  ip: string | null;
  revokedAt: number | null;
}

export interface NewAuthSession {
  userId: string;
  /** sha256(token) as hex: the raw token never reaches the database. */
  tokenHash: string;
  expiresAt: number;
  userAgent?: string | null;
  ip?: string | null;
}

function toSession(r: AuthSessionsTable): AuthSession {
  return {
    id: r.id,
    userId: r.user_id,
    tokenHash: r.token_hash,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
    userAgent: r.user_agent,
    ip: r.ip,
    revokedAt: r.revoked_at,
  };
}

export async function createSession(
  db: Kysely<Database>,
  input: NewAuthSession,
  now: number = Date.now(),
): Promise<AuthSession> {
  const r: AuthSessionsTable = {
    id: uuidv7(() => now),
    user_id: input.userId,
    token_hash: input.tokenHash,
    created_at: now,
    expires_at: input.expiresAt,
    last_seen_at: now,
    user_agent: input.userAgent ?? null,
    ip: input.ip ?? null,
    revoked_at: null,
  };
  await db.insertInto("auth_sessions").values(r).execute();
  return toSession(r);
}

/**
 * The live session for a token hash at `now` with its user: undefined when unknown, revoked,
 * expired (expires_at <= now) or the user is disabled. The server additionally refuses
 * sessions created before user.passwordChangedAt if it wants "log out everywhere on change".
 */
export async function findActiveSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: number,
): Promise<{ session: AuthSession; user: User } | undefined> {
  const s = await db
    .selectFrom("auth_sessions")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  if (s === undefined) return undefined;
  const u = await db
    .selectFrom("users")
    .selectAll()
    .where("id", "=", s.user_id)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  if (u === undefined) return undefined;
  return { session: toSession(s), user: toUser(u) };
}

/** Records activity and optionally slides the expiry. */
export async function touchSession(
  db: Kysely<Database>,
  id: string,
  now: number,
  newExpiresAt?: number,
): Promise<void> {
  await db
    .updateTable("auth_sessions")
    .set(newExpiresAt === undefined ? { last_seen_at: now } : { last_seen_at: now, expires_at: newExpiresAt })
    .where("id", "=", id)
    .execute();
}

/** Revokes one session of `userId` (the user check stops revoking someone else's). */
export async function revokeSession(
  db: Kysely<Database>,
  userId: string,
  sessionId: string,
  now: number = Date.now(),
): Promise<boolean> {
  const r = await db
    .updateTable("auth_sessions")
    .set({ revoked_at: now })
    .where("id", "=", sessionId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Revokes by token hash (logout). */
export async function revokeSessionByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
  now: number = Date.now(),
): Promise<boolean> {
  const r = await db
    .updateTable("auth_sessions")
    .set({ revoked_at: now })
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Revokes every live session of a user, optionally keeping one; returns how many. */
export async function revokeAllSessions(
  db: Kysely<Database>,
  userId: string,
  now: number = Date.now(),
  exceptSessionId?: string,
): Promise<number> {
  let q = db
    .updateTable("auth_sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (exceptSessionId !== undefined) q = q.where("id", "<>", exceptSessionId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Live (unrevoked, unexpired) sessions of a user, newest first. */
export async function listSessions(
  db: Kysely<Database>,
  userId: string,
  now: number,
): Promise<AuthSession[]> {
  const rows = await db
    .selectFrom("auth_sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toSession);
}

/** Deletes sessions expired or revoked before `olderThan`; returns how many. */
export async function pruneSessions(db: Kysely<Database>, olderThan: number): Promise<number> {
  const r = await db
    .deleteFrom("auth_sessions")
    .where((eb) => eb.or([eb("expires_at", "<", olderThan), eb("revoked_at", "<", olderThan)]))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
