import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Hono } from "hono";
import type { Database } from "@leanback/db/schema";
import { uuidv7 } from "@leanback/db/ids";
import { describeEachDialect, type DialectContext } from "@leanback/db/testing/dialects";
import { createApp, type AppOptions } from "../app.js";
import { testConfig, type ServerConfig } from "../config.js";
import type { ServerDeps } from "../deps.js";
import type { AppEnv } from "../http/app-env.js";
import { memoryLogger } from "../http/log.js";
import type { ExampleFixture, FixtureResponse, Method, TestUser } from "../http/route.js";

export type { TestUser, FixtureResponse } from "../http/route.js";

export interface RequestOptions {
  /** Extra headers (Origin, X-Forwarded-Proto …). */
  readonly headers?: Record<string, string>;
  /** Raw body (text or bytes) instead of JSON.stringify(body); content-type stays JSON unless set. */
  readonly rawBody?: string | Uint8Array;
  /** The client address the server sees (default 127.0.0.1). */
  readonly address?: string;
  /** Base URL (default http://localhost). */
  readonly base?: string;
}

/** An app on a real database plus helpers that sign up, log in and make requests (no socket). */
export interface TestApp {
  readonly app: Hono<AppEnv>;
  readonly deps: ServerDeps;
  readonly log: ReturnType<typeof memoryLogger>;
  /** A Response for `method path` as `user` (null = anonymous). */
  request(
    user: TestUser | null,
    method: string,
    path: string,
    body?: unknown,
    opts?: RequestOptions,
  ): Promise<Response>;
  /** Like request, with the JSON body parsed (null when empty). */
  json(
    user: TestUser | null,
    method: string,
    path: string,
    body?: unknown,
    opts?: RequestOptions,
  ): Promise<FixtureResponse>;
  /** Signs up a fresh account (the first of a database becomes admin) and returns it logged in. */
  signUp(opts?: { email?: string; password?: string }): Promise<TestUser>;
  /** Logs `user` in again: a new session cookie. */
  login(user: Pick<TestUser, "userId" | "email" | "password">, opts?: RequestOptions): Promise<TestUser>;
  /** A unique string for this app. */
  unique(prefix: string): string;
  /** The ExampleFixture a route's `example` receives, with `subject` as the data owner. */
  exampleFixture(subject: TestUser): ExampleFixture;
}

export interface TestAppOptions extends AppOptions {
  readonly config?: Partial<ServerConfig>;
  readonly now?: () => number;
  readonly pushTransport?: ServerDeps["pushTransport"];
}

/** Cookie header value from a response's Set-Cookie lines (name=value pairs only). */
export function cookieFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c.length > 0 && !c.endsWith("="))
    .join("; ");
}

/** Builds a TestApp on an opened, migrated database. */
export function createTestApp(
  db: Kysely<Database>,
  dialect: "sqlite" | "postgres",
  options: TestAppOptions = {},
): TestApp {
  const log = memoryLogger();
  const now = options.now ?? Date.now;
  const deps: ServerDeps = {
    db,
    dialect,
    now,
    newId: () => uuidv7(now),
    randomBytes: (n) => randomBytes(n),
    config: testConfig(options.config),
    log,
    ...(options.pushTransport ? { pushTransport: options.pushTransport } : {}),
  };
  const app = createApp(deps, options);
  let counter = 0;
  const tag = randomBytes(4).toString("hex");
  const unique = (prefix: string) => `${prefix}-${tag}-${++counter}`;

  const request: TestApp["request"] = async (user, method, path, body, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (user) headers.cookie = user.cookie;
    let payload: string | Uint8Array | undefined = opts.rawBody;
    if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers["content-type"] ??= "application/json";
    const env = { incoming: { socket: { remoteAddress: opts.address ?? "127.0.0.1" } } };
    return app.request(`${opts.base ?? "http://localhost"}${path}`, { method, headers, body: payload }, env);
  };
  const json: TestApp["json"] = async (user, method, path, body, opts) => {
    const res = await request(user, method, path, body, opts);
    const text = await res.text();
    let parsed: unknown = null;
    if (text !== "") {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, json: parsed };
  };
  const login: TestApp["login"] = async (user, opts) => {
    const res = await request(
      null,
      "POST",
      "/api/auth/login",
      { email: user.email, password: user.password },
      opts,
    );
    if (res.status !== 200) throw new Error(`fixture login failed: ${res.status} ${await res.text()}`);
    return { userId: user.userId, email: user.email, password: user.password, cookie: cookieFrom(res) };
  };
  const signUp: TestApp["signUp"] = async (o = {}) => {
    const email = o.email ?? `${unique("user")}@example.org`;
    const password = o.password ?? "a long test passphrase";
    const res = await request(null, "POST", "/api/auth/signup", { email, password });
    if (res.status !== 201) throw new Error(`fixture signup failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { user: { id: string } };
    return { userId: body.user.id, email, password, cookie: cookieFrom(res) };
  };
  const exampleFixture = (subject: TestUser): ExampleFixture => ({
    subject,
    deps,
    unique,
    signUp: () => signUp(),
    request: (user, method: Method, path, body) => json(user, method, path, body),
  });
  return { app, deps, log, request, json, signUp, login, unique, exampleFixture };
}

/**
 * describeEachDialect with a TestApp per dialect (fresh database each; tests share it, so make
 * fresh users). The first sign-up of each database becomes admin: call `signUp()` once in a
 * beforeAll if your tests must not run as admin.
 *
 * @example
 * describeEachDialectApp("weigh-ins API", (getT) => {
 *   it("creates", async () => {
 *     const t = getT(); const u = await t.signUp();
 *     expect((await t.json(u, "POST", `/api/users/me/weigh-ins`, { date: "2026-01-05", weightKg: 80 })).status).toBe(201);
 *   });
 * });
 */
export function describeEachDialectApp(
  title: string,
  body: (getApp: () => TestApp, ctx: DialectContext) => void,
  options: TestAppOptions = {},
): void {
  describeEachDialect(title, (getDb, ctx) => {
    let cached: { db: Kysely<Database>; t: TestApp } | undefined;
    const getApp = (): TestApp => {
      const db = getDb();
      if (!cached || cached.db !== db) cached = { db, t: createTestApp(db, ctx.dialect, options) };
      return cached.t;
    };
    body(getApp, ctx);
  });
}
