import type { z } from "zod";
import type { ServerDeps } from "../deps.js";

/**
 * The access POLICY of a route, checked before any validation so that callers without access
 * learn nothing (401 when anonymous, 404 otherwise — never 403, which would leak existence).
 * - public: anyone.
 * - authenticated: any signed-in account.
 * - owner: the path's {userId} (or "me") must be the caller.
 * - owner-or-trainer-read: owner; a trainer with an ACCEPTED link may also GET.
 * - owner-or-trainer-comment: owner, or a trainer with an accepted link for any method; for what
 *   a trainer writes ABOUT a client (comments), never for the client's own data.
 * - owner-or-trainer-write: owner; a trainer with an accepted link may GET, and may change (any
 *   other method) only after the client's separate plan consent on that link. Every change a
 *   trainer makes through such a route is written to the client's trainer audit (mount.ts).
 * - admin: accounts with role admin.
 * - feed-token: the path's {token} is a live calendar-feed token; its owner is the subject, with
 *   or without a session (calendar apps send no cookie). An unknown token is 404 to everyone.
 * A link that either side ended gives nothing, at once: every check reads the link per request.
 */
export type Access =
  | "public"
  | "authenticated"
  | "owner"
  | "owner-or-trainer-read"
  | "owner-or-trainer-comment"
  | "owner-or-trainer-write"
  | "admin"
  | "feed-token";

export const ACCESS_POLICIES: readonly Access[] = [
  "public",
  "authenticated",
  "owner",
  "owner-or-trainer-read",
  "owner-or-trainer-comment",
  "owner-or-trainer-write",
  "admin",
  "feed-token",
];

/** Policies that need a {userId} path parameter naming the data's owner. */
export const OWNER_POLICIES: readonly Access[] = [
  "owner",
  "owner-or-trainer-read",
  "owner-or-trainer-comment",
  "owner-or-trainer-write",
];

/** What a trainer's link to a client allows: nothing, reading, or reading and plan changes. */
export type TrainerAccess = "none" | "read" | "write";

/**
 * May a trainer whose link gives `link` call a route of `access` with `method`? The one rule the
 * mechanism (mount.ts) and the authorization matrix share.
 *
 * @example
 * trainerMay("owner-or-trainer-write", "PUT", "read"); // → false (no plan consent)
 */
export function trainerMay(access: Access, method: Method, link: TrainerAccess): boolean {
  if (link === "none") return false;
  switch (access) {
    case "owner-or-trainer-read":
      return method === "GET";
    case "owner-or-trainer-comment":
      return true;
    case "owner-or-trainer-write":
      return method === "GET" || link === "write";
    default:
      return false;
  }
}

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The signed-in account making the request. */
export interface Caller {
  readonly userId: string;
  readonly email: string;
  readonly role: "admin" | "user";
  readonly sessionId: string;
}

type CallerFor<A extends Access> = A extends "public" | "feed-token" ? Caller | null : Caller;
type SubjectFor<A extends Access> = A extends "public" ? string | null : string;

/** What a handler receives: validated input, who asks, whose data, and the dependencies. */
export interface RouteContext<P, Q, B, A extends Access> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly caller: CallerFor<A>;
  /**
   * Whose data the request is about: the path's {userId} ("me" resolved) for owner policies,
   * else the caller's id (null only for anonymous callers of public routes).
   */
  readonly subjectUserId: SubjectFor<A>;
  /** True when a trainer (accepted link) acts on a client's data. */
  readonly asTrainer: boolean;
  readonly deps: ServerDeps;
  readonly request: Request;
  /** Client address (X-Forwarded-For only with TRUST_PROXY). */
  readonly clientAddress: string;
  /** Served over TLS (directly, or X-Forwarded-Proto=https with TRUST_PROXY). */
  readonly secure: boolean;
  /** Adds a response header (appends, so several Set-Cookie work). */
  header(name: string, value: string): void;
}

/** A test user made by the fixture: id, credentials and a session cookie. */
export interface TestUser {
  readonly userId: string;
  readonly email: string;
  readonly password: string;
  readonly cookie: string;
}

export interface FixtureResponse {
  readonly status: number;
  readonly json: unknown;
}

/**
 * Given to `example(fixture)`: the subject (owner of the data, already signed up and logged in)
 * and helpers to set up prerequisites (create a weigh-in to delete, an invitation to accept …).
 * `example` is called afresh for every request the proofs make, so it may consume resources.
 */
export interface ExampleFixture {
  readonly subject: TestUser;
  readonly deps: ServerDeps;
  /** A string unique within the test run, e.g. for e-mail addresses. */
  unique(prefix: string): string;
  /** Signs up and logs in a fresh account that plays no role in the matrix. */
  signUp(): Promise<TestUser>;
  /** A JSON request as `user` (null = anonymous) for setup. */
  request(user: TestUser | null, method: Method, path: string, body?: unknown): Promise<FixtureResponse>;
}

