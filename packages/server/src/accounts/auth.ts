import { sql } from "kysely";
import { findUserByEmail } from "@leanback/db/repos/users";
import type { ServerDeps } from "../deps.js";
import { ConflictError, HttpError, NotFoundError } from "../http/errors.js";
import { checkPasswordRules, dummyPasswordHash, hashPassword, verifyPassword } from "./passwords.js";
import { countInWindow, recordHit } from "./rate-limit.js";
import { createSession, revokeOtherSessions, revokeSession, type NewSession } from "./sessions.js";

export interface PublicUser {
  readonly id: string;
  readonly email: string;
  readonly role: "admin" | "user";
  readonly displayName: string | null;
  /** Coaches others: may use the trainer workspace without a body profile. */
  readonly coaches: boolean;
}

/** Login limits (docs/adr/0005-security-model.md). */
export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Failed attempts one address may make in the window; the next one gets 429. */
export const MAX_FAILURES_PER_ADDRESS = 5;
/**
 * Failed attempts on one account from all addresses in the window; beyond it, only addresses
 * that have signed in to this account before may still try, so an attacker cannot lock out the
 * owner from their usual device.
 */
export const MAX_FAILURES_PER_ACCOUNT = 20;

const ADVISORY_LOCK_FIRST_ADMIN = 7_246_001;

/**
 * Creates an account. The first account becomes admin: inside one transaction we take the
 * write lock (PostgreSQL advisory lock; SQLite's insert holds the database write lock), insert,
 * then promote only if no admin exists — two racing sign-ups cannot both become admin.
 */
