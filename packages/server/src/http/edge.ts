import type { Context } from "hono";
import { compressResponse, MIN_COMPRESS_BYTES } from "../compression.js";
import type { ServerDeps } from "../deps.js";
import type { AppEnv } from "./app-env.js";
import { nodeIncoming } from "./body.js";
import { errorResponse, jsonResponse } from "./error-response.js";
import { hostCheck, HSTS, reachedOverTls } from "./host-check.js";
import { expectedOrigin } from "./request-meta.js";
import { hardenedLength, isHardened, SECURITY_HEADER_LIST } from "./security.js";

// Why one function and not four Hono middlewares (request log, security headers, Origin check,
// compression): each middleware layer is an async frame and a compose step on every request,
// and together they cost about as much as the route's own query (bench/http.ts; ADR 0007).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A request header, read from Node's already-parsed headers when served by @hono/node-server
 * (asking Hono builds a WHATWG Headers object per request), else from the Fetch request.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = nodeIncoming(c.env);
  if (incoming === undefined) return c.req.header(name);
  const v = incoming.headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

export type EdgeHandler = (requestId: string) => Response | Promise<Response>;

/** What every request goes through around its handler. */
export interface Edge {
  /**
   * Gives the request an id, refuses a state-changing request from a foreign Origin (403), runs
   * `handler`, answers a thrown error without its stack, adds the security headers and the
   * request id, compresses large text, and writes one log line (method, route, status, ms).
   * `routePath` is the route pattern for the log (never the URL: paths may hold tokens).
   */
  handle(c: Context<AppEnv>, routePath: string | undefined, handler: EdgeHandler): Promise<Response>;
}

/**
 * The edge of one app instance. Request ids are a random per-instance prefix and a counter:
 * unique across instances and no CSPRNG call per request (an id correlates logs; it grants
 * nothing). A valid incoming X-Request-Id is kept.
 *
 * @example
 * const edge = createEdge(deps);
 * app.get("/healthz", (c) => edge.handle(c, "/healthz", () => new Response("ok")));
 */
export function createEdge(
  deps: ServerDeps,
  /** Told about every answer (for /metrics); `route` is the template, "static" or "unmatched". */
  observe?: (method: string, route: string, status: number, seconds: number) => void,
): Edge {
  const prefix = Buffer.from(deps.randomBytes(6)).toString("base64url");
  const hostAllowed = hostCheck(deps.config);
  let counter = 0;
  return {
    async handle(c, routePath, handler) {
      const started = performance.now();
      const incoming = requestHeader(c, "x-request-id");
      const requestId =
        incoming !== undefined && REQUEST_ID.test(incoming)
          ? incoming
          : `${prefix}-${(++counter).toString(36)}`;
      c.set("requestId", requestId);
      const method = c.req.method;
      const header = (name: string): string | undefined => requestHeader(c, name);
      let res: Response;
      try {
        res = !hostAllowed(c, header)
          ? jsonResponse(421, {
              error: "misdirected_request",
              message: "this server does not serve that host",
            })
          : !SAFE_METHODS.has(method) && isForeignOrigin(c, deps)
            ? jsonResponse(403, { error: "forbidden_origin", message: "cross-origin request refused" })
            : await handler(requestId);
        // Most API answers are small route JSON: nothing to compress, nothing to look at.
        if ((hardenedLength(res) ?? MIN_COMPRESS_BYTES) >= MIN_COMPRESS_BYTES)
          res = await compressResponse(res, {
            method,
            acceptEncoding: () => requestHeader(c, "accept-encoding"),
          });
      } catch (e) {
        res = errorResponse(e, deps.log, requestId, routePath ?? c.req.path);
      }
      if (!isHardened(res)) {
        for (const [k, v] of SECURITY_HEADER_LIST) res.headers.set(k, v);
        res.headers.set("x-request-id", requestId);
      }
      // Over TLS only (RFC 6797 §7.2: never on plain HTTP, where an attacker could strip it anyway).
      if (reachedOverTls(c, deps.config, header)) res.headers.set("strict-transport-security", HSTS);
      const ms = performance.now() - started;
      const route = routePath ?? (c.req.path.startsWith("/api/") ? "unmatched" : "static");
      observe?.(method, route, res.status, ms / 1000);
      deps.log.log("info", "request", {
        requestId,
        method,
        route,
        status: res.status,
        ms: Math.round(ms * 10) / 10,
      });
      return res;
    },
  };
}

/**
 * CSRF defence in depth beside SameSite=Lax: a state-changing request whose Origin (or, without
 * Origin, Sec-Fetch-Site=cross-site) names another site is foreign. Requests without either
 * header (curl, the CLI) pass: they cannot carry a browser's ambient cookie by accident.
 */
function isForeignOrigin(c: Context, deps: ServerDeps): boolean {
  const origin = requestHeader(c, "origin");
  if (origin !== undefined) return origin !== expectedOrigin(c, deps.config);
  return requestHeader(c, "sec-fetch-site") === "cross-site";
}
