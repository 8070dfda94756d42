import type { Context, Hono } from "hono";
import type { AppEnv } from "./app-env.js";
import type { ServerDeps } from "../deps.js";
import {
  MAX_JSON_DEPTH,
  MAX_JSON_STRING_CHARS,
  nodeIncoming,
  parseJson,
  readBodyLimited,
  readIncomingLimited,
} from "./body.js";
import { HttpError, NotFoundError, type ValidationIssue } from "./errors.js";
import { errorResponse, jsonResponse, validationResponse } from "./error-response.js";
import { parseQuery, type QueryObject } from "./query-string.js";
import { clientAddress, isSecure } from "./request-meta.js";
import type { Edge } from "./edge.js";
import { hardenedJson } from "./security.js";
import {
  OWNER_POLICIES,
  trainerMay,
  type Caller,
  type Route,
  type RouteContext,
  type TrainerAccess,
} from "./route.js";
import { nulStrings, toIssues, validate } from "./validate.js";

/** How the mechanism learns who is calling and whether a trainer link is accepted. */
export interface AccessServices {
  authenticate(c: Context): Promise<Caller | null>;
  /** What the trainer's accepted, unrevoked link to the client allows ("none" without one). */
  trainerAccess(trainerId: string, clientId: string): Promise<TrainerAccess>;
  /** Records a change a trainer made to a client's data (owner-or-trainer-write routes). */
  auditTrainerChange(entry: {
    trainerId: string;
    clientId: string;
    method: string;
    path: string;
    summary: string;
  }): Promise<void>;
  /** The user whose live calendar-feed token this is, or null. */
  feedOwner(token: string): Promise<string | null>;
}

/** OpenAPI {name} → Hono :name. */
export function honoPath(path: string): string {
  return path.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, ":$1");
}

interface Resolved {
  caller: Caller | null;
  subjectUserId: string | null;
  asTrainer: boolean;
}

/** Applies the route's policy. Anonymous → 401; anyone else without access → 404. */
async function resolveAccess(route: Route, c: Context, services: AccessServices): Promise<Resolved> {
  const caller = await services.authenticate(c);
  if (route.access === "public") return { caller, subjectUserId: caller?.userId ?? null, asTrainer: false };
  if (route.access === "feed-token") {
    // The token is the credential: a session neither helps nor hurts, and a wrong token is 404.
    const owner = await services.feedOwner(c.req.param("token") ?? "");
    if (owner === null) throw new NotFoundError();
    return { caller, subjectUserId: owner, asTrainer: false };
  }
  if (!caller) throw new HttpError(401, "unauthenticated", "sign in first");
  if (route.access === "authenticated") return { caller, subjectUserId: caller.userId, asTrainer: false };
  if (route.access === "admin") {
    if (caller.role !== "admin") throw new NotFoundError();
    return { caller, subjectUserId: caller.userId, asTrainer: false };
  }
  if (!OWNER_POLICIES.includes(route.access)) throw new Error(`unhandled policy ${route.access}`);
  const raw = c.req.param("userId");
  const subject = raw === "me" ? caller.userId : raw;
  if (!subject) throw new NotFoundError();
  if (subject === caller.userId) return { caller, subjectUserId: subject, asTrainer: false };
  if (route.access === "owner") throw new NotFoundError();
  const link = await services.trainerAccess(caller.userId, subject);
  if (trainerMay(route.access, route.method, link))
    return { caller, subjectUserId: subject, asTrainer: true };
  throw new NotFoundError();
}

function queryObject(c: Context): QueryObject {
  // The query string alone: no URL object per request (most requests have no query at all).
  const url = c.req.url;
  const at = url.indexOf("?");
  return parseQuery(at < 0 ? "" : url.slice(at + 1));
}

