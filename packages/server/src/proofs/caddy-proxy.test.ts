import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectLimiterSeesRealAddress, freePort, send } from "./proxy-client.js";
import { spawnServer, type SpawnedServer } from "./spawn-server.js";

/**
 * Caddy running docs/deploy/Caddyfile (its site address and upstream pointed at 127.0.0.1, plain
 * HTTP) in front of the real server with TRUST_PROXY=1: the same checks as behind nginx.
 * Skipped, saying so, without caddy (`apt-get install caddy`).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const CADDYFILE = path.join(ROOT, "docs/deploy/Caddyfile");
const CADDY = spawnSync("caddy", ["version"]).status === 0 ? "caddy" : undefined;
if (!CADDY) console.warn("caddy not installed: skipping the Caddy reverse-proxy test");

describe.skipIf(!CADDY)("behind Caddy with the documented Caddyfile", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "leanback-caddy-"));
  let app: SpawnedServer | undefined;
  let caddy: ChildProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    app = await spawnServer({
      LEANBACK_DATA_DIR: path.join(dir, "data"),
      LEANBACK_SEED_FOODS: "0",
      TRUST_PROXY: "1",
    });
    port = await freePort();
    const documented = readFileSync(CADDYFILE, "utf8");
    expect(documented).toContain("coach.example.org {");
    expect(documented).toContain("reverse_proxy 127.0.0.1:3000");
    const local = documented
      .replace("coach.example.org {", `http://127.0.0.1:${port} {`)
      .replace("reverse_proxy 127.0.0.1:3000", `reverse_proxy 127.0.0.1:${new URL(app.url).port}`);
    writeFileSync(path.join(dir, "Caddyfile"), `{\n\tadmin off\n\tauto_https off\n}\n\n${local}`);
    caddy = spawn(
      CADDY as string,
      ["run", "--config", path.join(dir, "Caddyfile"), "--adapter", "caddyfile"],
      {
        stdio: ["ignore", "ignore", "pipe"],
        env: { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, HOME: dir },
      },
    );
    let err = "";
    caddy.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    for (let i = 0; ; i++) {
      const r = await send(port, "127.0.0.1", "GET", "/healthz", {}).catch(() => undefined);
      if (r?.status === 200) break;
      if (caddy.exitCode !== null || i > 400) throw new Error(`caddy did not start: ${err}`);
      await new Promise((res) => setTimeout(res, 25));
    }
  });

  afterAll(async () => {
    if (caddy && caddy.exitCode === null) {
      const gone = new Promise((res) => caddy?.once("exit", res));
      caddy.kill("SIGTERM");
      await gone;
    }
    if (app && app.child.exitCode === null) {
      app.child.kill("SIGTERM");
      await app.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("the login limiter sees the real client address, not a forged X-Forwarded-For", async () => {
    await expectLimiterSeesRealAddress(port);
  });

  it("keeps /metrics inside", async () => {
    expect((await send(port, "127.0.0.1", "GET", "/metrics", {})).status).toBe(403);
  });
});
