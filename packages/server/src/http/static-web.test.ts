import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { staticWeb } from "./static-web.js";

const root = mkdtempSync(path.join(tmpdir(), "leanback-web-"));
const dist = path.join(root, "dist");
mkdirSync(path.join(dist, "assets"), { recursive: true });
writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>spa</title>");
writeFileSync(path.join(dist, "assets", "app.js"), "console.log(1)");
writeFileSync(path.join(root, "secret.txt"), "do not serve");
// Large enough to be worth compressing (and varied enough not to be trivial).
const bundle = Array.from({ length: 400 }, (_, i) => `export const v${i} = ${i * 7919};`).join("\n");
writeFileSync(path.join(dist, "assets", "bundle.js"), bundle);
const page = `<!doctype html><title>big</title>${"<p>leanback</p>".repeat(200)}`;
writeFileSync(path.join(dist, "page.html"), page);
writeFileSync(path.join(dist, "icon.png"), Buffer.alloc(4096, 7));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("static web", () => {
  const web = staticWeb(dist);

  it("serves files with their type and falls back to index.html for client routes", async () => {
    const js = web("/assets/app.js");
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect(await js.text()).toBe("console.log(1)");
    const route = web("/today/2026-11-20");
    expect(route.headers.get("content-type")).toContain("text/html");
    expect(await route.text()).toContain("<title>spa</title>");
  });

  it("sends text files gzip or br as accepted; the body decompresses to the original", async () => {
    for (const [p, original] of [
      ["/assets/bundle.js", bundle],
      ["/page.html", page],
    ] as const) {
      const gz = web(p, "gzip, deflate");
      expect(gz.headers.get("content-encoding")).toBe("gzip");
      expect(gz.headers.get("vary")).toBe("Accept-Encoding");
      const gzBody = new Uint8Array(await gz.arrayBuffer());
      expect(gzBody.byteLength).toBeLessThan(original.length);
      expect(gunzipSync(gzBody).toString("utf8")).toBe(original);
      const br = web(p, "gzip, deflate, br");
      expect(br.headers.get("content-encoding")).toBe("br");
      expect(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString("utf8")).toBe(original);
      const plain = web(p);
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(await plain.text()).toBe(original);
    }
  });

  it("serves a changed file fresh (the compressed copy is cached per file version)", async () => {
    const file = path.join(dist, "assets", "changing.js");
    writeFileSync(file, "a".repeat(5000));
    expect(gunzipSync(new Uint8Array(await web("/assets/changing.js", "gzip").arrayBuffer())).length).toBe(
      5000,
    );
    writeFileSync(file, "b".repeat(6000));
    const again = gunzipSync(new Uint8Array(await web("/assets/changing.js", "gzip").arrayBuffer()));
    expect(again.toString("utf8")).toBe("b".repeat(6000));
  });

  it("never compresses small files or images", async () => {
    expect(web("/assets/app.js", "gzip").headers.get("content-encoding")).toBeNull();
    const png = web("/icon.png", "gzip, br");
    expect(png.headers.get("content-encoding")).toBeNull();
    expect((await png.arrayBuffer()).byteLength).toBe(4096);
  });

  it("never serves files outside dist", async () => {
    for (const p of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/%E0%A4%A"]) {
      expect(await web(p).text()).not.toContain("do not serve");
    }
  });

  it("without a build, a short HTML note pointing to the API docs", async () => {
    const none = staticWeb(path.join(root, "missing"));
    const r = none("/");
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("/api/docs");
  });
});
