import { expect, it } from "vitest";
import { describeEachDialectApp, cookieFrom } from "../testing/fixture.js";
import { MAX_FAILURES_PER_ADDRESS } from "./auth.js";

/** A sign-up answered 429 must not have created the account; one answered 201 is signed in. */
describeEachDialectApp(
  "sign-up refusals",
  (getT) => {
    const accountExists = async (email: string): Promise<boolean> =>
      (await getT()
        .deps.db.selectFrom("users")
        .select("id")
        .where("email", "=", email)
        .executeTakeFirst()) !== undefined;

    it("failed logins from an address do not turn a completed sign-up into a 429", async () => {
      const t = getT();
      const address = "203.0.113.50";
      const victim = await t.signUp();
      for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
        await t.json(
          null,
          "POST",
          "/api/auth/login",
          { email: victim.email, password: "wrong wrong" },
          { address },
        );
      const email = t.unique("late") + "@example.org";
      const res = await t.request(
        null,
        "POST",
        "/api/auth/signup",
        { email, password: "a fresh passphrase" },
        { address },
      );
      if (res.status === 429)
        expect(await accountExists(email), "429 but the account was created").toBe(false);
      expect(res.status).toBe(201);
      const me = await t.request(null, "GET", "/api/auth/me", undefined, {
        headers: { cookie: cookieFrom(res) },
      });
      expect(me.status).toBe(200);
    });

    it("over the sign-up limit: 429 and no account", async () => {
      const t = getT();
      const address = "203.0.113.51";
      for (let i = 0; i < 2; i++) {
        const ok = await t.json(
          null,
          "POST",
          "/api/auth/signup",
          { email: t.unique("ok") + "@example.org", password: "a fresh passphrase" },
          { address },
        );
        expect(ok.status).toBe(201);
      }
      const email = t.unique("refused") + "@example.org";
      const refused = await t.json(
        null,
        "POST",
        "/api/auth/signup",
        { email, password: "a fresh passphrase" },
        { address },
      );
      expect(refused.status).toBe(429);
      expect(await accountExists(email)).toBe(false);
    });
  },
  { config: { signupsPerHour: 2 } },
);
