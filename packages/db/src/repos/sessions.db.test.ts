import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import {
  createSession,
  findActiveSession,
  listSessions,
  pruneSessions,
  revokeAllSessions,
  revokeSession,
  revokeSessionByTokenHash,
  touchSession,
} from "./sessions.js";
import { deleteUser, updateUser } from "./users.js";

const T0 = 1_800_000_000_000;
const HOUR = 3_600_000;
const hash = () => randomBytes(32).toString("hex");

describeEachDialect("auth sessions", (getDb) => {
  it("finds a live session by token hash, with its user", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const h = hash();
    const s = await createSession(
      db,
      { userId: u.id, tokenHash: h, expiresAt: T0 + HOUR, userAgent: "ua", ip: "::1" },
      T0,
    );
    const found = await findActiveSession(db, h, T0 + 1);
    expect(found?.session).toEqual(s);
    expect(found?.user.id).toBe(u.id);
    expect(await findActiveSession(db, hash(), T0)).toBeUndefined();
  });

  it("expires at expires_at exactly", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const h = hash();
    await createSession(db, { userId: u.id, tokenHash: h, expiresAt: T0 + HOUR }, T0);
    expect(await findActiveSession(db, h, T0 + HOUR - 1)).toBeDefined();
    expect(await findActiveSession(db, h, T0 + HOUR)).toBeUndefined();
  });

  it("slides the expiry on touch", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const h = hash();
    const s = await createSession(db, { userId: u.id, tokenHash: h, expiresAt: T0 + HOUR }, T0);
    await touchSession(db, s.id, T0 + 10, T0 + 2 * HOUR);
    const found = await findActiveSession(db, h, T0 + HOUR + 1);
    expect(found?.session).toMatchObject({ lastSeenAt: T0 + 10, expiresAt: T0 + 2 * HOUR });
  });

  it("refuses a token hash used twice", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const h = hash();
    await createSession(db, { userId: u.id, tokenHash: h, expiresAt: T0 + HOUR }, T0);
    await expect(
      createSession(db, { userId: u.id, tokenHash: h, expiresAt: T0 + HOUR }, T0),
    ).rejects.toThrow();
  });

  it("revokes one (only the owner's), by token, and all but one", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const other = await freshUser(db);
    const hs = [hash(), hash(), hash(), hash()];
    const ss = [];
    for (const h of hs)
      ss.push(await createSession(db, { userId: u.id, tokenHash: h, expiresAt: T0 + HOUR }, T0));
    expect(await revokeSession(db, other.id, ss[0]!.id, T0)).toBe(false);
    expect(await revokeSession(db, u.id, ss[0]!.id, T0)).toBe(true);
    expect(await findActiveSession(db, hs[0]!, T0)).toBeUndefined();
    expect(await revokeSessionByTokenHash(db, hs[1]!, T0)).toBe(true);
    expect(await revokeAllSessions(db, u.id, T0, ss[3]!.id)).toBe(1);
    expect((await listSessions(db, u.id, T0)).map((s) => s.id)).toEqual([ss[3]!.id]);
  });

  it("does not return sessions of a disabled user, and cascades on user delete", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const h = hash();
    const s = await createSession(db, { userId: u.id, tokenHash: h, expiresAt: T0 + HOUR }, T0);
    await updateUser(db, u.id, { disabled: true }, T0);
    expect(await findActiveSession(db, h, T0)).toBeUndefined();
    await deleteUser(db, u.id);
    const left = await db.selectFrom("auth_sessions").select("id").where("id", "=", s.id).execute();
    expect(left).toEqual([]);
  });

  it("prunes expired and revoked sessions only", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const live = await createSession(db, { userId: u.id, tokenHash: hash(), expiresAt: T0 + 10 * HOUR }, T0);
    const expired = await createSession(db, { userId: u.id, tokenHash: hash(), expiresAt: T0 + HOUR }, T0);
    const revoked = await createSession(
      db,
      { userId: u.id, tokenHash: hash(), expiresAt: T0 + 10 * HOUR },
      T0,
    );
    await revokeSession(db, u.id, revoked.id, T0 + 1);
    await pruneSessions(db, T0 + 2 * HOUR);
    const ids = (await db.selectFrom("auth_sessions").select("id").where("user_id", "=", u.id).execute()).map(
      (r) => r.id,
    );
    expect(ids).toContain(live.id);
    expect(ids).not.toContain(expired.id);
    expect(ids).not.toContain(revoked.id);
  });
});
