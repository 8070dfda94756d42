import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "./config.js";
import { memoryLogger } from "./http/log.js";
import { startServer, type RunningServer } from "./runtime.js";

/** GET with raw bytes (fetch would decode the body for us and hide what went over the wire). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on("error", reject)
        .end();
    },
  );
}

describe("a running server compresses over the wire (SQLite, temp web build)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "leanback-compress-"));
  const dist = path.join(dir, "dist");
  const index = `<!doctype html><title>leanback</title>${"<div>today</div>".repeat(100)}`;
  const js = Array.from({ length: 300 }, (_, i) => `export const a${i} = "${i}";`).join("\n");
  let server: RunningServer;
  beforeAll(async () => {
    mkdirSync(path.join(dist, "assets"), { recursive: true });
    writeFileSync(path.join(dist, "index.html"), index);
    writeFileSync(path.join(dist, "assets", "main.js"), js);
    const config = testConfig({
      port: 0,
      dataDir: dir,
      sqlitePath: path.join(dir, "leanback.db"),
      databaseUrl: null,
      webDistDir: dist,
      seedFoods: false,
    });
    server = await startServer(config, memoryLogger());
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["/", index],
    ["/diary", index],
    ["/assets/main.js", js],
  ])("GET %s with Accept-Encoding: gzip is gzip and decodes to the file", async (p, original) => {
    const r = await rawGet(`${server.url}${p}`, { "accept-encoding": "gzip" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.body.byteLength).toBeLessThan(original.length);
    expect(gunzipSync(r.body).toString("utf8")).toBe(original);
  });

  it("JSON too (the OpenAPI document), and nothing is encoded for a client that does not ask", async () => {
    const plain = await rawGet(`${server.url}/api/openapi.json`, {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const gz = await rawGet(`${server.url}/api/openapi.json`, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString("utf8")).toBe(plain.body.toString("utf8"));
    expect(gz.headers["x-content-type-options"]).toBe("nosniff"); // security headers still apply
  });
});
