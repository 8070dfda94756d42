import { sql } from "kysely";
import { Hono } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import type { ServerDeps } from "./deps.js";
import { dbAccessServices } from "./accounts/access-services.js";
import type { AppEnv } from "./http/app-env.js";
import { DOCS_HTML, DOCS_SCRIPT } from "./http/docs-page.js";
import { databaseUnavailableResponse, errorResponse, jsonResponse } from "./http/error-response.js";
import { createMetrics, metricsResponse } from "./http/metrics.js";
import { mountRoute, type AccessServices } from "./http/mount.js";
import { openApiDocument } from "./http/openapi.js";
import type { Route } from "./http/route.js";
import { allRoutes } from "./http/routes.js";
import { cachedRouter } from "./http/cached-router.js";
import { createEdge, requestHeader } from "./http/edge.js";
import { staticWeb } from "./http/static-web.js";

const ROUTER_CACHE_ENTRIES = 1024;

export interface AppOptions {
  /** Defaults to the registry; tests may add routes that must never ship (e.g. one that throws). */
  readonly routes?: readonly Route[];
  readonly services?: AccessServices;
}

const SERVER_PREFIXES = ["/api", "/metrics", "/healthz", "/readyz"];

/** True for paths the server owns (never the web app's client routes): /api, /metrics … and below. */
export function isServerPath(path: string): boolean {
  return SERVER_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** The whole HTTP app: every registered route, OpenAPI, docs, health, readiness, metrics, static web. */
export function createApp(deps: ServerDeps, options: AppOptions = {}): Hono<AppEnv> {
  const routes = options.routes ?? allRoutes();
  const services = options.services ?? dbAccessServices(deps);
  // Hono's trie (its RegExpRouter refuses our route set) behind a small match cache.
  const app = new Hono<AppEnv>({ router: cachedRouter(new TrieRouter(), ROUTER_CACHE_ENTRIES) });
  // No app.use(): every handler runs inside the edge (request id, Origin check, security
  // headers, compression, log line) itself, so an API request matches exactly one handler and
  // Hono dispatches it without a middleware chain (ADR 0007).
  const metrics = createMetrics(deps);
  const edge = createEdge(deps, (method, route, status, seconds) =>
    metrics.observe(method, route, status, seconds),
  );

  // Liveness: the process answers. Readiness: it can reach its database.
  app.get("/healthz", (c) => edge.handle(c, "/healthz", () => jsonResponse(200, { status: "ok" })));
  app.get("/readyz", (c) =>
    edge.handle(c, "/readyz", async () => {
      try {
        await sql`select 1`.execute(deps.db);
        return jsonResponse(200, { status: "ready", dialect: deps.dialect });
      } catch {
        return databaseUnavailableResponse();
      }
    }),
  );
  app.get("/metrics", (c) =>
    edge.handle(c, "/metrics", () =>
      metricsResponse(metrics, deps.config.metricsToken, requestHeader(c, "authorization")),
    ),
  );
  const doc = JSON.stringify(openApiDocument(routes, { title: "leanback API", version: "0.1.0" }));
  app.get("/api/openapi.json", (c) =>
    edge.handle(
      c,
      "/api/openapi.json",
      () => new Response(doc, { headers: { "content-type": "application/json; charset=utf-8" } }),
    ),
  );
  app.get("/api/docs", (c) => edge.handle(c, "/api/docs", () => c.html(DOCS_HTML)));
  app.get("/api/docs.js", (c) =>
    edge.handle(
      c,
      "/api/docs.js",
      () => new Response(DOCS_SCRIPT, { headers: { "content-type": "text/javascript; charset=utf-8" } }),
    ),
  );

  for (const route of routes) mountRoute(app, route, deps, services, edge);

  // Everything no route matched: the web app's files, or a JSON 404/405 under the server's own
  // prefixes (a typo in an API or monitoring URL must never answer the SPA's HTML with 200).
  const web = staticWeb(deps.config.webDistDir);
  app.notFound((c) => {
    const reserved = isServerPath(c.req.path);
    return edge.handle(c, reserved ? "unmatched" : undefined, () => {
      if (reserved) return jsonResponse(404, { error: "not_found" });
      if (c.req.method !== "GET" && c.req.method !== "HEAD")
        return jsonResponse(405, { error: "method_not_allowed" });
      return web(c.req.path, c.req.header("accept-encoding"));
    });
  });
  app.onError((e, c) => errorResponse(e, deps.log, c.get("requestId"), c.req.path));
  return app;
}
