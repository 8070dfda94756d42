// HTTP throughput of the whole app (session lookup, policy, zod, response schema, security
// headers, request log) versus a bare Hono route making the same repository call, on SQLite (WAL,
// synchronous=FULL). Both servers run in a child process so autocannon (this process, 127.0.0.1,
// 50 connections) does not share their event loop; each case gets an untimed warm-up first, then
// BENCH_HTTP_SECONDS (default 5) measured. Figures are printed, never asserted.
import { execFileSync, fork, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { openDatabase, type OpenedDatabase } from "@leanback/db/connection";
import { uuidv7 } from "@leanback/db/ids";
import { migrateToLatest } from "@leanback/db/migrate";
import { listWeighIns, upsertWeighIn } from "@leanback/db/repos/weigh-ins";
import { createApp } from "@leanback/server/app";
import { testConfig } from "@leanback/server/config";
import type { ServerDeps } from "@leanback/server/deps";
import { jsonLogger } from "@leanback/server/http/log";

interface CannonResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Cannon;

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const WARM_UP_SECONDS = 2;
const CONNECTIONS = 50;
const DAY = "2026-11-20";
const CHILD_ENV = "LEANBACK_BENCH_HTTP_CHILD";
const WRITE_PATH = "/api/users/me/weigh-ins";
const READ_PATH = WRITE_PATH;
const READ_QUERY = `?from=${DAY}&to=${DAY}`;

/**
 * Where the load generator and the servers run. On a 2-core machine the scheduler otherwise
 * lets autocannon preempt the server mid-request; pinning each to its own core (taskset, when
 * present) measures the server, not the contention. Same pinning for the app and the bare route.
 */
interface Pinning {
  readonly serverCpu: number;
  readonly clientCpu: number;
  readonly restore: string;
}

function pinning(): Pinning | null {
  if (process.env.BENCH_HTTP_PIN === "0" || availableParallelism() < 2) return null;
  const probe = spawnSync("taskset", ["-c", "-p", String(process.pid)], { encoding: "utf8" });
  if (probe.status !== 0) return null;
  // "pid 123's current affinity list: 0,1"
  const restore = probe.stdout.split(":").pop()?.trim() ?? "";
  if (restore === "") return null;
  return { serverCpu: 1, clientCpu: 0, restore };
}

function setAffinity(cpus: string): void {
  execFileSync("taskset", ["-a", "-c", "-p", cpus, String(process.pid)], { stdio: "ignore" });
}

function listen(fetch: (r: Request) => Response | Promise<Response>): Promise<string> {
  return new Promise((resolve) => {
    serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) => resolve(`http://127.0.0.1:${info.port}`));
  });
}

function dateOf(daysBack: number): string {
  return new Date(Date.parse(DAY) - daysBack * 86_400_000).toISOString().slice(0, 10);
}

/** A database with `users` accounts each holding `days` daily weigh-ins ending on DAY. */
async function seeded(dir: string, name: string, users: number, days: number) {
  const opened = openDatabase({ sqlitePath: path.join(dir, `${name}.db`) });
  await migrateToLatest(opened.db);
  const deps: ServerDeps = {
    db: opened.db,
    dialect: "sqlite",
    now: Date.now,
    newId: () => uuidv7(),
    randomBytes: (n) => randomBytes(n),
    config: testConfig(),
    // As deployed (LOG_LEVEL=info): every request builds its JSON line; the sink discards it.
    log: jsonLogger("info", () => undefined),
  };
  const app = createApp(deps);
  const res = await app.request("http://localhost/api/auth/signup", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "bench@example.org", password: "bench passphrase" }),
  });
  const cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  const me = ((await res.json()) as { user: { id: string } }).user.id;
  const now = Date.now();
  const ids = [me];
  for (let u = 1; u < users; u++) {
    const id = uuidv7();
    ids.push(id);
    await opened.db
      .insertInto("users")
      .values({
        id,
        email: `u${u}@example.org`,
        password_hash: "x",
        role: "user",
        display_name: null,
        disabled_at: null,
        created_at: now,
        updated_at: now,
        password_changed_at: now,
      })
      .execute();
  }
  const handle = opened.sqlite;
  if (!handle) throw new Error("bench needs SQLite");
  const insert = handle.prepare(
    "insert into weigh_ins (id, user_id, date, weight_kg, note, client_id, created_at, updated_at) values (?, ?, ?, ?, null, null, ?, ?)",
  );
  handle.transaction(() => {
    for (const id of ids)
      for (let d = 0; d < days; d++) insert.run(uuidv7(), id, dateOf(d), 80 - d * 0.005, now, now);
  })();
  return { opened, deps, app, me, cookie };
}

/**
 * The bare baseline: Hono + the very repository call the app's route ends up making (same SQL,
 * same transaction for the write), no session, policy, validation, headers or logging. It
 * answers the same URLs as the app (the read takes from/to from the query string, as any
 * handler would), so both sides parse the same request.
 */
function bareApp(opened: OpenedDatabase, userId: string): Hono {
  const bare = new Hono();
  bare.get(READ_PATH, async (c) =>
    c.json({
      weighIns: await listWeighIns(opened.db, userId, { from: c.req.query("from"), to: c.req.query("to") }),
    }),
  );
  bare.post(WRITE_PATH, async (c) => {
    const body = (await c.req.json()) as { date: string; weightKg: number };
    const saved = await upsertWeighIn(
      opened.db,
      { userId, date: body.date, weightKg: body.weightKg },
      Date.now(),
    );
    return c.json(saved, 201);
  });
  return bare;
}

