// HTTP throughput of the whole app (session lookup, policy, zod, response schema, logging) versus
// a bare Hono route running the same single query, on SQLite (WAL, synchronous=FULL). autocannon on
// 127.0.0.1, 50 connections, BENCH_HTTP_SECONDS (default 5) per case. Figures are printed, never asserted.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { openDatabase, type OpenedDatabase } from "@leanback/db/connection";
import { uuidv7 } from "@leanback/db/ids";
import { migrateToLatest } from "@leanback/db/migrate";
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
const CONNECTIONS = 50;
const DAY = "2026-11-20";

function listen(
  fetch: (r: Request) => Response | Promise<Response>,
): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}` }),
    );
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
    log: jsonLogger("silent"),
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

/** The bare baseline: Hono + the same Kysely query, no session, policy, validation or logging. */
function bareApp(opened: OpenedDatabase, userId: string): Hono {
  const bare = new Hono();
  bare.get("/day", async (c) => {
    const rows = await opened.db
      .selectFrom("weigh_ins")
      .selectAll()
      .where("user_id", "=", userId)
      .where("date", ">=", DAY)
      .where("date", "<=", DAY)
      .execute();
    return c.json({ weighIns: rows });
  });
  bare.post("/write", async (c) => {
    const body = (await c.req.json()) as { date: string; weightKg: number };
    const now = Date.now();
    await opened.db
      .insertInto("weigh_ins")
      .values({
        id: uuidv7(),
        user_id: userId,
        date: body.date,
        weight_kg: body.weightKg,
        note: null,
        client_id: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(["user_id", "date"]).doUpdateSet({ weight_kg: body.weightKg, updated_at: now }),
      )
      .execute();
    return c.json({ ok: true }, 201);
  });
  return bare;
}

async function measure(
  name: string,
  opts: Omit<Parameters<Cannon>[0], "connections" | "duration">,
): Promise<{ name: string; rps: number; p99: number; bad: number }> {
  const r = await autocannon({ ...opts, connections: CONNECTIONS, duration: SECONDS });
  return { name, rps: r.requests.average, p99: r.latency.p99, bad: r.non2xx + r.errors };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "leanback-bench-http-"));
  const rows: Array<{ name: string; rps: number; p99: number; bad: number }> = [];
  const ratios: string[] = [];
  try {
    for (const [label, users, days] of [
      ["1 user × 1 month", 1, 30],
      ["50 users × 5 years", 50, 5 * 365],
    ] as const) {
      const s = await seeded(dir, label.replace(/\W+/g, "-"), users, days);
      const probe = await s.app.request(`http://localhost/api/users/me/weigh-ins?from=${DAY}&to=${DAY}`, {
        headers: { cookie: s.cookie },
      });
      if (probe.status !== 200) throw new Error(`bench setup: day read answered ${probe.status}`);
      const full = await listen(s.app.fetch);
      const bare = await listen(bareApp(s.opened, s.me).fetch);
      const json = { "content-type": "application/json", cookie: s.cookie };
      const readApp = await measure(`day read, whole app (${label})`, {
        url: `${full.url}/api/users/me/weigh-ins?from=${DAY}&to=${DAY}`,
        headers: { cookie: s.cookie },
      });
      const readBare = await measure(`day read, bare Hono (${label})`, { url: `${bare.url}/day` });
      rows.push(readApp, readBare);
      ratios.push(
        `day read (${label}): whole app = ${((readApp.rps / readBare.rps) * 100).toFixed(0)} % of bare`,
      );
      if (users === 1) {
        const body = JSON.stringify({ date: DAY, weightKg: 79.5 });
        const writeApp = await measure("weigh-in write, whole app", {
          url: `${full.url}/api/users/me/weigh-ins`,
          method: "POST",
          headers: json,
          body,
        });
        const writeBare = await measure("weigh-in write, bare Hono", {
          url: `${bare.url}/write`,
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        rows.push(writeApp, writeBare);
        ratios.push(
          `weigh-in write: whole app = ${((writeApp.rps / writeBare.rps) * 100).toFixed(0)} % of bare`,
        );
      }
      await new Promise((r) => full.server.close(() => r(null)));
      await new Promise((r) => bare.server.close(() => r(null)));
      await s.opened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `${CONNECTIONS} connections, ${SECONDS} s per case, SQLite WAL + synchronous=FULL, 127.0.0.1\n`,
  );
  console.log("| case | req/s | p99 ms | non-2xx/errors |");
  console.log("|---|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p99} | ${r.bad} |`);
  console.log("");
  for (const line of ratios) console.log(`- ${line}`);
}
