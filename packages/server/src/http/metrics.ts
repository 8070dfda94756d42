import { createHash, timingSafeEqual } from "node:crypto";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ServerDeps } from "../deps.js";
import { jsonResponse } from "./error-response.js";

/** What /metrics counts, in the Prometheus text format (prom-client). */
export interface Metrics {
  /** One finished request: `route` is the route template (or "static" / "unmatched"), never the URL. */
  observe(method: string, route: string, status: number, seconds: number): void;
  /** The exposition text and its content type. */
  render(): Promise<{ body: string; contentType: string }>;
}

// Seconds; from a fast cached read to a large import.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

let processRegistry: Registry | undefined;

/** prom-client's process metrics (CPU, memory, event-loop lag, handles, GC): one set per process. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * A registry of its own per app (tests build many apps in one process): request counts and
 * latency by route and the PostgreSQL pool when there is one; the process metrics are shared.
 *
 * @example
 * const metrics = createMetrics(deps);
 * metrics.observe("GET", "/api/users/:userId/weigh-ins", 200, 0.004);
 */
export function createMetrics(deps: Pick<ServerDeps, "dbPool">): Metrics {
  processMetrics();
  const register = new Registry();
  const requests = new Counter({
    name: "leanback_http_requests_total",
    help: "HTTP requests answered, by method, route template and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [register],
  });
  const latency = new Histogram({
    name: "leanback_http_request_duration_seconds",
    help: "Time from request to answer, by method and route template",
    labelNames: ["method", "route"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [register],
  });
  const pool = deps.dbPool;
  if (pool) {
    new Gauge({
      name: "leanback_db_pool_connections",
      help: "PostgreSQL pool: open connections (total, idle) and queries waiting for one",
      labelNames: ["state"] as const,
      registers: [register],
      collect() {
        const s = pool();
        this.set({ state: "total" }, s.total);
        this.set({ state: "idle" }, s.idle);
        this.set({ state: "waiting" }, s.waiting);
      },
    });
    new Counter({
      name: "leanback_db_connection_errors_total",
      help: "PostgreSQL connection errors (restarts, killed backends, network drops)",
      registers: [register],
      collect() {
        this.reset();
        this.inc(pool().connectionErrors);
      },
    });
  }
  return {
    observe(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    async render() {
      const [own, proc] = await Promise.all([register.metrics(), processMetrics().metrics()]);
      return { body: `${own}\n${proc}`, contentType: register.contentType };
    },
  };
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}

/**
 * The /metrics answer: 401 unless `Authorization: Bearer <METRICS_TOKEN>` when a token is set
 * (compared in constant time), else the exposition text.
 */
export async function metricsResponse(
  metrics: Metrics,
  token: string | null,
  authorization: string | undefined,
): Promise<Response> {
  if (token !== null) {
    const given = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1] ?? "";
    if (!timingSafeEqual(digest(given), digest(token)))
      return jsonResponse(
        401,
        { error: "unauthorized", message: "metrics need Authorization: Bearer <METRICS_TOKEN>" },
        { "www-authenticate": 'Bearer realm="metrics"' },
      );
  }
  const { body, contentType } = await metrics.render();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
