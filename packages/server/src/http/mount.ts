import type { Context, Hono } from "hono";
import type { AppEnv } from "./app-env.js";
import type { ServerDeps } from "../deps.js";
import { readBodyLimited, parseJson } from "./body.js";
import { HttpError, NotFoundError, type ValidationIssue } from "./errors.js";
import { errorResponse, jsonResponse, validationResponse } from "./error-response.js";
import { clientAddress, isSecure } from "./request-meta.js";
import { hardenedJson } from "./security.js";
import { OWNER_POLICIES, type Caller, type Route, type RouteContext } from "./route.js";
import { nulStrings, toIssues, validate } from "./validate.js";

/** How the mechanism learns who is calling and whether a trainer link is accepted. */
export interface AccessServices {
  authenticate(c: Context): Promise<Caller | null>;
  trainerMayAccess(trainerId: string, clientId: string): Promise<boolean>;
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
  const trainerAllowed =
    route.access === "owner-or-trainer-write" ||
    (route.access === "owner-or-trainer-read" && route.method === "GET");
  if (trainerAllowed && (await services.trainerMayAccess(caller.userId, subject))) {
    return { caller, subjectUserId: subject, asTrainer: true };
  }
  throw new NotFoundError();
}

function queryObject(c: Context): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  // The query string alone through URLSearchParams: the same parse as URL#searchParams, without
  // building a URL per request (most requests have no query at all).
  const url = c.req.url;
  const at = url.indexOf("?");
  if (at < 0) return out;
  const search = new URLSearchParams(url.slice(at + 1));
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
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
    const text = await readBodyLimited(c.req.raw, route.maxBodyBytes ?? deps.config.maxBodyBytes);
    const json = parseJson(text);
    const r = validate("body", route.body, json);
    if (r.ok) body = r.value;
    else issues.push(...r.issues);
  }
  if (issues.length > 0) return { ok: false as const, issues };
  return { ok: true as const, params, query, body };
}

/** Mounts one route: policy → validation → handler → response schema. */
export function mountRoute(
  app: Hono<AppEnv>,
  route: Route,
  deps: ServerDeps,
  services: AccessServices,
): void {
  const where = `${route.method} ${route.path}`;
  app.on(route.method, honoPath(route.path), async (c) => {
    c.set("routePath", route.path);
    const requestId = c.get("requestId") ?? "-";
    const extraHeaders: Array<[string, string]> = [];
    try {
      const access = await resolveAccess(route, c, services);
      const input = await parseInput(route, c, deps);
      if (!input.ok) return validationResponse(input.issues);
      const ctx: RouteContext<unknown, unknown, unknown, "public"> = {
        params: input.params,
        query: input.query,
        body: input.body,
        caller: access.caller,
        subjectUserId: access.subjectUserId,
        asTrainer: access.asTrainer,
        deps,
        request: c.req.raw,
        // Computed on use: most handlers need neither, and isSecure may parse the URL.
        get clientAddress() {
          return clientAddress(c, deps.config);
        },
        get secure() {
          return isSecure(c, deps.config);
        },
        header: (name, value) => void extraHeaders.push([name, value]),
      };
      const result = await route.handler(ctx as unknown as Parameters<Route["handler"]>[0]);
      let response: Response;
      if (result instanceof Response) {
        response = result;
      } else if (route.status === 204) {
        response = new Response(null, { status: 204 });
      } else {
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
        return hardenedJson(route.status, out.data, requestId, extraHeaders);
      }
      for (const [name, value] of extraHeaders) response.headers.append(name, value);
      return response;
    } catch (e) {
      const response = errorResponse(e, deps.log, requestId, where);
      for (const [name, value] of extraHeaders) response.headers.append(name, value);
      return response;
    }
  });
}
