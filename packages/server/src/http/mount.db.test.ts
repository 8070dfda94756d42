import { InvalidInputError } from "@leanback/core/errors";
import { beforeAll, expect, it } from "vitest";
import { z } from "zod";
import { describeEachDialectApp, type TestUser } from "../testing/fixture.js";
import { defineRoute, type Route } from "./route.js";
import { allRoutes } from "./routes.js";

// Test-only routes that must never ship: they exercise every policy and error path of the
// mechanism whether or not the registry has such routes yet.
const probeResponse = z.strictObject({ subject: z.string(), asTrainer: z.boolean() });
const probe = (method: "GET" | "POST" | "PUT", path: string, access: Route["access"]): Route =>
  defineRoute({
    method,
    path,
    summary: "probe",
    tags: ["test"],
    access: access as "owner",
    response: probeResponse,
    status: 200,
    handler: async (ctx) => ({ subject: ctx.subjectUserId, asTrainer: ctx.asTrainer }),
    example: async () => ({}),
  });

const testRoutes: Route[] = [
  probe("GET", "/api/users/{userId}/read-probe", "owner-or-trainer-read"),
  probe("POST", "/api/users/{userId}/read-probe", "owner-or-trainer-read"),
  probe("PUT", "/api/users/{userId}/write-probe", "owner-or-trainer-write"),
  probe("GET", "/api/users/{userId}/owner-probe", "owner"),
  defineRoute({
    method: "POST",
    path: "/api/test/echo",
    summary: "echo",
    tags: ["test"],
    access: "public",
    query: z.strictObject({ n: z.coerce.number().int().optional() }),
    // Deliberately NOT strict: the mechanism must still refuse unknown keys.
    body: z.object({ weightKg: z.number().positive(), inner: z.object({ a: z.string() }).optional() }),
    response: z.object({ weightKg: z.number() }),
    status: 201,
    handler: async (ctx) => {
      if (ctx.body.weightKg === 999) throw new InvalidInputError("weightKg", "weight must be 20–400 kg");
      // Returns an extra field: the response schema must strip it.
      return { weightKg: ctx.body.weightKg, secret: "x" } as { weightKg: number };
    },
    example: async () => ({ body: { weightKg: 80 } }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/test/boom",
    summary: "throws",
    tags: ["test"],
    access: "public",
    response: z.null(),
    status: 200,
    handler: async () => {
      throw new Error("kaboom at /secret/path");
    },
    example: async () => ({}),
  }),
  defineRoute({
    method: "GET",
    path: "/api/test/bad-response",
    summary: "violates its schema",
    tags: ["test"],
    access: "public",
    response: z.strictObject({ n: z.number() }),
    status: 200,
    handler: async () => ({ n: "not a number" }) as unknown as { n: number },
    example: async () => ({}),
  }),
];

describeEachDialectApp(
  "route mechanism",
  (getT) => {
    let owner: TestUser, other: TestUser, trainer: TestUser, pendingTrainer: TestUser;
    beforeAll(async () => {
      const t = getT();
      await t.signUp(); // admin
      owner = await t.signUp();
      other = await t.signUp();
      trainer = await t.signUp();
      pendingTrainer = await t.signUp();
      const inv = await t.json(trainer, "POST", "/api/trainer/invitations", { email: owner.email });
      const token = (inv.json as { token: string }).token;
      expect((await t.json(owner, "POST", "/api/trainer/invitations/accept", { token })).status).toBe(200);
      await t.json(pendingTrainer, "POST", "/api/trainer/invitations", { email: owner.email });
    });

    it("owner policies: me, owner id, others 404, anonymous 401", async () => {
      const t = getT();
      for (const path of ["me", owner.userId]) {
        const r = await t.json(owner, "GET", `/api/users/${path}/owner-probe`);
        expect(r).toEqual({ status: 200, json: { subject: owner.userId, asTrainer: false } });
      }
      expect((await t.json(other, "GET", `/api/users/${owner.userId}/owner-probe`)).status).toBe(404);
      expect((await t.json(trainer, "GET", `/api/users/${owner.userId}/owner-probe`)).status).toBe(404);
      expect((await t.json(null, "GET", `/api/users/${owner.userId}/owner-probe`)).status).toBe(401);
      expect((await t.json(other, "GET", `/api/users/no-such-user/owner-probe`)).status).toBe(404);
    });

    it("trainer-read lets an accepted trainer GET only; pending trainer gets 404", async () => {
      const t = getT();
      const url = `/api/users/${owner.userId}/read-probe`;
      expect(await t.json(trainer, "GET", url)).toEqual({
        status: 200,
        json: { subject: owner.userId, asTrainer: true },
      });
      expect((await t.json(trainer, "POST", url)).status).toBe(404);
      expect((await t.json(pendingTrainer, "GET", url)).status).toBe(404);
      expect((await t.json(other, "GET", url)).status).toBe(404);
      // A client's consent runs one way: the owner cannot read the trainer's data.
      expect((await t.json(owner, "GET", `/api/users/${trainer.userId}/read-probe`)).status).toBe(404);
    });

    it("trainer-write lets an accepted trainer write only after plan consent; revoking the link ends it", async () => {
      const t = getT();
      const url = `/api/users/${owner.userId}/write-probe`;
      expect((await t.json(trainer, "PUT", url)).status).toBe(404); // accepted, no consent yet
      const links = await t.json(owner, "GET", "/api/trainer/links");
      const link = (
        links.json as { links: Array<{ id: string; userId: string; status: string }> }
      ).links.find((l) => l.userId === trainer.userId && l.status === "accepted");
      expect(link).toBeDefined();
      const consent = `/api/trainer/links/${link?.id}/plan-consent`;
      expect((await t.json(owner, "PUT", consent, { allow: true })).status).toBe(200);
      expect((await t.json(trainer, "PUT", url)).status).toBe(200);
      expect((await t.json(owner, "PUT", consent, { allow: false })).status).toBe(200);
      expect((await t.json(trainer, "PUT", url)).status).toBe(404);
      expect((await t.json(owner, "PUT", consent, { allow: true })).status).toBe(200);
      expect((await t.json(trainer, "PUT", url)).status).toBe(200);
      const t2 = await t.signUp();
      // A stranger cannot end someone else's link.
      expect((await t.json(t2, "DELETE", `/api/trainer/links/${link?.id}`)).status).toBe(404);
      expect((await t.json(owner, "DELETE", `/api/trainer/links/${link?.id}`)).status).toBe(204);
      expect((await t.json(trainer, "PUT", url)).status).toBe(404);
      expect((await t.json(trainer, "GET", `/api/users/${owner.userId}/read-probe`)).status).toBe(404);
    });

    it("validation: 422 with paths, unknown keys listed even for non-strict schemas, 400 on bad JSON", async () => {
      const t = getT();
      const bad = await t.json(null, "POST", "/api/test/echo", { weightKg: -1 });
      expect(bad.status).toBe(422);
      expect(bad.json).toMatchObject({ error: "validation", issues: [{ path: "body.weightKg" }] });
      const extra = await t.json(null, "POST", "/api/test/echo", {
        weightKg: 80,
        user_id: "x",
        role: "admin",
        inner: { a: "b", id: "y" },
      });
      expect(extra.status).toBe(422);
      const paths = (extra.json as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort();
      expect(paths).toEqual(["body.inner.id", "body.role", "body.user_id"]);
      const proto = await t.json(null, "POST", "/api/test/echo", undefined, {
        rawBody: '{"weightKg":80,"__proto__":{"admin":true}}',
      });
      expect(proto.status).toBe(422);
      const q = await t.json(null, "POST", "/api/test/echo?n=abc&zz=1", { weightKg: 80 });
      expect(q.status).toBe(422);
      expect((q.json as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort()).toEqual([
        "query.n",
        "query.zz",
      ]);
      // Query keys are plain data: __proto__ is named like any other unknown field.
      const protoQuery = await t.json(null, "POST", "/api/test/echo?n=1&__proto__=x", { weightKg: 80 });
      expect(protoQuery).toMatchObject({ status: 422, json: { issues: [{ path: "query.__proto__" }] } });
      const decoded = await t.json(null, "POST", "/api/test/echo?n=%32", { weightKg: 80 });
      expect(decoded.status).toBe(201);
      const malformed = await t.json(null, "POST", "/api/test/echo", undefined, {
        rawBody: '{"weightKg": 8',
      });
      expect(malformed).toMatchObject({ status: 400, json: { error: "malformed_json" } });
      const core = await t.json(null, "POST", "/api/test/echo", { weightKg: 999 });
      expect(core).toEqual({
        status: 422,
        json: {
          error: "validation",
          issues: [{ path: "body.weightKg", message: "weight must be 20–400 kg" }],
        },
      });
    });

    it("responses go through their schema: undeclared fields are stripped, violations are a bare 500", async () => {
      const t = getT();
      const ok = await t.json(null, "POST", "/api/test/echo", { weightKg: 80 });
      expect(ok).toEqual({ status: 201, json: { weightKg: 80 } });
      const bad = await t.json(null, "GET", "/api/test/bad-response");
      expect(bad.status).toBe(500);
      expect(Object.keys(bad.json as object).sort()).toEqual(["error", "requestId"]);
    });

    it("an unexpected error is a 500 without stack trace or message", async () => {
      const t = getT();
      const res = await t.request(null, "GET", "/api/test/boom");
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(text).not.toMatch(/kaboom|secret|at |\.ts/);
      expect(JSON.parse(text)).toMatchObject({ error: "internal" });
      // …but the log has it, with the request id, for the operator.
      const line = t.log.lines.find((l) => l.msg === "unhandled error");
      expect(String(line?.error)).toContain("kaboom");
    });

    it("unknown /api paths answer JSON 404; OpenAPI lists every registered route", async () => {
      const t = getT();
      expect(await t.json(null, "GET", "/api/nope")).toEqual({ status: 404, json: { error: "not_found" } });
      const doc = await t.json(null, "GET", "/api/openapi.json");
      const paths = (doc.json as { paths: Record<string, Record<string, unknown>> }).paths;
      for (const r of allRoutes())
        expect(paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
      const ids = Object.values(paths).flatMap((ops) =>
        Object.values(ops).map((op) => (op as { operationId: string }).operationId),
      );
      expect(new Set(ids).size).toBe(ids.length);
      const health = await t.json(null, "GET", "/healthz");
      expect(health).toMatchObject({ status: 200, json: { status: "ok" } });
      const docs = await t.request(null, "GET", "/api/docs");
      expect(await docs.text()).toContain("/api/openapi.json");
    });
  },
  { routes: [...allRoutes(), ...testRoutes] },
);