async function parseInput(route: Route, c: Context, deps: ServerDeps) {
  const issues: ValidationIssue[] = [];
  const rawParams: Record<string, string> = {};
  for (const name of route.pathParams) if (name !== "userId") rawParams[name] = c.req.param(name) ?? "";
  let params: unknown = rawParams;
  if (route.params) {
    const r = validate("params", route.params, rawParams);
    if (r.ok) params = r.value;
    else issues.push(...r.issues);
  } else {
    issues.push(...nulStrings(rawParams, "params"));
  }
  const rawQuery = queryObject(c);
  let query: unknown = rawQuery;
  if (route.query) {
    const r = validate("query", route.query, rawQuery);
    if (r.ok) query = r.value;
    else issues.push(...r.issues);
  } else if (Object.keys(rawQuery).length > 0) {
    issues.push(...Object.keys(rawQuery).map((k) => ({ path: `query.${k}`, message: "unknown field" })));
  }
  let body: unknown = undefined;
  if (route.body) {
    const limit = route.maxBodyBytes ?? deps.config.maxBodyBytes;
    const incoming = nodeIncoming(c.env);
    const text =
      incoming !== undefined
        ? await readIncomingLimited(incoming, limit)
        : await readBodyLimited(c.req.raw, limit);
    // A route that takes a large document (an import) bounds its strings by its body limit alone.
    const json = parseJson(text, {
      maxDepth: MAX_JSON_DEPTH,
      maxStringChars: route.maxBodyBytes ?? MAX_JSON_STRING_CHARS,
    });
    const r = validate("body", route.body, json);
    if (r.ok) body = r.value;
    else issues.push(...r.issues);
  }
  if (issues.length > 0) return { ok: false as const, issues };
  return { ok: true as const, params, query, body };
}

/**
 * What a handler receives. A class, not an object literal: literal getters would give every
 * request's context its own hidden class, which V8 allocates outside the young generation; the
 * resulting garbage-collector work cost more than the route's query (bench/http.ts).
 */
class HandlerContext implements RouteContext<unknown, unknown, unknown, "public"> {
  readonly extraHeaders: Array<[string, string]> = [];
  constructor(
    readonly params: unknown,
    readonly query: unknown,
    readonly body: unknown,
    readonly caller: Caller | null,
    readonly subjectUserId: string | null,
    readonly asTrainer: boolean,
    readonly deps: ServerDeps,
    private readonly c: Context,
  ) {}
  get request(): Request {
    return this.c.req.raw;
  }
  /** Computed on use: most handlers need neither, and isSecure may parse the URL. */
  get clientAddress(): string {
    return clientAddress(this.c, this.deps.config);
  }
  get secure(): boolean {
    return isSecure(this.c, this.deps.config);
  }
  header(name: string, value: string): void {
    this.extraHeaders.push([name, value]);
  }
}

function withHeaders(response: Response, extra: ReadonlyArray<readonly [string, string]>): Response {
  for (const [name, value] of extra) response.headers.append(name, value);
  return response;
}

/** Policy → validation → handler → response schema, for one request of `route`. */
async function runRoute(
  route: Route,
  c: Context,
  deps: ServerDeps,
  services: AccessServices,
  requestId: string,
): Promise<Response> {
  const where = `${route.method} ${route.path}`;
  let ctx: HandlerContext | undefined;
  try {
    const access = await resolveAccess(route, c, services);
    const input = await parseInput(route, c, deps);
    if (!input.ok) return validationResponse(input.issues);
    ctx = new HandlerContext(
      input.params,
      input.query,
      input.body,
      access.caller,
      access.subjectUserId,
      access.asTrainer,
      deps,
      c,
    );
    const result = await route.handler(ctx as unknown as Parameters<Route["handler"]>[0]);
    if (
      access.asTrainer &&
      route.access === "owner-or-trainer-write" &&
      route.method !== "GET" &&
      access.caller
    )
      await services.auditTrainerChange({
        trainerId: access.caller.userId,
        clientId: access.subjectUserId ?? "",
        method: route.method,
        path: c.req.path,
        summary: route.summary,
      });
    if (result instanceof Response) return withHeaders(result, ctx.extraHeaders);
    if (route.status === 204) return withHeaders(new Response(null, { status: 204 }), ctx.extraHeaders);
    // Always through the response schema: output never carries fields it does not declare.
    const out = route.response.safeParse(result);
    if (!out.success) {
      deps.log.log("error", "response does not match its schema", {
        requestId,
        route: where,
        issues: toIssues("response", out.error),
      });
      return jsonResponse(500, { error: "internal", requestId });
    }
    // Every header in the init: nothing touches response.headers afterwards (security.ts).
    return hardenedJson(route.status, out.data, requestId, ctx.extraHeaders);
  } catch (e) {
    return withHeaders(errorResponse(e, deps.log, requestId, where), ctx?.extraHeaders ?? []);
  }
}

/** Mounts one route: the edge (request id, Origin, headers, log) around runRoute. */
export function mountRoute(
  app: Hono<AppEnv>,
  route: Route,
  deps: ServerDeps,
  services: AccessServices,
  edge: Edge,
): void {
  app.on(route.method, honoPath(route.path), (c) =>
    edge.handle(c, route.path, (requestId) => runRoute(route, c, deps, services, requestId)),
  );
}