interface Served {
  app: string;
  bare: string;
  cookie: string;
}

/** Child process: seeds one database, serves the whole app and the bare app, reports their URLs. */
async function serveChild(dir: string, name: string, users: number, days: number): Promise<void> {
  const s = await seeded(dir, name, users, days);
  const probe = await s.app.request(`http://localhost/api/users/me/weigh-ins?from=${DAY}&to=${DAY}`, {
    headers: { cookie: s.cookie },
  });
  if (probe.status !== 200) throw new Error(`bench setup: day read answered ${probe.status}`);
  const served: Served = {
    app: await listen(s.app.fetch),
    bare: await listen(bareApp(s.opened, s.me).fetch),
    cookie: s.cookie,
  };
  process.send?.(served);
  // Killed by the parent once measured.
}

if (process.env[CHILD_ENV]) {
  const [dir, name, users, days] = JSON.parse(process.env[CHILD_ENV]) as [string, string, number, number];
  serveChild(dir, name, users, days).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

function startChild(
  dir: string,
  name: string,
  users: number,
  days: number,
  pin: Pinning | null,
): Promise<{ child: ChildProcess; served: Served }> {
  const node = ["--import", "tsx"];
  const child = fork(fileURLToPath(import.meta.url), [], {
    // taskset execs node itself, so the IPC channel fork sets up survives.
    ...(pin
      ? { execPath: "taskset", execArgv: ["-c", String(pin.serverCpu), process.execPath, ...node] }
      : { execArgv: node }),
    env: { ...process.env, [CHILD_ENV]: JSON.stringify([dir, name, users, days]) },
  });
  return new Promise((resolve, reject) => {
    child.once("message", (served) => resolve({ child, served: served as Served }));
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

async function measure(
  name: string,
  opts: Omit<Parameters<Cannon>[0], "connections" | "duration">,
): Promise<{ name: string; rps: number; p99: number; bad: number }> {
  await autocannon({ ...opts, connections: CONNECTIONS, duration: WARM_UP_SECONDS }); // JIT, caches
  const r = await autocannon({ ...opts, connections: CONNECTIONS, duration: SECONDS });
  return { name, rps: r.requests.average, p99: r.latency.p99, bad: r.non2xx + r.errors };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "leanback-bench-http-"));
  const rows: Array<{ name: string; rps: number; p99: number; bad: number }> = [];
  const ratios: string[] = [];
  const appReads: number[] = [];
  const pin = pinning();
  if (pin) setAffinity(String(pin.clientCpu));
  try {
    for (const [label, users, days] of [
      ["1 user × 1 month", 1, 30],
      ["50 users × 5 years", 50, 5 * 365],
    ] as const) {
      const { child, served } = await startChild(dir, label.replace(/\W+/g, "-"), users, days, pin);
      try {
        const readApp = await measure(`day read, whole app (${label})`, {
          url: `${served.app}${READ_PATH}${READ_QUERY}`,
          headers: { cookie: served.cookie },
        });
        const readBare = await measure(`day read, bare Hono (${label})`, {
          url: `${served.bare}${READ_PATH}${READ_QUERY}`,
        });
        rows.push(readApp, readBare);
        appReads.push(readApp.rps);
        ratios.push(
          `day read (${label}): whole app = ${((readApp.rps / readBare.rps) * 100).toFixed(0)} % of bare`,
        );
        if (users === 1) {
          const body = JSON.stringify({ date: DAY, weightKg: 79.5 });
          const writeApp = await measure("weigh-in write, whole app", {
            url: `${served.app}${WRITE_PATH}`,
            method: "POST",
            headers: { "content-type": "application/json", cookie: served.cookie },
            body,
          });
          const writeBare = await measure("weigh-in write, bare Hono", {
            url: `${served.bare}${WRITE_PATH}`,
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
          });
          rows.push(writeApp, writeBare);
          ratios.push(
            `weigh-in write: whole app = ${((writeApp.rps / writeBare.rps) * 100).toFixed(0)} % of bare`,
          );
        }
      } finally {
        child.removeAllListeners("exit");
        await new Promise((r) => {
          child.once("exit", r);
          child.kill();
        });
      }
    }
  } finally {
    if (pin) setAffinity(pin.restore);
    rmSync(dir, { recursive: true, force: true });
  }
  const [month, years] = appReads;
  if (month !== undefined && years !== undefined)
    ratios.push(`whole-app day read cost, 5 years vs 1 month: ${(month / years).toFixed(2)}×`);
  const where = pin
    ? `servers pinned to CPU ${pin.serverCpu}, autocannon to CPU ${pin.clientCpu} (taskset)`
    : "not pinned (no taskset, one CPU, or BENCH_HTTP_PIN=0)";
  console.log(
    `${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up + ${SECONDS} s per case, servers in a child process, ${where}, SQLite WAL + synchronous=FULL, 127.0.0.1\n`,
  );
  console.log("| case | req/s | p99 ms | non-2xx/errors |");
  console.log("|---|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p99} | ${r.bad} |`);
  console.log("");
  for (const line of ratios) console.log(`- ${line}`);
}
