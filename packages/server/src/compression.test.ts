import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { compression, isCompressible, MIN_COMPRESS_BYTES, pickEncoding } from "./compression.js";

describe("pickEncoding", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["identity", null],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, gzip;q=0", null],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["GZIP;Q=0.8", "gzip"],
  ] as const)("%s → %s", (header, want) => {
    expect(pickEncoding(header)).toBe(want);
  });
});

describe("isCompressible", () => {
  it("text, JS, JSON, SVG yes; images, fonts, zip no", () => {
    for (const t of ["text/html; charset=utf-8", "text/javascript", "application/json", "image/svg+xml"])
      expect(isCompressible(t)).toBe(true);
    for (const t of ["image/png", "font/woff2", "application/zip", null])
      expect(isCompressible(t)).toBe(false);
  });
});

const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `food number ${i}` })) };
const app = new Hono();
app.use("*", compression());
app.get("/big", (c) => c.json(big));
app.get("/tiny", (c) => c.json({ ok: true }));
app.get("/png", () => new Response(new Uint8Array(4096), { headers: { "content-type": "image/png" } }));

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });

describe("compression middleware", () => {
  it("gzips a large JSON body when the client accepts gzip; it decompresses to the original", async () => {
    const r = await get("/big", "gzip");
    expect(r.headers.get("content-encoding")).toBe("gzip");
    expect(r.headers.get("vary")).toContain("Accept-Encoding");
    const raw = new Uint8Array(await r.arrayBuffer());
    expect(raw.byteLength).toBeLessThan(JSON.stringify(big).length);
    expect(JSON.parse(gunzipSync(raw).toString("utf8"))).toEqual(big);
  });

  it("prefers brotli when offered", async () => {
    const r = await get("/big", "gzip, deflate, br");
    expect(r.headers.get("content-encoding")).toBe("br");
    expect(JSON.parse(brotliDecompressSync(new Uint8Array(await r.arrayBuffer())).toString("utf8"))).toEqual(
      big,
    );
  });

  it("leaves the body alone without Accept-Encoding, for tiny bodies and for images", async () => {
    const plain = await get("/big");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.json()).toEqual(big);
    const tiny = await get("/tiny", "gzip");
    expect(JSON.stringify({ ok: true }).length).toBeLessThan(MIN_COMPRESS_BYTES);
    expect(tiny.headers.get("content-encoding")).toBeNull();
    expect(await tiny.json()).toEqual({ ok: true });
    const png = await get("/png", "gzip");
    expect(png.headers.get("content-encoding")).toBeNull();
    expect((await png.arrayBuffer()).byteLength).toBe(4096);
  });

  it("HEAD is never encoded", async () => {
    const r = await app.request("/big", { method: "HEAD", headers: { "accept-encoding": "gzip" } });
    expect(r.headers.get("content-encoding")).toBeNull();
  });
});
