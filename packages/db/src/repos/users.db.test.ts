import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { ConflictError } from "../db-errors.js";
import { describeEachDialect } from "../testing/dialects.js";
import {
  countUsers,
  createUser,
  createUserFirstAdmin,
  deleteUser,
  findUserByEmail,
  findUserById,
  updateUser,
} from "./users.js";

const T0 = 1_800_000_000_000;
const email = (tag: string) => `${tag}-${randomBytes(5).toString("hex")}@Example.TEST`;

// The first-admin tests need an empty users table, so they run first in this file's database.
describeEachDialect("users: first admin", (getDb) => {
  it("makes exactly one admin when many sign up at once on an empty database", async () => {
    const db = getDb();
    expect(await countUsers(db)).toBe(0);
    const users = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createUserFirstAdmin(db, { email: email(`race${i}`), passwordHash: "h" }, T0 + i),
      ),
    );
    expect(users.filter((u) => u.role === "admin")).toHaveLength(1);
    expect(await countUsers(db)).toBe(8);
    const later = await createUserFirstAdmin(db, { email: email("later"), passwordHash: "h" }, T0 + 100);
    expect(later.role).toBe("user");
  });
});

describeEachDialect("users", (getDb) => {
  it("creates, reads back and finds by email case-insensitively", async () => {
    const db = getDb();
    const e = email("Alice");
    const u = await createUser(
      db,
      { email: `  ${e} `, passwordHash: "argon", role: "user", displayName: "Al" },
      T0,
    );
    expect(u.email).toBe(e.toLowerCase());
    expect(await findUserById(db, u.id)).toEqual(u);
    expect(await findUserByEmail(db, e.toUpperCase())).toEqual(u);
    expect(u).toMatchObject({ createdAt: T0, updatedAt: T0, passwordChangedAt: T0, disabledAt: null });
  });

  it("refuses a second account whose email differs only in case", async () => {
    const db = getDb();
    const e = email("Bob");
    await createUser(db, { email: e, passwordHash: "h", role: "user" }, T0);
    await expect(
      createUser(db, { email: e.toUpperCase(), passwordHash: "h", role: "user" }, T0),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      createUserFirstAdmin(db, { email: e.toLowerCase(), passwordHash: "h" }, T0),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("updates password (moving password_changed_at), role and disabled state", async () => {
    const db = getDb();
    const u = await createUser(db, { email: email("c"), passwordHash: "old", role: "user" }, T0);
    const v = await updateUser(db, u.id, { passwordHash: "new", role: "admin", disabled: true }, T0 + 5);
    expect(v).toMatchObject({
      passwordHash: "new",
      role: "admin",
      disabledAt: T0 + 5,
      passwordChangedAt: T0 + 5,
      updatedAt: T0 + 5,
    });
    const w = await updateUser(db, u.id, { disabled: false }, T0 + 6);
    expect(w?.disabledAt).toBeNull();
    expect(await updateUser(db, "missing", { role: "user" }, T0)).toBeUndefined();
  });

  it("rejects an email change onto another account's email", async () => {
    const db = getDb();
    const a = await createUser(db, { email: email("d"), passwordHash: "h", role: "user" }, T0);
    const b = await createUser(db, { email: email("e"), passwordHash: "h", role: "user" }, T0);
    await expect(updateUser(db, b.id, { email: a.email.toUpperCase() }, T0)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("deletes a user", async () => {
    const db = getDb();
    const u = await createUser(db, { email: email("f"), passwordHash: "h", role: "user" }, T0);
    expect(await deleteUser(db, u.id)).toBe(true);
    expect(await findUserById(db, u.id)).toBeUndefined();
    expect(await deleteUser(db, u.id)).toBe(false);
  });
});
