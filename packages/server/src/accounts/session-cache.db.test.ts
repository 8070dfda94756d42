import { beforeAll, expect, it } from "vitest";
import { createTestApp, describeEachDialectApp, type TestUser } from "../testing/fixture.js";

// The clock every app below reads; tests move it to cross SESSION_CACHE_SECONDS (default 10).
let clock = Date.parse("2026-11-21T08:00:00Z");
const now = () => clock;

describeEachDialectApp(
  "session lookups remembered per process",
  (getT, ctx) => {
    let admin: TestUser;
    beforeAll(async () => {
      admin = await getT().signUp(); // the first account of the database is the admin
    });

    it("a logout through one app is refused at once by another app on the same database", async () => {
      const a = getT();
      const b = createTestApp(a.deps.db, ctx.dialect, { now });
      const u = await a.signUp();
      expect((await b.json(u, "GET", "/api/auth/me")).status).toBe(200); // b remembers it
      expect((await a.json(u, "POST", "/api/auth/logout")).status).toBe(204);
      expect((await b.json(u, "GET", "/api/auth/me")).status).toBe(401);
    });

    it("a revocation written by another process applies within SESSION_CACHE_SECONDS", async () => {
      const t = getT();
      const u = await t.signUp();
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(200);
      // What `leanback user disable` or a second instance does: a write this process never sees.
      await t.deps.db
        .updateTable("auth_sessions")
        .set({ revoked_at: clock })
        .where("user_id", "=", u.userId)
        .execute();
      clock += 9_000;
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(200); // the bounded delay
      clock += 1_000;
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(401);
    });

    it("a role change by an admin applies to the user's next request", async () => {
      const t = getT();
      const u = await t.signUp();
      expect((await t.json(u, "GET", "/api/admin/users")).status).toBe(404);
      const set = await t.json(admin, "PUT", `/api/admin/users/${u.userId}/role`, { role: "admin" });
      expect(set.status).toBeLessThan(300);
      expect((await t.json(u, "GET", "/api/admin/users")).status).toBe(200);
    });

    it("a disabled account is signed out at once", async () => {
      const t = getT();
      const u = await t.signUp();
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(200);
      const off = await t.json(admin, "POST", `/api/admin/users/${u.userId}/disable`);
      expect(off.status).toBeLessThan(300);
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(401);
    });

    it("SESSION_CACHE_SECONDS=0 asks the database on every request", async () => {
      const t = createTestApp(getT().deps.db, ctx.dialect, { now, config: { sessionCacheSeconds: 0 } });
      const u = await t.signUp();
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(200);
      await t.deps.db
        .updateTable("auth_sessions")
        .set({ revoked_at: clock })
        .where("user_id", "=", u.userId)
        .execute();
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(401);
    });
  },
  { now },
);
