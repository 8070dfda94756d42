import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, integrityCheckFile } from "@leanback/db/backup";
import { openDatabase } from "@leanback/db/connection";
import { spawnServer } from "./spawn-server.js";

/**
 * Backup under load: the real server process takes weigh-ins while another connection runs the
 * online backup (what `leanback backup` does). The copy must pass integrity_check and hold every
 * weigh-in acknowledged before the backup started.
 */
const dir = mkdtempSync(path.join(tmpdir(), "leanback-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dateOf = (i: number) => new Date(Date.UTC(1980, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

describe("online backup while writing (SQLite)", () => {
  it(
    "restores to a sound database with every write acknowledged before it began",
    { timeout: 120_000 },
    async () => {
      const server = await spawnServer({ LEANBACK_DATA_DIR: dir });
      try {
        const signup = await fetch(`${server.url}/api/auth/signup`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "backup@example.org", password: "backup test passphrase" }),
        });
        expect(signup.status).toBe(201);
        const cookie = (signup.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
        const acknowledged = new Set<string>();
        let next = 0;
        let stop = false;
        const writer = async () => {
          while (!stop) {
            const date = dateOf(next++);
            const r = await fetch(`${server.url}/api/users/me/weigh-ins`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie },
              body: JSON.stringify({ date, weightKg: 75 }),
            });
            expect(r.status).toBe(201);
            await r.arrayBuffer();
            acknowledged.add(date);
          }
        };
        const writers = [writer(), writer(), writer()];
        // Let a history build up, then back up while the writers keep going.
        while (acknowledged.size < 300) await new Promise((r) => setTimeout(r, 20));
        const before = new Set(acknowledged);
        const live = openDatabase({ sqlitePath: path.join(dir, "leanback.db") });
        const file = path.join(dir, "copy.db");
        try {
          await backupDatabase(live, { file });
        } finally {
          await live.close();
        }
        stop = true;
        await Promise.all(writers);

        expect(integrityCheckFile(file)).toEqual([]);
        const restored = openDatabase({ sqlitePath: file });
        try {
          const rows = await restored.db.selectFrom("weigh_ins").select("date").execute();
          const dates = new Set(rows.map((r) => r.date));
          expect([...before].filter((d) => !dates.has(d))).toEqual([]);
        } finally {
          await restored.close();
        }
      } finally {
        server.child.kill("SIGTERM");
        await server.exited;
      }
    },
  );
});
