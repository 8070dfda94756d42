import { expect, it } from "vitest";
import { describeEachDialectApp } from "../testing/fixture.js";

describeEachDialectApp(
  "Host allow-list and HSTS with PUBLIC_ORIGIN=https://coach.example.org",
  (getT) => {
    it("serves its own host (default port or not), with HSTS", async () => {
      const t = getT();
      for (const host of ["coach.example.org", "Coach.Example.org:443"]) {
        const res = await t.request(null, "GET", "/api/auth/me", undefined, { headers: { host } });
        expect(res.status, host).toBe(401);
        expect(res.headers.get("strict-transport-security"), host).toBe("max-age=31536000");
      }
    });

    it("refuses any other host with 421, before the route runs", async () => {
      const t = getT();
      for (const headers of <Record<string, string>[]>[
        { host: "evil.example" },
        { host: "coach.example.org.evil.example" },
        { host: "coach.example.org:8443" },
        {},
      ]) {
        const res = await t.json(null, "GET", "/api/auth/me", undefined, { headers });
        expect(res, JSON.stringify(headers)).toMatchObject({
          status: 421,
          json: { error: "misdirected_request" },
        });
      }
      const email = `${t.unique("rebound")}@example.org`;
      const signup = await t.request(
        null,
        "POST",
        "/api/auth/signup",
        { email, password: "a fresh passphrase" },
        {
          headers: { host: "127.0.0.1:3000" },
        },
      );
      expect(signup.status).toBe(421);
      const row = await t.deps.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", email)
        .executeTakeFirst();
      expect(row).toBeUndefined();
      expect(
        (await t.request(null, "GET", "/", undefined, { headers: { host: "evil.example" } })).status,
      ).toBe(421);
    });

    it("probes and scrapers may use any host", async () => {
      const t = getT();
      for (const p of ["/healthz", "/readyz", "/metrics"])
        expect(
          (await t.request(null, "GET", p, undefined, { headers: { host: "10.0.0.5:3000" } })).status,
          p,
        ).toBe(200);
    });
  },
  { config: { publicOrigin: "https://coach.example.org", secureCookies: true } },
);

describeEachDialectApp(
  "without PUBLIC_ORIGIN, behind one trusted proxy",
  (getT) => {
    it("any host passes; HSTS only when the proxy says https", async () => {
      const t = getT();
      const plain = await t.request(null, "GET", "/api/auth/me", undefined, {
        headers: { host: "anything.example" },
      });
      expect(plain.status).toBe(401);
      expect(plain.headers.get("strict-transport-security")).toBeNull();
      const tls = await t.request(null, "GET", "/", undefined, { headers: { "x-forwarded-proto": "https" } });
      expect(tls.headers.get("strict-transport-security")).toBe("max-age=31536000");
      const forged = await t.request(null, "GET", "/", undefined, {
        headers: { "x-forwarded-proto": "https, http" },
      });
      expect(forged.headers.get("strict-transport-security")).toBeNull();
    });
  },
  { config: { trustProxy: 1 } },
);

describeEachDialectApp("no proxy trusted", (getT) => {
  it("a client's own X-Forwarded-Proto earns no HSTS", async () => {
    const res = await getT().request(null, "GET", "/", undefined, {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});
