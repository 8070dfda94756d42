import { gunzipSync } from "node:zlib";
import { beforeAll, expect, it } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "../accounts/auth.js";
import { cookieFrom, describeEachDialectApp, type TestUser } from "../testing/fixture.js";
import { API_SECURITY_HEADERS, SECURITY_HEADERS } from "./security.js";

describeEachDialectApp("security", (getT) => {
  beforeAll(async () => {
    await getT().signUp(); // the admin, so the rest are plain users
  });

  it("session cookie over plain HTTP: HttpOnly, SameSite=Lax, Path=/, not Secure", async () => {
    const t = getT();
    const u = await t.signUp();
    const res = await t.request(null, "POST", "/api/auth/login", { email: u.email, password: u.password });
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^leanback_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
  });

  it("over TLS the cookie is __Host- prefixed and Secure (direct https, or X-Forwarded-Proto only with TRUST_PROXY)", async () => {
    const t = getT();
    const u = await t.signUp();
    const body = { email: u.email, password: u.password };
    const tls = await t.request(null, "POST", "/api/auth/login", body, { base: "https://localhost" });
    const [c1] = tls.headers.getSetCookie();
    expect(c1).toMatch(/^__Host-leanback_session=.*; Secure$/);
    expect(c1).toContain("Path=/");
    expect(c1).not.toContain("Domain=");
    // Untrusted X-Forwarded-Proto is ignored by default.
    const spoof = await t.request(null, "POST", "/api/auth/login", body, {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(spoof.headers.getSetCookie()[0]).toMatch(/^leanback_session=/);
    // The __Host- cookie authenticates.
    const me = await t.json({ ...u, cookie: cookieFrom(tls) }, "GET", "/api/auth/me", undefined, {
      base: "https://localhost",
    });
    expect(me.status).toBe(200);
  });

  it("a state-changing request from a foreign Origin is refused with 403; same origin passes", async () => {
    const t = getT();
    const u = await t.signUp();
    const foreign = await t.json(u, "POST", "/api/auth/logout", undefined, {
      headers: { origin: "https://evil.example" },
    });
    expect(foreign).toMatchObject({ status: 403, json: { error: "forbidden_origin" } });
    const crossSite = await t.json(u, "POST", "/api/auth/logout", undefined, {
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(200); // still logged in
    const same = await t.json(u, "POST", "/api/auth/logout", undefined, {
      headers: { origin: "http://localhost" },
    });
    expect(same.status).toBe(204);
  });

  it(`the ${MAX_FAILURES_PER_ADDRESS + 1}th failed login from one address within 15 minutes is 429 with Retry-After`, async () => {
    const t = getT();
    const u = await t.signUp();
    const address = "198.51.100.7";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      const r = await t.json(
        null,
        "POST",
        "/api/auth/login",
        { email: u.email, password: "wrong password!" },
        { address },
      );
      expect(r.status).toBe(401);
    }
    const blocked = await t.request(
      null,
      "POST",
      "/api/auth/login",
      { email: u.email, password: "wrong password!" },
      { address },
    );
    expect(blocked.status).toBe(429);
    const retry = Number(blocked.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    // Even the right password waits: the address is throttled, not the guess.
    const right = await t.json(
      null,
      "POST",
      "/api/auth/login",
      { email: u.email, password: u.password },
      { address },
    );
    expect(right.status).toBe(429);
    // Another address is unaffected.
    const elsewhere = await t.json(
      null,
      "POST",
      "/api/auth/login",
      { email: u.email, password: u.password },
      { address: "198.51.100.8" },
    );
    expect(elsewhere.status).toBe(200);
  });

  it("an attacker failing logins for a victim from many addresses cannot stop the victim signing in from theirs", async () => {
    const t = getT();
    const victim = await t.signUp(); // signs in from 127.0.0.1: a known-good address for this account
    const attempts = MAX_FAILURES_PER_ACCOUNT + 5;
    for (let i = 0; i < attempts; i++) {
      const address = `203.0.113.${Math.floor(i / MAX_FAILURES_PER_ADDRESS) + 1}`;
      await t.json(
        null,
        "POST",
        "/api/auth/login",
        { email: victim.email, password: `guess number ${i}` },
        { address },
      );
    }
    // Rule: beyond the per-account limit, new addresses are refused for this account…
    const fresh = await t.json(
      null,
      "POST",
      "/api/auth/login",
      { email: victim.email, password: "guess again!" },
      { address: "203.0.113.200" },
    );
    expect(fresh.status).toBe(429);
    // …but the victim's own, previously successful address still works.
    const own = await t.json(null, "POST", "/api/auth/login", {
      email: victim.email,
      password: victim.password,
    });
    expect(own.status).toBe(200);
  });

  it("password rules: ≥ 8 characters, not common, not the e-mail; argon2id stored", async () => {
    const t = getT();
    const email = `${t.unique("pw")}@example.org`;
    for (const [password, rule] of [
      ["short7!", /at least 8/],
      ["password123", /too common/],
      ["QWERTYUIOP", /too common/],
      [email, /e-mail/],
    ] as const) {
      const r = await t.json(null, "POST", "/api/auth/signup", { email, password });
      expect(r.status, password).toBe(422);
      expect(JSON.stringify(r.json)).toMatch(rule);
    }
    expect(
      (await t.json(null, "POST", "/api/auth/signup", { email, password: "plenty long and odd" })).status,
    ).toBe(201);
    const row = await t.deps.db
      .selectFrom("users")
      .select("password_hash")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it("tokens rotate at login, the database holds only their sha256, logout revokes", async () => {
    const t = getT();
    const u = await t.signUp();
    const a = await t.login(u);
    // Logging in while holding session `a` replaces it.
    const res = await t.request(a, "POST", "/api/auth/login", { email: u.email, password: u.password });
    const b: TestUser = { ...u, cookie: cookieFrom(res) };
    expect(b.cookie).not.toBe(a.cookie);
    expect((await t.json(a, "GET", "/api/auth/me")).status).toBe(401);
    expect((await t.json(b, "GET", "/api/auth/me")).status).toBe(200);
    const token = b.cookie.split("=")[1] ?? "";
    const stored = await t.deps.db
      .selectFrom("auth_sessions")
      .select("token_hash")
      .where("user_id", "=", u.userId)
      .execute();
    expect(stored.some((s) => s.token_hash === token)).toBe(false);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
    const out = await t.request(b, "POST", "/api/auth/logout");
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toContain("Max-Age=0");
    expect((await t.json(b, "GET", "/api/auth/me")).status).toBe(401);
  });

  it("a password change revokes every other session and keeps this one", async () => {
    const t = getT();
    const u = await t.signUp();
    const phone = await t.login(u);
    const wrong = await t.json(u, "POST", "/api/auth/password", {
      currentPassword: "not it at all",
      newPassword: "a brand new phrase",
    });
    expect(wrong.status).toBe(403);
    const ok = await t.json(u, "POST", "/api/auth/password", {
      currentPassword: u.password,
      newPassword: "a brand new phrase",
    });
    expect(ok.status).toBe(204);
    expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(200);
    expect((await t.json(phone, "GET", "/api/auth/me")).status).toBe(401);
    const old = await t.json(null, "POST", "/api/auth/login", { email: u.email, password: u.password });
    expect(old.status).toBe(401);
    expect(
      (await t.json(null, "POST", "/api/auth/login", { email: u.email, password: "a brand new phrase" }))
        .status,
    ).toBe(200);
  });

  it("security headers on API answers, errors and the web page", async () => {
    const t = getT();
    for (const [method, path] of [
      ["GET", "/api/auth/me"],
      ["GET", "/api/nope"],
      ["GET", "/"],
      ["GET", "/healthz"],
    ] as const) {
      const res = await t.request(null, method, path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
    const csp = SECURITY_HEADERS["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // The diary's barcode scanner needs the camera on our own origin; nothing else gets it.
    const page = await t.request(null, "GET", "/");
    expect(page.headers.get("permissions-policy")).toMatch(/(^|, )camera=\(self\)(,|$)/);
    expect(page.headers.get("permissions-policy")).toContain("microphone=()");
  });

  it("successful API answers (built with their headers up front) carry every API security header and a request id", async () => {
    const t = getT();
    const u = await t.signUp();
    const me = await t.request(u, "GET", "/api/auth/me");
    const login = await t.request(null, "POST", "/api/auth/login", { email: u.email, password: u.password });
    const echoed = await t.request(u, "GET", "/api/auth/me", undefined, {
      headers: { "x-request-id": "trace-42" },
    });
    for (const res of [me, login, echoed]) {
      expect(res.status).toBe(200);
      for (const [name, value] of Object.entries(API_SECURITY_HEADERS))
        expect(res.headers.get(name)).toBe(value);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    }
    expect(login.headers.getSetCookie()).toHaveLength(1);
    expect(echoed.headers.get("x-request-id")).toBe("trace-42");
    const ids = [me.headers.get("x-request-id"), login.headers.get("x-request-id")];
    expect(ids[0]).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    expect(ids[1]).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("route JSON of 1 KiB or more is still compressed for clients that ask; small answers go out as they are", async () => {
    const t = getT();
    const u = await t.signUp();
    for (let d = 1; d <= 12; d++) {
      const date = `2026-01-${String(d).padStart(2, "0")}`;
      expect((await t.json(u, "POST", "/api/users/me/weigh-ins", { date, weightKg: 80 })).status).toBe(201);
    }
    const gzip = { headers: { "accept-encoding": "gzip" } };
    const big = await t.request(u, "GET", "/api/users/me/weigh-ins", undefined, gzip);
    expect(big.headers.get("content-encoding")).toBe("gzip");
    expect(big.headers.get("vary")).toContain("Accept-Encoding");
    expect(big.headers.get("x-content-type-options")).toBe("nosniff");
    const rows = (
      JSON.parse(gunzipSync(Buffer.from(await big.arrayBuffer())).toString("utf8")) as {
        weighIns: unknown[];
      }
    ).weighIns;
    expect(rows).toHaveLength(12);
    const small = await t.request(
      u,
      "GET",
      "/api/users/me/weigh-ins?from=2026-01-01&to=2026-01-01",
      undefined,
      gzip,
    );
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(((await small.json()) as { weighIns: unknown[] }).weighIns).toHaveLength(1);
  });

  it("a body over the limit is 413, whether declared or streamed", async () => {
    const t = getT();
    const limit = t.deps.config.maxBodyBytes;
    const huge = JSON.stringify({ email: "a@example.org", password: "x".repeat(limit) });
    const r = await t.json(null, "POST", "/api/auth/login", undefined, { rawBody: huge });
    expect(r).toMatchObject({ status: 413, json: { error: "payload_too_large" } });
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 4; i++) c.enqueue(new TextEncoder().encode("x".repeat(Math.ceil(limit / 3))));
        c.close();
      },
    });
    const res = await t.app.request("http://localhost/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it("request logs: one JSON line with method, route, status, ms and id; never passwords or tokens", async () => {
    const t = getT();
    const u = await t.signUp();
    t.log.lines.length = 0;
    await t.json(u, "POST", "/api/auth/password", { currentPassword: u.password, newPassword: u.password });
    const line = t.log.lines.find((l) => l.msg === "request");
    expect(line).toMatchObject({ method: "POST", route: "/api/auth/password", status: 204 });
    expect(typeof line?.ms).toBe("number");
    expect(typeof line?.requestId).toBe("string");
    const all = JSON.stringify(t.log.lines);
    expect(all).not.toContain(u.password);
    expect(all).not.toContain(u.cookie.split("=")[1] ?? "never");
  });
});

describeEachDialectApp(
  "security behind a trusted proxy",
  (getT) => {
    it("X-Forwarded-Proto https gives __Host-/Secure cookies and X-Forwarded-For is the rate-limit address", async () => {
      const t = getT();
      const u = await t.signUp();
      const res = await t.request(
        null,
        "POST",
        "/api/auth/login",
        { email: u.email, password: u.password },
        {
          headers: { "x-forwarded-proto": "https" },
        },
      );
      expect(res.headers.getSetCookie()[0]).toMatch(/^__Host-leanback_session=.*; Secure$/);
      // nginx appends the address it saw to whatever the client sent: the limiter must count the
      // rightmost hop, however the attacker varies the forged ones to its left.
      for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
        const r = await t.json(
          null,
          "POST",
          "/api/auth/login",
          { email: u.email, password: "not the password" },
          { headers: { "x-forwarded-for": `198.18.0.${i + 1}, 192.0.2.44` } },
        );
        expect(r.status).toBe(401);
      }
      const blocked = await t.json(
        null,
        "POST",
        "/api/auth/login",
        { email: u.email, password: u.password },
        { headers: { "x-forwarded-for": "198.18.9.9, 192.0.2.44" } },
      );
      expect(blocked.status).toBe(429);
      // Nor is a forged leftmost hop naming somebody else held against them, or the proxy's own
      // socket address (127.0.0.1 here) throttled.
      for (const xff of ["192.0.2.44, 192.0.2.45", "192.0.2.45"]) {
        const other = await t.json(
          null,
          "POST",
          "/api/auth/login",
          { email: u.email, password: u.password },
          { headers: { "x-forwarded-for": xff } },
        );
        expect(other.status, xff).toBe(200);
      }
    });
  },
  { config: { trustProxy: 1 } },
);

let clock = Date.UTC(2026, 10, 20, 12, 0, 0);
describeEachDialectApp(
  "security over time (pinned clock)",
  (getT) => {
    it("a session ends after SESSION_TTL_DAYS", async () => {
      const t = getT();
      const u = await t.signUp();
      clock += (t.deps.config.sessionTtlDays * 86_400 - 60) * 1000;
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(200);
      clock += 120_000;
      expect((await t.json(u, "GET", "/api/auth/me")).status).toBe(401);
    });

    it("the address limit lifts once the failures are 15 minutes old, as Retry-After said", async () => {
      const t = getT();
      const u = await t.signUp();
      const address = "198.51.100.99";
      const bad = { email: u.email, password: "wrong, wrong, wrong" };
      for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
        await t.json(null, "POST", "/api/auth/login", bad, { address });
      const blocked = await t.request(null, "POST", "/api/auth/login", bad, { address });
      expect(blocked.status).toBe(429);
      const retry = Number(blocked.headers.get("retry-after"));
      clock += (retry - 61) * 1000;
      const good = { email: u.email, password: u.password };
      expect((await t.json(null, "POST", "/api/auth/login", good, { address })).status).toBe(429);
      clock += 62_000;
      expect((await t.json(null, "POST", "/api/auth/login", good, { address })).status).toBe(200);
    });
  },
  { now: () => clock },
);

// A pinned clock: with the real one, how much of the hour has passed and which one-minute bucket
// each sign-up lands in depended on how fast the machine was; here both are fixed, and the test
// also proves the limit lifts exactly when Retry-After says (and slides rather than resets).
const SIGNUP_START = Date.UTC(2026, 10, 20, 12, 0, 30);
let signupClock = SIGNUP_START;
describeEachDialectApp(
  "sign-up limit",
  (getT) => {
    it("the 4th account from one address within an hour is 429 until Retry-After; other addresses and loopback go on", async () => {
      signupClock = SIGNUP_START; // each dialect's run starts at 12:00:30
      const t = getT();
      const body = () => ({ email: `${t.unique("s")}@example.org`, password: "a sign-up passphrase" });
      const address = "203.0.113.50";
      const signUpFrom = async (opts: { address?: string } = { address }) =>
        (await t.json(null, "POST", "/api/auth/signup", body(), opts)).status;
      // One sign-up at 12:00:30, two at 12:01:10: they span two one-minute buckets.
      expect(await signUpFrom()).toBe(201);
      signupClock += 40_000;
      for (let i = 0; i < 2; i++) expect(await signUpFrom()).toBe(201);
      const blocked = await t.request(null, "POST", "/api/auth/signup", body(), { address });
      expect(blocked.status).toBe(429);
      const retry = Number(blocked.headers.get("retry-after"));
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(60 * 60);
      expect(await signUpFrom({ address: "203.0.113.51" })).toBe(201);
      // The operator's own machine (loopback) is not limited.
      for (let i = 0; i < 4; i++) expect(await signUpFrom({})).toBe(201);
      // One second before Retry-After the address still waits; at Retry-After the oldest
      // sign-up has left the window, so exactly one more fits beside the two later ones.
      signupClock += (retry - 1) * 1000;
      expect(await signUpFrom()).toBe(429);
      signupClock += 1000;
      expect(await signUpFrom()).toBe(201);
      expect(await signUpFrom()).toBe(429);
    });
  },
  { config: { signupsPerHour: 3 }, now: () => signupClock },
);
