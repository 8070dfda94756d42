import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "@leanback/db/connection";
import { createTestApp, describeEachDialectApp } from "../testing/fixture.js";

const web = mkdtempSync(path.join(tmpdir(), "leanback-ops-web-"));
writeFileSync(path.join(web, "index.html"), "<!doctype html><title>the spa</title>");
afterAll(() => rmSync(web, { recursive: true, force: true }));
const TOKEN = "ops-test-metrics-token-42";

describeEachDialectApp(
  "health, readiness, metrics",
  (getT) => {
    it("/healthz says the process is up, /readyz that the database answers", async () => {
      const t = getT();
      expect(await t.json(null, "GET", "/healthz")).toMatchObject({ status: 200, json: { status: "ok" } });
      expect(await t.json(null, "GET", "/readyz")).toMatchObject({
        status: 200,
        json: { status: "ready", dialect: t.deps.dialect },
      });
    });

    it("/metrics counts requests by route template, never the raw path, behind the token", async () => {
      const t = getT();
      const u = await t.signUp();
      const w = await t.json(u, "POST", `/api/users/${u.userId}/weigh-ins`, {
        date: "2026-11-02",
        weightKg: 80,
      });
      expect(w.status).toBe(201);
      await t.request(null, "GET", "/today");
      expect((await t.request(null, "GET", "/metrics")).status).toBe(401);
      const r = await t.request(null, "GET", "/metrics", undefined, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toMatch(/^text\/plain/);
      const text = await r.text();
      expect(text).toContain(
        'leanback_http_requests_total{method="POST",route="/api/users/{userId}/weigh-ins",status="201"} 1',
      );
      expect(text).toContain('leanback_http_requests_total{method="GET",route="static",status="200"} 1');
      expect(text).toContain('leanback_http_requests_total{method="GET",route="/metrics",status="401"} 1');
      expect(text).not.toContain(u.userId);
      expect(text).toContain("process_resident_memory_bytes");
    });

    it("unknown /api, /metrics, /healthz and /readyz paths answer JSON 404, never the web app", async () => {
      const t = getT();
      expect(await (await t.request(null, "GET", "/diary")).text()).toContain("the spa");
      for (const p of ["/api/nope", "/api", "/metrics/extra", "/metrics/", "/healthz/x", "/readyz/x"]) {
        const res = await t.request(null, "GET", p);
        expect(res.status, p).toBe(404);
        expect(res.headers.get("content-type"), p).toContain("application/json");
        expect(await res.text(), p).not.toContain("the spa");
      }
      const post = await t.request(null, "POST", "/metrics", {});
      expect(post.status).toBe(404);
      expect(post.headers.get("content-type")).toContain("application/json");
    });
  },
  { config: { metricsToken: TOKEN, webDistDir: web } },
);

it("/readyz answers 503 with Retry-After when the database is gone, /healthz still 200", async () => {
  const opened = openDatabase({ sqlitePath: ":memory:" });
  const t = createTestApp(opened.db, "sqlite");
  opened.sqlite?.close(); // the database goes away under the running app
  const ready = await t.request(null, "GET", "/readyz");
  expect(ready.status).toBe(503);
  expect(ready.headers.get("retry-after")).toMatch(/^\d+$/);
  expect((await t.request(null, "GET", "/healthz")).status).toBe(200);
});
