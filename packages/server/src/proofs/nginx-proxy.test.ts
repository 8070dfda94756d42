import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectLimiterSeesRealAddress, freePort, send } from "./proxy-client.js";
import { spawnServer, type SpawnedServer } from "./spawn-server.js";

/**
 * Debian's nginx, running the documented locations (docs/deploy/nginx/leanback-locations.conf)
 * on 127.0.0.1 in front of the real `leanback serve` with TRUST_PROXY=1: the login limiter must
 * count the address nginx saw, whatever a client writes into X-Forwarded-For itself. Skipped,
 * saying so, without nginx (`apt-get install nginx`); REQUIRE_NGINX=1 (CI) makes that a failure.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const LOCATIONS = path.join(ROOT, "docs/deploy/nginx/leanback-locations.conf");
const SITE = path.join(ROOT, "docs/deploy/nginx/leanback.conf");
const NGINX = ["/usr/sbin/nginx", "nginx"].find((bin) => spawnSync(bin, ["-v"]).status === 0);
if (!NGINX) {
  const msg = "nginx not installed: skipping the reverse-proxy test";
  if (process.env.REQUIRE_NGINX === "1") throw new Error(`${msg} — but REQUIRE_NGINX=1`);
  console.warn(msg);
}

describe.skipIf(!NGINX)("behind Debian's nginx with the documented config", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "leanback-nginx-"));
  let app: SpawnedServer | undefined;
  let nginx: ChildProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    app = await spawnServer({
      LEANBACK_DATA_DIR: path.join(dir, "data"),
      LEANBACK_SEED_FOODS: "0",
      TRUST_PROXY: "1",
    });
    const appPort = new URL(app.url).port;
    port = await freePort();
    for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, d));
    writeFileSync(
      path.join(dir, "nginx.conf"),
      `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream leanback_app { server 127.0.0.1:${appPort}; keepalive 16; keepalive_timeout 4s; }
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    include ${LOCATIONS};
  }
}
`,
    );
    nginx = spawn(
      NGINX as string,
      ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let err = "";
    nginx.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    // Ready once it answers (bounded: a config error ends nginx at once).
    for (let i = 0; ; i++) {
      const r = await send(port, "127.0.0.1", "GET", "/healthz", {}).catch(() => undefined);
      if (r?.status === 200) break;
      if (nginx.exitCode !== null || i > 200) throw new Error(`nginx did not start: ${err}`);
      await new Promise((res) => setTimeout(res, 25));
    }
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((res) => nginx?.once("exit", res));
      nginx.kill("SIGQUIT");
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

  it("the documented site file passes nginx -t (with a throwaway certificate)", () => {
    const key = path.join(dir, "key.pem");
    const cert = path.join(dir, "cert.pem");
    const made = spawnSync("openssl", [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=coach.example.org",
      "-keyout",
      key,
      "-out",
      cert,
    ]);
    expect(made.status, String(made.stderr)).toBe(0);
    const site = readFileSync(SITE, "utf8")
      .replaceAll("/etc/letsencrypt/live/coach.example.org/fullchain.pem", cert)
      .replaceAll("/etc/letsencrypt/live/coach.example.org/privkey.pem", key)
      .replaceAll("/etc/nginx/snippets/leanback-locations.conf", LOCATIONS);
    writeFileSync(path.join(dir, "site.conf"), site);
    writeFileSync(
      path.join(dir, "site-test.conf"),
      `pid ${dir}/site.pid;\nerror_log ${dir}/site-error.log;\nevents {}\nhttp {\n  include ${dir}/site.conf;\n}\n`,
    );
    const t = spawnSync(NGINX as string, [
      "-t",
      "-p",
      dir,
      "-c",
      path.join(dir, "site-test.conf"),
      "-e",
      path.join(dir, "site-error.log"),
    ]);
    expect(t.status, String(t.stderr)).toBe(0);
  });

  it("keeps /metrics inside: refused through nginx, served on the app's own port", async () => {
    expect((await send(port, "127.0.0.1", "GET", "/metrics", {})).status).toBe(403);
    expect((await fetch(`${app?.url ?? ""}/metrics`)).status).toBe(200);
  });
});
