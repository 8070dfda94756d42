import { beforeAll, describe, expect, it } from "vitest";
import { ACCESS_POLICIES, defineRoute, trainerMay, type Route, type TrainerAccess } from "../http/route.js";
import { allRoutes } from "../http/routes.js";
import { describeEachDialectApp, type TestApp, type TestUser } from "../testing/fixture.js";
import { urlFor } from "./request-from-example.js";
import { z } from "zod";

/**
 * The authorization matrix over the REAL route table. For every route, with its own example:
 * anonymous → 401 (unless public); another user, a trainer whose invitation is still pending,
 * a trainer whose link the client ended (after plan consent), and (for admin routes) a plain
 * user → 404; a trainer with an accepted link, without and with the client's plan consent → as
 * the policy says; the owner → 2xx.
 */
type Who =
  | "anonymous"
  | "other"
  | "trainerPending"
  | "trainerAccepted"
  | "trainerConsented"
  | "trainerEnded"
  | "owner";

interface Cast {
  admin: TestUser;
  owner: TestUser;
  other: TestUser;
  trainerPending: TestUser;
  trainerAccepted: TestUser;
  trainerConsented: TestUser;
  trainerEnded: TestUser;
}

/** The access each trainer of the cast holds, as the link table says. */
const LINK: Partial<Record<Who, TrainerAccess>> = {
  trainerPending: "none",
  trainerAccepted: "read",
  trainerConsented: "write",
  trainerEnded: "none",
};

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
      return who === "trainerAccepted" || who === "trainerConsented"
        ? route.method === "GET"
          ? "2xx"
          : 404
        : 404;
    case "owner-or-trainer-comment":
      return who === "trainerAccepted" || who === "trainerConsented" ? "2xx" : 404;
    case "owner-or-trainer-write":
      if (who === "trainerConsented") return "2xx";
      return who === "trainerAccepted" && route.method === "GET" ? "2xx" : 404;
  }
}

/** Invites `owner` as `trainer`, accepts, and returns the link id. */
async function acceptedLink(t: TestApp, trainer: TestUser, owner: TestUser): Promise<string> {
  const inv = await t.json(trainer, "POST", "/api/trainer/invitations", { email: owner.email });
  const token = (inv.json as { token: string }).token;
  const r = await t.json(owner, "POST", "/api/trainer/invitations/accept", { token });
  expect(r.status).toBe(200);
  return (r.json as { link: { id: string } }).link.id;
}

async function makeCast(t: TestApp): Promise<Cast> {
  const admin = await t.signUp(); // first account of this database
  const owner = await t.signUp();
  const other = await t.signUp();
  const trainerPending = await t.signUp();
  const trainerAccepted = await t.signUp();
  const trainerConsented = await t.signUp();
  const trainerEnded = await t.signUp();
  const pending = await t.json(trainerPending, "POST", "/api/trainer/invitations", { email: owner.email });
  expect(pending.status).toBe(201);
  await acceptedLink(t, trainerAccepted, owner);
  const consented = await acceptedLink(t, trainerConsented, owner);
  const consent = { allow: true };
  expect((await t.json(owner, "PUT", `/api/trainer/links/${consented}/plan-consent`, consent)).status).toBe(
    200,
  );
  const ended = await acceptedLink(t, trainerEnded, owner);
  expect((await t.json(owner, "PUT", `/api/trainer/links/${ended}/plan-consent`, consent)).status).toBe(200);
  expect((await t.json(owner, "DELETE", `/api/trainer/links/${ended}`)).status).toBe(204);
  return { admin, owner, other, trainerPending, trainerAccepted, trainerConsented, trainerEnded };
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
    const keys = allRoutes().map((r) => `${r.method} ${r.path.replace(/\{[^{}]+\}/g, "{}")}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("trainer access rule", () => {
  it("is the rule the matrix expects, for every owner policy, method and link", () => {
    // The mechanism (mount.ts) decides by trainerMay; the matrix's table above is written out by
    // hand, so a change to either shows here before it shows as a failing route.
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
    for (const access of [
      "owner-or-trainer-read",
      "owner-or-trainer-comment",
      "owner-or-trainer-write",
    ] as const)
      for (const method of methods)
        for (const who of [
          "trainerPending",
          "trainerAccepted",
          "trainerConsented",
          "trainerEnded",
        ] as const) {
          const route = { access, method } as Route;
          const link = LINK[who] ?? "none";
          expect(trainerMay(access, method, link), `${access} ${method} ${who}`).toBe(
            expected(route, who) === "2xx",
          );
        }
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
        ["trainerConsented", cast.trainerConsented],
        ["trainerEnded", cast.trainerEnded],
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
