import { expect, it } from "vitest";
import { describeEachDialectApp } from "../testing/fixture.js";

describeEachDialectApp("accounts", (getT) => {
  it("first sign-up is admin, the second is a user; login sets a fresh cookie", async () => {
    const t = getT();
    const first = await t.signUp();
    const second = await t.signUp();
    const me1 = await t.json(first, "GET", "/api/auth/me");
    const me2 = await t.json(second, "GET", "/api/auth/me");
    expect(me1).toMatchObject({ status: 200, json: { user: { role: "admin", email: first.email } } });
    expect(me2).toMatchObject({ status: 200, json: { user: { role: "user" } } });
    const again = await t.login(second);
    expect(again.cookie).not.toBe(second.cookie);
  });

  it("unknown body fields are rejected with 422 listing them, and nothing is stored", async () => {
    const t = getT();
    const email = `${t.unique("x")}@example.org`;
    const r = await t.json(null, "POST", "/api/auth/signup", {
      email,
      password: "a long test passphrase",
      role: "admin",
      user_id: "x",
    });
    expect(r.status).toBe(422);
    const paths = (r.json as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort();
    expect(paths).toEqual(["body.role", "body.user_id"]);
    const row = await t.deps.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});

describeEachDialectApp("first admin race", (getT) => {
  it("of eight simultaneous first sign-ups exactly one becomes admin", async () => {
    const t = getT();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.json(null, "POST", "/api/auth/signup", {
          email: `race${i}@example.org`,
          password: "a racing passphrase",
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const roles = results.map((r) => (r.json as { user: { role: string } }).user.role);
    expect(roles.filter((r) => r === "admin")).toHaveLength(1);
    const admins = await t.deps.db.selectFrom("users").select("id").where("role", "=", "admin").execute();
    expect(admins).toHaveLength(1);
  });
});