export async function signUp(
  deps: ServerDeps,
  input: { email: string; password: string; displayName?: string | undefined; coaches?: boolean | undefined },
): Promise<PublicUser> {
  const email = input.email.trim().toLowerCase();
  checkPasswordRules(input.password, email);
  const passwordHash = await hashPassword(input.password);
  const id = deps.newId();
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    if (deps.dialect === "postgres")
      await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK_FIRST_ADMIN})`.execute(trx);
    const taken = await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    if (taken) throw new ConflictError("email_taken", "an account with this e-mail exists");
    await trx
      .insertInto("users")
      .values({
        id,
        email,
        password_hash: passwordHash,
        role: "user",
        display_name: input.displayName ?? null,
        disabled_at: null,
        created_at: now,
        updated_at: now,
        password_changed_at: now,
        coaches: input.coaches === true ? 1 : 0,
      })
      .execute();
    const admin = await trx.selectFrom("users").select("id").where("role", "=", "admin").executeTakeFirst();
    const role = admin ? "user" : "admin";
    if (role === "admin") await trx.updateTable("users").set({ role }).where("id", "=", id).execute();
    return {
      id,
      email,
      role,
      displayName: input.displayName ?? null,
      coaches: input.coaches === true,
    } as const;
  });
}

function tooMany(
  retryAfterSeconds: number,
  message = "too many failed sign-in attempts; try again later",
): HttpError {
  return new HttpError(429, "too_many_attempts", message, { "retry-after": String(retryAfterSeconds) });
}

const SIGNUP_WINDOW_MS = 60 * 60_000;

/** Loopback clients are the operator (CLI, same-host scripts, end-to-end tests). */
function isLoopback(ip: string): boolean {
  return ip.startsWith("127.") || ip === "::1" || ip.startsWith("::ffff:127.");
}

/**
 * Sign-ups per address per hour (config.signupsPerHour; 0 = off; loopback exempt): each one
 * costs an argon2 hash and a row, so an open instance cannot be flooded from one place.
 */
export async function signUpLimited(
  deps: ServerDeps,
  ip: string,
  input: { email: string; password: string; displayName?: string | undefined; coaches?: boolean | undefined },
): Promise<PublicUser> {
  const limit = isLoopback(ip) ? 0 : deps.config.signupsPerHour;
  const key = `signup-ip:${ip}`;
  if (limit > 0) {
    const state = await countInWindow(deps, key, SIGNUP_WINDOW_MS);
    if (state.count >= limit)
      throw tooMany(state.retryAfterSeconds, "too many new accounts from this address");
  }
  const user = await signUp(deps, input);
  if (limit > 0) await recordHit(deps, key, SIGNUP_WINDOW_MS);
  return user;
}

/**
 * Checks credentials under the rate limits and opens a new session (a fresh token each login:
 * rotation). Wrong e-mail and wrong password answer the same 401 after the same argon2 work.
 */
export async function login(
  deps: ServerDeps,
  input: { email: string; password: string },
  meta: {
    ip: string;
    userAgent: string | null;
    previousSessionId: string | null;
    previousUserId: string | null;
  },
): Promise<{ user: PublicUser; session: NewSession }> {
  const email = input.email.trim().toLowerCase();
  const ipKey = `login-ip:${meta.ip}`;
  const acctKey = `login-acct:${email}`;
  const byIp = await countInWindow(deps, ipKey, LOGIN_WINDOW_MS);
  if (byIp.count >= MAX_FAILURES_PER_ADDRESS) throw tooMany(byIp.retryAfterSeconds);

  const user = await deps.db
    .selectFrom("users")
    .select(["id", "email", "role", "display_name", "password_hash", "disabled_at", "coaches"])
    .where("email", "=", email)
    .executeTakeFirst();

  const byAcct = await countInWindow(deps, acctKey, LOGIN_WINDOW_MS);
  if (byAcct.count >= MAX_FAILURES_PER_ACCOUNT) {
    const knownGood =
      user !== undefined &&
      (await deps.db
        .selectFrom("auth_sessions")
        .select("id")
        .where("user_id", "=", user.id)
        .where("ip", "=", meta.ip)
        .executeTakeFirst()) !== undefined;
    if (!knownGood) throw tooMany(byAcct.retryAfterSeconds);
  }

  let ok = false;
  if (user) ok = await verifyPassword(user.password_hash, input.password);
  else await verifyPassword(await dummyPasswordHash(), input.password); // same work as a real check
  if (!user || !ok || user.disabled_at !== null) {
    await recordHit(deps, ipKey, LOGIN_WINDOW_MS);
    await recordHit(deps, acctKey, LOGIN_WINDOW_MS);
    throw new HttpError(401, "invalid_credentials", "e-mail or password is wrong");
  }
  // Rotation: the session the browser held before (if any, and if it was this user's) ends.
  if (meta.previousSessionId && meta.previousUserId === user.id) {
    await revokeSession(deps, user.id, meta.previousSessionId);
  }
  const session = await createSession(deps, user.id, { userAgent: meta.userAgent, ip: meta.ip });
  return {
    user: {
      id: user.id,
      email: user.email,
      role: user.role,
      displayName: user.display_name,
      coaches: user.coaches === 1,
    },
    session,
  };
}

/** Changes the password after checking the current one, and revokes every other session. */
export async function changePassword(
  deps: ServerDeps,
  caller: { userId: string; email: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  await requireCurrentPassword(deps, caller.userId, input.currentPassword, "the current password is wrong");
  checkPasswordRules(input.newPassword, caller.email, "newPassword");
  await setPassword(deps, caller.userId, input.newPassword, caller.sessionId);
}

/** A 403 wrong_password with `message` unless `password` is the account's current one. */
export async function requireCurrentPassword(
  deps: ServerDeps,
  userId: string,
  password: string,
  message: string,
): Promise<void> {
  const row = await deps.db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!row || !(await verifyPassword(row.password_hash, password))) {
    throw new HttpError(403, "wrong_password", message);
  }
}

/** Stores a new password (already checked) and ends every session but `keepSessionId`. */
async function setPassword(
  deps: ServerDeps,
  userId: string,
  password: string,
  keepSessionId: string | null,
): Promise<void> {
  const now = deps.now();
  await deps.db
    .updateTable("users")
    .set({ password_hash: await hashPassword(password), password_changed_at: now, updated_at: now })
    .where("id", "=", userId)
    .execute();
  await revokeOtherSessions(deps, userId, keepSessionId);
}

export async function getUser(deps: ServerDeps, userId: string): Promise<PublicUser | undefined> {
  const u = await deps.db
    .selectFrom("users")
    .select(["id", "email", "role", "display_name", "coaches"])
    .where("id", "=", userId)
    .executeTakeFirst();
  return (
    u && { id: u.id, email: u.email, role: u.role, displayName: u.display_name, coaches: u.coaches === 1 }
  );
}

/** Turns "I coach others" on or off for the caller's own account. */
export async function setCoaching(deps: ServerDeps, userId: string, coaches: boolean): Promise<PublicUser> {
  await deps.db
    .updateTable("users")
    .set({ coaches: coaches ? 1 : 0, updated_at: deps.now() })
    .where("id", "=", userId)
    .execute();
  const u = await getUser(deps, userId);
  if (!u) throw new NotFoundError("user");
  return u;
}

/** Operator password reset (CLI): sets a new password under the same rules and ends every session. */
export async function resetPassword(deps: ServerDeps, email: string, newPassword: string): Promise<boolean> {
  const user = await findUserByEmail(deps.db, email);
  if (!user) return false;
  checkPasswordRules(newPassword, user.email);
  await setPassword(deps, user.id, newPassword, null);
  return true;
}
