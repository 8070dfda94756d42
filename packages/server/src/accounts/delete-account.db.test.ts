import { sql } from "kysely";
import { userOwnedTables } from "@leanback/db/user-tables";
import { expect, it } from "vitest";
import { EXAMPLE_PROFILE } from "../features/profile/profile-examples.js";
import { describeEachDialectApp, type TestApp, type TestUser } from "../testing/fixture.js";

/** Rows the user owns, per table with an owner column in the export's list. */
async function ownedRows(t: TestApp, userId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  // Child tables (sets of a workout, portions of a food) go with their parent row.
  for (const spec of userOwnedTables) {
    if (!("owner" in spec)) continue;
    const r = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(spec.table)} where ${sql.ref(spec.owner)} = ${userId}`.execute(
      t.deps.db,
    );
    out[spec.table] = Number(r.rows[0]?.n ?? 0);
  }
  const sessions = await t.deps.db
    .selectFrom("auth_sessions")
    .select("id")
    .where("user_id", "=", userId)
    .execute();
  out.auth_sessions = sessions.length;
  return out;
}

/** A user with a profile, weigh-ins, a tape measurement and diary entries. */
async function userWithData(t: TestApp): Promise<TestUser> {
  const u = await t.signUp();
  expect((await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE)).status).toBe(200);
  for (const [date, weightKg] of [
    ["2026-11-20", 80.2],
    ["2026-11-21", 79.9],
  ] as const) {
    expect((await t.json(u, "POST", "/api/users/me/weigh-ins", { date, weightKg })).status).toBe(201);
  }
  const quick = await t.json(u, "POST", "/api/users/me/diary/2026-11-21/quick-add", {
    meal: "lunch",
    kcal: 640,
  });
  expect(quick.status).toBe(201);
  return u;
}

const total = (rows: Record<string, number>) => Object.values(rows).reduce((a, b) => a + b, 0);

describeEachDialectApp("account deletion", (getT) => {
  it("asks for the password and the word DELETE; a wrong one deletes nothing", async () => {
    const t = getT();
    const u = await userWithData(t);
    const before = await ownedRows(t, u.userId);
    const wrong = await t.json(u, "POST", "/api/auth/account/delete", {
      password: "not my password at all",
      confirm: "DELETE",
    });
    expect(wrong.status).toBe(403);
    expect(JSON.stringify(wrong.json)).toMatch(/password/);
    const noConfirm = await t.json(u, "POST", "/api/auth/account/delete", {
      password: u.password,
      confirm: "yes",
    });
    expect(noConfirm.status).toBe(422);
    expect(JSON.stringify(noConfirm.json)).toMatch(/confirm/);
    expect(await ownedRows(t, u.userId)).toEqual(before);
    expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(200);
  });

  it("removes every row the account owns, ends its sessions at once, and leaves others untouched", async () => {
    const t = getT();
    const u = await userWithData(t);
    const other = await userWithData(t);
    const otherBefore = await ownedRows(t, other.userId);
    expect((await ownedRows(t, u.userId)).weigh_ins).toBe(2);
    const secondDevice = await t.login(u);

    const r = await t.request(u, "POST", "/api/auth/account/delete", {
      password: u.password,
      confirm: "DELETE",
    });
    expect(r.status).toBe(204);
    expect(r.headers.getSetCookie().join(";")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);

    expect(total(await ownedRows(t, u.userId))).toBe(0);
    expect(
      await t.deps.db.selectFrom("users").select("id").where("id", "=", u.userId).executeTakeFirst(),
    ).toBeUndefined();
    // Both devices are signed out (the session cache forgets them too), and the login is gone.
    expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(401);
    expect((await t.json(secondDevice, "GET", "/api/users/me/weigh-ins")).status).toBe(401);
    const login = await t.json(null, "POST", "/api/auth/login", { email: u.email, password: u.password });
    expect(login.status).toBe(401);
    expect(await ownedRows(t, other.userId)).toEqual(otherBefore);
  });
});
