import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { staticWeb } from "./static-web.js";

const root = mkdtempSync(path.join(tmpdir(), "leanback-web-"));
const dist = path.join(root, "dist");
mkdirSync(path.join(dist, "assets"), { recursive: true });
writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>spa</title>");
writeFileSync(path.join(dist, "assets", "app.js"), "console.log(1)");
writeFileSync(path.join(root, "secret.txt"), "do not serve");
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
