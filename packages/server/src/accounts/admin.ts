import type { ServerDeps } from "../deps.js";
import { ConflictError, NotFoundError } from "../http/errors.js";
import { sessionCacheFor } from "./session-cache.js";
import { revokeOtherSessions } from "./sessions.js";
import type { PageRequest } from "../features/shared/page.js";

export interface AdminUserView {
  readonly id: string;
  readonly email: string;
  readonly role: "admin" | "user";
  readonly displayName: string | null;
  readonly disabled: boolean;
  readonly createdAt: number;
}

/** Every account, oldest first; with `page`, limit + 1 rows from its offset (see pageOf). */
export async function listUsers(deps: ServerDeps, page?: PageRequest): Promise<AdminUserView[]> {
  let q = deps.db
    .selectFrom("users")
    .select(["id", "email", "role", "display_name", "disabled_at", "created_at"])
    .orderBy("created_at")
    .orderBy("id");
  if (page) q = q.limit(page.limit + 1).offset(page.offset);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    displayName: r.display_name,
    disabled: r.disabled_at !== null,
    createdAt: Number(r.created_at),
  }));
}

async function activeAdmins(deps: ServerDeps): Promise<string[]> {
  const rows = await deps.db
    .selectFrom("users")
    .select("id")
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .execute();
  return rows.map((r) => r.id);
}

/** Disables (and signs out everywhere) or re-enables an account. The last admin stays enabled. */
export async function setDisabled(deps: ServerDeps, userId: string, disabled: boolean): Promise<void> {
  const user = await deps.db
    .selectFrom("users")
    .select(["id", "role"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user) throw new NotFoundError("user");
  if (disabled && user.role === "admin") {
    const admins = await activeAdmins(deps);
    if (admins.length <= 1 && admins.includes(userId))
      throw new ConflictError("last_admin", "the last enabled admin cannot be disabled");
  }
  const now = deps.now();
  await deps.db
    .updateTable("users")
    .set({ disabled_at: disabled ? now : null, updated_at: now })
    .where("id", "=", userId)
    .execute();
  if (disabled) await revokeOtherSessions(deps, userId, null);
}

/** Sets an account's role; the last enabled admin cannot be demoted. */
export async function setRole(deps: ServerDeps, userId: string, role: "admin" | "user"): Promise<void> {
  const user = await deps.db
    .selectFrom("users")
    .select(["id", "role"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user) throw new NotFoundError("user");
  if (role === "user" && user.role === "admin") {
    const admins = await activeAdmins(deps);
    if (admins.length <= 1 && admins.includes(userId))
      throw new ConflictError("last_admin", "the last enabled admin cannot be demoted");
  }
  await deps.db.updateTable("users").set({ role, updated_at: deps.now() }).where("id", "=", userId).execute();
  // Cached callers carry the role: the next request of this user reads the new one.
  sessionCacheFor(deps.db).forgetUser(userId);
}

export async function findUserByEmail(deps: ServerDeps, email: string): Promise<AdminUserView | undefined> {
  return (await listUsers(deps)).find((u) => u.email === email.trim().toLowerCase());
}
