import { describe, expect, it } from "vitest";
import { createMetrics, metricsResponse } from "./metrics.js";

const TOKEN = "a-metrics-token-0123456789";

describe("metrics", () => {
  it("counts requests and latency by method, route template and status", async () => {
    const m = createMetrics({});
    m.observe("GET", "/api/users/{userId}/weigh-ins", 200, 0.004);
    m.observe("GET", "/api/users/{userId}/weigh-ins", 200, 0.02);
    m.observe("POST", "/api/users/{userId}/weigh-ins", 422, 0.001);
    const { body, contentType } = await m.render();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(body).toContain(
      'leanback_http_requests_total{method="GET",route="/api/users/{userId}/weigh-ins",status="200"} 2',
    );
    expect(body).toContain(
      'leanback_http_requests_total{method="POST",route="/api/users/{userId}/weigh-ins",status="422"} 1',
    );
    expect(body).toContain(
      'leanback_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/users/{userId}/weigh-ins"} 1',
    );
    expect(body).toContain(
      'leanback_http_request_duration_seconds_count{method="GET",route="/api/users/{userId}/weigh-ins"} 2',
    );
    expect(body).toContain("process_cpu_user_seconds_total");
    expect(body).toContain("nodejs_eventloop_lag_seconds");
    expect(body).not.toContain("leanback_db_pool_connections");
  });

  it("reports the PostgreSQL pool as it is at scrape time", async () => {
    let stats = { total: 3, idle: 1, waiting: 2, connectionErrors: 4 };
    const m = createMetrics({ dbPool: () => stats });
    expect((await m.render()).body).toContain('leanback_db_pool_connections{state="waiting"} 2');
    stats = { total: 5, idle: 5, waiting: 0, connectionErrors: 7 };
    const { body } = await m.render();
    expect(body).toContain('leanback_db_pool_connections{state="total"} 5');
    expect(body).toContain('leanback_db_pool_connections{state="idle"} 5');
    expect(body).toContain('leanback_db_pool_connections{state="waiting"} 0');
    expect(body).toContain("leanback_db_connection_errors_total 7");
  });

  it("asks for the bearer token when METRICS_TOKEN is set", async () => {
    const m = createMetrics({});
    for (const auth of [undefined, "Bearer wrong-token-0123456789", `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const r = await metricsResponse(m, TOKEN, auth);
      expect(r.status, String(auth)).toBe(401);
      expect(r.headers.get("www-authenticate")).toContain("Bearer");
    }
    const ok = await metricsResponse(m, TOKEN, `Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("process_cpu_user_seconds_total");
    expect((await metricsResponse(m, null, undefined)).status).toBe(200);
  });
});
