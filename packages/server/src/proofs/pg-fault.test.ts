import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TEST_DATABASE_URL, postgresSkipReason } from "@leanback/db/testing/dialects";
import { spawnServer, type SpawnedServer } from "./spawn-server.js";
import { weighInDates } from "./weigh-in-dates.js";

/**
 * Fault test (PostgreSQL): the real `leanback serve` process runs on a throwaway database while
 * writers post weigh-ins; every backend of that database is killed with pg_terminate_backend,
 * round after round. The process must live, answer the requests caught in a kill 503 with
 * Retry-After (never 500, never a dropped connection), serve again by itself, and keep every
 * write it acknowledged. Only this test's own database is touched: the shared server stays up.
 */
const WRITERS = 6;
const MAX_ROUNDS = 40;
const MIN_ROUNDS = 3;

const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
const skip = await postgresSkipReason();
if (skip) console.warn(skip);
const dbName = `leanback_fault_${randomBytes(5).toString("hex")}`;

function urlFor(database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

function dateOf(i: number): string {
  return new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** Resolves once `cond` holds, checking after each turn of the event loop (bounded). */
async function until(cond: () => boolean, what: string, turns = 20_000): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never happened: ${what}`);
}

describe.skipIf(skip !== "")("PostgreSQL backends killed under write load", () => {
  let server: SpawnedServer | undefined;
  beforeAll(async () => {
    await admin((c) => c.query(`create database ${dbName}`));
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await admin((c) => c.query(`drop database if exists ${dbName} with (force)`));
  });

  it(
    "lives, answers 503 with Retry-After, reconnects and keeps every acknowledged write",
    { timeout: 180_000 },
    async () => {
      server = await spawnServer({ DATABASE_URL: urlFor(dbName), LEANBACK_SEED_FOODS: "0" });
      const url = server.url;
      let died = "";
      void server.exited.then((how) => (died = how));

      const signup = await fetch(`${url}/api/auth/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "fault@example.org", password: "fault test passphrase" }),
      });
      expect(signup.status).toBe(201);
      const cookie = (signup.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";

      const acknowledged = new Set<string>();
      const statuses = new Map<number, number>();
      const unexpected: string[] = [];
      let retryAfterMissing = 0;
      let next = 0;
      let stop = false;
      const writer = async (): Promise<void> => {
        while (!stop) {
          const date = dateOf(next++);
          try {
            const r = await fetch(`${url}/api/users/me/weigh-ins`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie },
              body: JSON.stringify({ date, weightKg: 70 + (next % 100) / 10 }),
            });
            const text = await r.text();
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
            if (r.status === 201 || r.status === 200) acknowledged.add(date);
            else if (r.status === 503) {
              if (!/^\d+$/.test(r.headers.get("retry-after") ?? "")) retryAfterMissing++;
            } else unexpected.push(`${r.status} ${text.slice(0, 200)}`);
          } catch (e) {
            unexpected.push(`request failed: ${e instanceof Error ? e.message : String(e)}`);
            return;
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, () => writer());

      let rounds = 0;
      let killed = 0;
      const served503 = (): number => statuses.get(503) ?? 0;
      while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || served503() === 0) && died === "") {
        // Kill only once the app wrote again since the last round: it reconnected by itself.
        const before = acknowledged.size;
        await until(
          () => acknowledged.size >= before + WRITERS || died !== "" || unexpected.length > 0,
          "writes resume",
        );
        if (died !== "" || unexpected.length > 0) break;
        const r = await admin((c) =>
          c.query(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
            [dbName],
          ),
        );
        killed += r.rowCount ?? 0;
        rounds++;
      }
      const after = acknowledged.size;
      await until(
        () => acknowledged.size >= after + WRITERS || died !== "" || unexpected.length > 0,
        "writes resume",
      );
      stop = true;
      await Promise.all(writers);

      expect(died, "the server process exited").toBe("");
      expect(unexpected, "answers other than 2xx or 503").toEqual([]);
      expect(killed).toBeGreaterThanOrEqual(rounds);
      expect(served503(), `503s over ${rounds} rounds`).toBeGreaterThan(0);
      expect(retryAfterMissing, "503s without Retry-After").toBe(0);

      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      const list = await weighInDates(url, cookie, "1990-01-01", next);
      expect(list.status).toBe(200);
      const present = list.dates;
      expect(
        [...acknowledged].filter((d) => !present.has(d)),
        "acknowledged but lost",
      ).toEqual([]);
      console.info(
        `pg fault: ${rounds} rounds, ${killed} backends killed, ${acknowledged.size} writes acknowledged and found, ` +
          `answers ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
    },
  );
});
