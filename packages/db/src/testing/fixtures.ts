import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { createUser, type User } from "../repos/users.js";
import type { Database } from "../schema.js";

/** A fresh user with a unique email, so tests sharing one database never collide. */
export async function freshUser(db: Kysely<Database>, now = 1_800_000_000_000): Promise<User> {
  return createUser(
    db,
    { email: `u-${randomBytes(6).toString("hex")}@example.test`, passwordHash: "x", role: "user" },
    now,
  );
}
