import { beforeAll, describe, expect, it } from "vitest";
import { ACCESS_POLICIES, defineRoute, type Route } from "../http/route.js";
import { allRoutes } from "../http/routes.js";
import { describeEachDialectApp, type TestApp, type TestUser } from "../testing/fixture.js";
import { urlFor } from "./request-from-example.js";
import { z } from "zod";

/**
 * The authorization matrix over the REAL route table. For every route, with its own example:
 * anonymous → 401 (unless public); another user, a trainer whose invitation is still pending,
 * and (for admin routes) a plain user → 404; a trainer with an accepted link → as the policy
 * says; the owner → 2xx.
 */
type Who = "anonymous" | "other" | "trainerPending" | "trainerAccepted" | "owner";

interface Cast {
  admin: TestUser;
  owner: TestUser;
  other: TestUser;
  trainerPending: TestUser;
  trainerAccepted: TestUser;
}

function expected(route: Route, who: Who): "2xx" | 401 | 404 | "skip" {
  if (who === "owner") return "2xx";
  // The token is the credential: everyone else asks with a token that is not live.
  if (route.access === "feed-token") return 404;
  if (route.access === "public") return who === "anonymous" ? "2xx" : "skip";
  if (who === "anonymous") return 401;
  switch (route.access) {
    case "authenticated":
      return "skip"; // any account may call it, each about itself
    case "admin":
      return 404;
    case "owner":
      return 404;
    case "owner-or-trainer-read":
      return who === "trainerAccepted" && route.method === "GET" ? "2xx" : 404;
    case "owner-or-trainer-write":
      return who === "trainerAccepted" ? "2xx" : 404;
  }
}

async function makeCast(t: TestApp): Promise<Cast> {
  const admin = await t.signUp(); // first account of this database
  const owner = await t.signUp();
  const other = await t.signUp();
  const trainerPending = await t.signUp();
  const trainerAccepted = await t.signUp();
  const pending = await t.json(trainerPending, "POST", "/api/trainer/invitations", { email: owner.email });
  expect(pending.status).toBe(201);
  const inv = await t.json(trainerAccepted, "POST", "/api/trainer/invitations", { email: owner.email });
  const token = (inv.json as { token: string }).token;
  expect((await t.json(owner, "POST", "/api/trainer/invitations/accept", { token })).status).toBe(200);
  return { admin, owner, other, trainerPending, trainerAccepted };
}

describe("route table", () => {
  it("every route has a known policy and an example; a route without one cannot be defined", () => {
    const routes = allRoutes();
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      expect(ACCESS_POLICIES, `${r.method} ${r.path}`).toContain(r.access);
      expect(typeof r.example, `${r.method} ${r.path}`).toBe("function");
    }
    const noExample = {
      method: "GET",
      path: "/api/x",
      summary: "x",
      tags: [],
      access: "public",
      response: z.null(),
      status: 200,
      handler: async () => null,
    };
    expect(() => defineRoute(noExample as unknown as Parameters<typeof defineRoute>[0])).toThrow(/example/);
    expect(() => defineRoute({ ...noExample, access: "nobody", example: async () => ({}) } as never)).toThrow(
      /policy/,
    );
    expect(() => defineRoute({ ...noExample, access: "owner", example: async () => ({}) } as never)).toThrow(
      /userId/,
    );
    // The calendar feed's policy reads the credential from the path: no {token}, no route.
    expect(() =>
      defineRoute({ ...noExample, access: "feed-token", example: async () => ({}) } as never),
    ).toThrow(/\{token\}/);
  });

  it("has no duplicate method + path", () => {
    const keys = allRoutes().map((r) => `${r.method} ${r.path.replace(/\{[^}]+\}/g, "{}")}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describeEachDialectApp("authorization matrix", (getT) => {
  let cast: Cast;
  beforeAll(async () => {
    cast = await makeCast(getT());
  });

  for (const route of allRoutes()) {
    it(`${route.method} ${route.path} [${route.access}]`, async () => {
      const t = getT();
      const subjectBase = route.access === "admin" ? cast.admin : cast.owner;
      const callers: Array<[Who, TestUser | null]> = [
        ["anonymous", null],
        ["other", cast.other],
        ["trainerPending", cast.trainerPending],
        ["trainerAccepted", cast.trainerAccepted],
        ["owner", subjectBase],
      ];
      if (route.access === "admin") callers.push(["other", cast.owner]);
      for (const [who, user] of callers) {
        const want = expected(route, who);
        if (want === "skip") continue;
        // A fresh session of the subject each time: routes such as logout or password change
        // end sessions, and each request must start from a valid one.
        const subject = await t.login(subjectBase);
        let example = await route.example(t.exampleFixture(subject));
        // Fresh sessions for everyone: an earlier route (password change) may have ended theirs.
        let caller = who === "owner" ? (example.caller ?? subject) : user && (await t.login(user));
        if (route.access === "feed-token") {
          // The owner's calendar app sends the live token and no cookie; everyone else (with
          // their own cookie) a token of the right shape that is not live.
          if (who === "owner") caller = null;
          else example = { ...example, params: { ...(example.params ?? {}), token: "A".repeat(43) } };
        }
        const res = await t.request(
          caller,
          route.method,
          urlFor(route, example, subject.userId),
          example.body,
          example.rawBody
            ? { rawBody: example.rawBody.bytes, headers: { "content-type": example.rawBody.contentType } }
            : {},
        );
        const text = await res.text();
        const label = `${route.method} ${route.path} as ${who}: ${res.status} ${text.slice(0, 300)}`;
        if (want === "2xx") expect(res.status >= 200 && res.status < 300, label).toBe(true);
        else expect(res.status, label).toBe(want);
        if (res.status === 404) expect(JSON.parse(text)).toEqual({ error: "not_found" });
      }
    });
  }
});
