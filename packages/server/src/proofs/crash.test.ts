import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mulberry32 } from "@leanback/core/random";
import { integrityCheckFile } from "@leanback/db/backup";
import { spawnServer, type SpawnedServer } from "./spawn-server.js";
import { weighInDates } from "./weigh-in-dates.js";

/**
 * Crash test: the real server process (SQLite, WAL + synchronous=FULL) is SIGKILLed at seeded
 * random moments while writers post weigh-ins; after each restart every write that got a 2xx
 * must be there, and at the end PRAGMA integrity_check must say ok.
 */
const CYCLES = Number(process.env.CRASH_CYCLES ?? 10);
const SEED = Number(process.env.CRASH_SEED ?? 20261120);
const WRITERS = 4;

const dir = mkdtempSync(path.join(tmpdir(), "leanback-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dateOf(i: number): string {
  return new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

describe("crash safety (SQLite)", () => {
  it(`keeps every acknowledged write through ${CYCLES} SIGKILLs`, { timeout: 240_000 }, async () => {
    const env = { LEANBACK_DATA_DIR: dir };
    const random = mulberry32(SEED);
    const acknowledged = new Set<string>();
    let next = 0;
    let cookie = "";

    let server: SpawnedServer = await spawnServer(env);
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "crash@example.org", password: "crash test passphrase" }),
    });
    expect(signup.status).toBe(201);
    cookie = (signup.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";

    const listDates = async (url: string): Promise<Set<string>> => {
      const r = await weighInDates(url, cookie, "1990-01-01", next);
      expect(r.status).toBe(200);
      return r.dates;
    };

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      let stop = false;
      const writer = async (): Promise<void> => {
        while (!stop) {
          const date = dateOf(next++);
          try {
            const r = await fetch(`${server.url}/api/users/me/weigh-ins`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie },
              body: JSON.stringify({ date, weightKg: 70 + (next % 100) / 10 }),
            });
            if (r.status >= 200 && r.status < 300) acknowledged.add(date);
            else if (r.status >= 500) throw new Error(`write answered ${r.status}`);
            await r.arrayBuffer();
          } catch (e) {
            if (e instanceof Error && e.message.startsWith("write answered")) throw e;
            return; // the connection died with the process: not acknowledged
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, () => writer());
      await new Promise((r) => setTimeout(r, 30 + Math.floor(random() * 400)));
      server.child.kill("SIGKILL");
      await server.exited;
      stop = true;
      await Promise.all(writers);

      server = await spawnServer(env);
      const present = await listDates(server.url);
      const missing = [...acknowledged].filter((d) => !present.has(d));
      expect(missing, `cycle ${cycle}: acknowledged but lost`).toEqual([]);
    }
    expect(acknowledged.size).toBeGreaterThan(CYCLES); // the writers really wrote
    server.child.kill("SIGTERM");
    await server.exited;
    expect(integrityCheckFile(path.join(dir, "leanback.db"))).toEqual([]);
  });
});
