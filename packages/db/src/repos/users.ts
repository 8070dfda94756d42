import { sql, type Kysely, type Selectable, type Updateable } from "kysely";
import { ConflictError, isUniqueViolation } from "../db-errors.js";
import { dialectOf } from "../dialect-of.js";
import { uuidv7 } from "../ids.js";
import type { Database, Role, UsersTable } from "../schema.js";

export interface User {
  id: string;
  email: string;
  passwordHash: string;
  role: Role;
  displayName: string | null;
  disabledAt: number | null;
  createdAt: number;
  updatedAt: number;
  passwordChangedAt: number;
  /** Coaches others; may use the app without a body profile. */
  coaches: boolean;
}

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  displayName?: string | null;
  coaches?: boolean;
}

/** Emails are compared case-insensitively by storing them trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUser(r: Selectable<UsersTable>): User {
  return {
    id: r.id,
    email: r.email,
    passwordHash: r.password_hash,
    role: r.role,
    displayName: r.display_name,
    disabledAt: r.disabled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    passwordChangedAt: r.password_changed_at,
    coaches: r.coaches === 1,
  };
}

function row(input: NewUser, role: Role, now: number): Selectable<UsersTable> {
  return {
    id: uuidv7(() => now),
    email: normalizeEmail(input.email),
    password_hash: input.passwordHash,
    role,
    display_name: input.displayName ?? null,
    disabled_at: null,
    created_at: now,
    updated_at: now,
    password_changed_at: now,
    coaches: input.coaches === true ? 1 : 0,
  };
}

async function insertUser(db: Kysely<Database>, r: Selectable<UsersTable>): Promise<User> {
  try {
    await db.insertInto("users").values(r).execute();
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError("email", "email is already registered", e);
    throw e;
  }
  return toUser(r);
}

/** Inserts a user; ConflictError("email") when the (case-insensitive) email exists. */
export async function createUser(
  db: Kysely<Database>,
  input: NewUser,
  now: number = Date.now(),
): Promise<User> {
  return insertUser(db, row(input, input.role, now));
}

/**
 * Creates a user who becomes "admin" when no user exists yet, else "user". Race-safe: on
 * PostgreSQL the transaction takes an EXCLUSIVE lock on users (blocks concurrent writers, not
 * readers) before counting; on SQLite the count and insert are one statement, and SQLite runs
 * one writer at a time, so two concurrent sign-ups can never both see an empty table.
 */
export async function createUserFirstAdmin(
  db: Kysely<Database>,
  input: Omit<NewUser, "role">,
  now: number = Date.now(),
): Promise<User> {
  const r = row({ ...input, role: "user" }, "user", now);
  if (dialectOf(db) === "postgres") {
    return db.transaction().execute(async (trx) => {
      await sql`lock table users in exclusive mode`.execute(trx);
      const { n } = await trx
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return insertUser(trx, { ...r, role: Number(n) === 0 ? "admin" : "user" });
    });
  }
  try {
    await db
      .insertInto("users")
      .columns([
        "id",
        "email",
        "password_hash",
        "role",
        "display_name",
        "disabled_at",
        "created_at",
        "updated_at",
        "password_changed_at",
        "coaches",
      ])
      .expression(
        sql`select ${r.id}, ${r.email}, ${r.password_hash},
          case when exists (select 1 from users) then 'user' else 'admin' end,
          ${r.display_name}, null, ${now}, ${now}, ${now}, ${r.coaches}`,
      )
      .execute();
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError("email", "email is already registered", e);
    throw e;
  }
  const created = await findUserById(db, r.id);
  if (created === undefined) throw new Error("createUserFirstAdmin: inserted user not found");
  return created;
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const { n } = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const r = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return r === undefined ? undefined : toUser(r);
}

/** Case-insensitive lookup. */
export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
  const r = await db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
  return r === undefined ? undefined : toUser(r);
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom("users").selectAll().orderBy("created_at").orderBy("id").execute();
  return rows.map(toUser);
}

export interface UserPatch {
  email?: string;
  role?: Role;
  displayName?: string | null;
  /** Sets password_changed_at = now as well (sessions older than that can be refused). */
  passwordHash?: string;
  /** true disables at `now`, false re-enables. */
  disabled?: boolean;
  /** Coaches others (may skip the body profile). */
  coaches?: boolean;
}

/** Updates the given fields; returns the updated user or undefined when no such user. */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  patch: UserPatch,
  now: number = Date.now(),
): Promise<User | undefined> {
  const set: Updateable<UsersTable> = { updated_at: now };
  if (patch.email !== undefined) set.email = normalizeEmail(patch.email);
  if (patch.role !== undefined) set.role = patch.role;
  if (patch.displayName !== undefined) set.display_name = patch.displayName;
  if (patch.passwordHash !== undefined) {
    set.password_hash = patch.passwordHash;
    set.password_changed_at = now;
  }
  if (patch.disabled !== undefined) set.disabled_at = patch.disabled ? now : null;
  if (patch.coaches !== undefined) set.coaches = patch.coaches ? 1 : 0;
  try {
    await db.updateTable("users").set(set).where("id", "=", id).execute();
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError("email", "email is already registered", e);
    throw e;
  }
  return findUserById(db, id);
}

/** Deletes a user and, by cascade, every row they own. True when a row was deleted. */
export async function deleteUser(db: Kysely<Database>, id: string): Promise<boolean> {
  const r = await db.deleteFrom("users").where("id", "=", id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