/** A valid request for the route (path params other than {userId}, which the proofs fill). */
export interface ExampleRequest<P = unknown, Q = unknown, B = unknown> {
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** The bytes of a route that takes a raw body (uploads) instead of JSON. */
  readonly rawBody?: { readonly bytes: Uint8Array; readonly contentType: string };
  /** Who makes the owner's request instead of the subject: a throwaway account for a route that
   * consumes its caller (account deletion), so the proofs' subject lives on. */
  readonly caller?: TestUser;
}

/** What a raw-body route accepts (for the docs; the handler checks the bytes themselves). */
export interface RawBody {
  readonly contentTypes: readonly string[];
  readonly maxBytes: number;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;
type In<S> = S extends z.ZodType ? z.input<S> : Record<string, never>;

/** The definition a feature writes. Use z.strictObject for bodies (extra keys → 422). */
export interface RouteDefinition<
  A extends Access,
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Schema,
> {
  readonly method: Method;
  /** OpenAPI-style, e.g. /api/users/{userId}/weigh-ins/{id}. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: A;
  /** Path params other than {userId} (the policy resolves that one into subjectUserId). */
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly response: R;
  readonly status: 200 | 201 | 202 | 204;
  /** Larger limit for e.g. imports; defaults to config.maxBodyBytes. */
  readonly maxBodyBytes?: number;
  /**
   * A raw (non-JSON) request body the handler reads itself, e.g. an image upload: documented in
   * OpenAPI with these types; the example supplies `rawBody` so the proofs can send it.
   */
  readonly rawBody?: RawBody;
  /** Content type when the handler returns a raw Response (downloads); JSON otherwise. */
  readonly responseContentType?: string;
  readonly handler: (ctx: RouteContext<Out<P>, Out<Q>, Out<B>, A>) => Promise<z.input<R> | Response>;
  readonly example: (fixture: ExampleFixture) => Promise<ExampleRequest<In<P>, In<Q>, In<B>>>;
}

/** A route with its types erased, as stored in the registry. */
export interface Route {
  readonly method: Method;
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: Access;
  readonly params?: Schema;
  readonly query?: Schema;
  readonly body?: Schema;
  readonly response: Schema;
  readonly status: 200 | 201 | 202 | 204;
  readonly maxBodyBytes?: number;
  readonly rawBody?: RawBody;
  readonly responseContentType?: string;
  readonly pathParams: readonly string[];
  readonly handler: (ctx: RouteContext<unknown, unknown, unknown, Access>) => Promise<unknown>;
  readonly example: (fixture: ExampleFixture) => Promise<ExampleRequest>;
}

/** Names inside {braces} of an OpenAPI path. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] as string);
}

/**
 * Declares a route. Checks the declaration at import time: a path under /api, a known policy,
 * {userId} present exactly when the policy is owner-scoped, and an example.
 *
 * @example
 * export const listWeighIns = defineRoute({
 *   method: "GET", path: "/api/users/{userId}/weigh-ins", summary: "List weigh-ins",
 *   tags: ["weigh-ins"], access: "owner-or-trainer-read", response: z.array(weighInSchema),
 *   status: 200, handler: async (ctx) => listFor(ctx.deps.db, ctx.subjectUserId),
 *   example: async () => ({}),
 * });
 */
export function defineRoute<
  A extends Access,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(def: RouteDefinition<A, P, Q, B, R>): Route {
  const where = `${def.method} ${def.path}`;
  if (!def.path.startsWith("/api/")) throw new Error(`${where}: route paths start with /api/`);
  if (!ACCESS_POLICIES.includes(def.access))
    throw new Error(`${where}: unknown access policy "${def.access}"`);
  if (typeof def.example !== "function") throw new Error(`${where}: every route needs an example`);
  const names = pathParamNames(def.path);
  const ownerScoped = OWNER_POLICIES.includes(def.access);
  if (ownerScoped && !names.includes("userId"))
    throw new Error(`${where}: policy "${def.access}" needs a {userId} path parameter`);
  if (def.access === "feed-token" && !names.includes("token"))
    throw new Error(`${where}: policy "feed-token" needs a {token} path parameter`);
  if (!ownerScoped && names.includes("userId"))
    throw new Error(`${where}: {userId} in the path needs an owner policy, not "${def.access}"`);
  if (def.rawBody && def.body) throw new Error(`${where}: a route takes a JSON body or a raw body, not both`);
  if (def.status === 204 && def.responseContentType)
    throw new Error(`${where}: a 204 route has no response body`);
  return { ...def, pathParams: names } as unknown as Route;
}

/** A feature's routes; the registry (routes.ts) lists these modules. */
export type RouteModule = readonly Route[];
