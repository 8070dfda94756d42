import type { MiddlewareHandler } from "hono";
import type { ServerDeps } from "../deps.js";
import type { AppEnv } from "./app-env.js";
import { jsonResponse } from "./error-response.js";
import { expectedOrigin } from "./request-meta.js";

/** Sent on every response (OWASP Secure Headers Project recommendations). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SECURITY_HEADER_LIST = Object.entries(SECURITY_HEADERS);

// Responses built with every security header and the request id already in their init. Touching
// `response.headers` afterwards makes @hono/node-server build a Headers object it would otherwise
// skip (it writes a plain init record straight to the socket): for the API's JSON answers, the
// bulk of the traffic, the middleware below leaves these alone.
// Value: the body's byte length.
const hardened = new WeakMap<Response, number>();

/**
 * A JSON response carrying the security headers and `x-request-id` from the start, so the
 * middleware below need not add them afterwards. `extra` may repeat names (several Set-Cookie).
 */
export function hardenedJson(
  status: number,
  body: unknown,
  requestId: string,
  extra: ReadonlyArray<readonly [string, string]> = [],
): Response {
  const text = JSON.stringify(body);
  const length = Buffer.byteLength(text);
  const base: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    // Known up front, so a later step can decide from headers alone (compression skips small
    // bodies) without reading the body.
    "content-length": String(length),
    ...SECURITY_HEADERS,
    "x-request-id": requestId,
  };
  const headers: Record<string, string> | Array<[string, string]> =
    extra.length === 0 ? base : [...Object.entries(base), ...extra.map(([k, v]): [string, string] => [k, v])];
  const response = new Response(text, { status, headers });
  hardened.set(response, length);
  return response;
}

/**
 * The body length of a hardenedJson answer (known without touching its headers or body), else
 * undefined. Lets compression pass small route JSON by without reading it.
 */
export function hardenedLength(response: Response): number | undefined {
  return hardened.get(response);
}

/** Adds the security headers, whatever produced the response. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (hardened.has(c.res)) return;
    for (const [k, v] of SECURITY_HEADER_LIST) c.res.headers.set(k, v);
  };
}

/**
 * CSRF defence in depth beside SameSite=Lax: a state-changing request whose Origin (or, without
 * Origin, Sec-Fetch-Site=cross-site) names another site is refused with 403. Requests without
 * either header (curl, the CLI) pass: they cannot carry a browser's ambient cookie by accident.
 */
export function originCheck(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header("origin");
      const fetchSite = c.req.header("sec-fetch-site");
      const foreign =
        origin !== undefined ? origin !== expectedOrigin(c, deps.config) : fetchSite === "cross-site";
      if (foreign)
        return jsonResponse(403, { error: "forbidden_origin", message: "cross-origin request refused" });
    }
    await next();
  };
}

/**
 * A request id and one JSON log line per request: method, route, status, ms. No secrets.
 * Ids are a random per-instance prefix and a counter: unique across instances, and not a CSPRNG
 * call per request (an id correlates logs; it is no secret and grants nothing).
 */
export function requestLog(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  const prefix = Buffer.from(deps.randomBytes(6)).toString("base64url");
  let counter = 0;
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header("x-request-id");
    const requestId =
      incoming && /^[A-Za-z0-9._-]{1,64}$/.test(incoming)
        ? incoming
        : `${prefix}-${(++counter).toString(36)}`;
    c.set("requestId", requestId);
    await next();
    if (!hardened.has(c.res)) c.res.headers.set("x-request-id", requestId);
    deps.log.log("info", "request", {
      requestId,
      method: c.req.method,
      // The route pattern, not the URL: paths may hold tokens (invitation links).
      route: c.get("routePath") ?? (c.req.path.startsWith("/api/") ? "unmatched" : "static"),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
