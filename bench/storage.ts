// Storage layer timings on SQLite (temp file, WAL, synchronous=FULL) and, when reachable,
// PostgreSQL (TEST_DATABASE_URL, a throwaway schema). Bounded counts; printed only, never asserted.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { backupDatabase } from "@leanback/db/backup";
import { openDatabase, type OpenedDatabase } from "@leanback/db/connection";
import { migrateToLatest } from "@leanback/db/migrate";
import { hitRateLimit } from "@leanback/db/repos/rate-limits";
import { createSession, findActiveSession } from "@leanback/db/repos/sessions";
import { createUser } from "@leanback/db/repos/users";
import { listWeighIns, upsertWeighIn } from "@leanback/db/repos/weigh-ins";
import { saveWorkout } from "@leanback/db/repos/workouts";
import { DEFAULT_TEST_DATABASE_URL } from "@leanback/db/testing/dialects";
import { exportUserData, importUserData } from "@leanback/db/user-data";

const T0 = 1_800_000_000_000;
const DAY = 86_400_000;
const isoDay = (i: number) => new Date(T0 + i * DAY).toISOString().slice(0, 10);

interface Row {
  op: string;
  n: number;
  totalMs: number;
}

async function timed(op: string, n: number, fn: (i: number) => Promise<unknown>): Promise<Row> {
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  return { op, n, totalMs: performance.now() - t };
}

async function measure(opened: OpenedDatabase): Promise<Row[]> {
  const { db } = opened;
  await migrateToLatest(db);
  const u = await createUser(
    db,
    { email: `bench-${randomBytes(4).toString("hex")}@x.test`, passwordHash: "h", role: "user" },
    T0,
  );
  const rows: Row[] = [];
  rows.push(
    await timed("weigh-in upsert (1 row, own transaction)", 365, (i) =>
      upsertWeighIn(db, { userId: u.id, date: isoDay(i), weightKg: 90 - i / 100 }, T0 + i),
    ),
  );
  const sets = Array.from({ length: 15 }, (_, k) => ({
    exerciseId: `ex${k % 5}`,
    setIndex: k,
    reps: 10,
    loadKg: 20,
    loadType: "external" as const,
  }));
  rows.push(
    await timed("save workout (1 + 15 sets + 1 cardio, one transaction)", 100, (i) =>
      saveWorkout(
        db,
        { userId: u.id, date: isoDay(i), title: "B", sets, cardio: [{ modality: "walk", durationS: 1200 }] },
        T0 + i,
      ),
    ),
  );
  const hashes = Array.from({ length: 200 }, () => randomBytes(32).toString("hex"));
  for (const h of hashes) await createSession(db, { userId: u.id, tokenHash: h, expiresAt: T0 + DAY }, T0);
  rows.push(
    await timed("session lookup by token hash (+ user)", 1000, (i) =>
      findActiveSession(db, hashes[i % hashes.length] ?? "", T0 + 1),
    ),
  );
  rows.push(
    await timed("rate-limit hit (upsert … returning)", 1000, (i) =>
      hitRateLimit(db, `k${i % 10}`, 60_000, T0),
    ),
  );
  rows.push(await timed("list 365 weigh-ins", 100, () => listWeighIns(db, u.id)));
  let dump: Awaited<ReturnType<typeof exportUserData>> | undefined;
  rows.push(
    await timed("export user (365 weigh-ins, 100 workouts, 1,500 sets)", 10, async () => {
      dump = await exportUserData(db, u.id, T0);
    }),
  );
  rows.push(
    await timed("import user, replace (same data, one transaction)", 10, () =>
      importUserData(db, dump, { userId: u.id, replace: true }),
    ),
  );
  if (opened.dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "leanback-bench-backup-"));
    try {
      rows.push(
        await timed("online backup + integrity_check", 5, (i) =>
          backupDatabase(opened, { file: join(dir, `b${i}.db`) }),
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

async function withPostgres(): Promise<{ opened: OpenedDatabase; cleanup: () => Promise<void> } | string> {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const schema = `lb_bench_${randomBytes(4).toString("hex")}`;
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query(`create schema ${schema}`);
  } catch (e) {
    return `PostgreSQL not reachable at ${url}: ${String(e)}`;
  } finally {
    await c.end().catch(() => undefined);
  }
  const opened = openDatabase({ url, pgSearchPath: schema, pgPoolMax: 4 });
  return {
    opened,
    cleanup: async () => {
      await opened.close();
      const d = new pg.Client({ connectionString: url });
      await d.connect();
      await d.query(`drop schema ${schema} cascade`);
      await d.end();
    },
  };
}

export async function run(): Promise<void> {
  const results: { dialect: string; rows: Row[] }[] = [];
  const dir = mkdtempSync(join(tmpdir(), "leanback-bench-"));
  const sqlite = openDatabase({ sqlitePath: join(dir, "bench.db") });
  try {
    results.push({ dialect: "SQLite", rows: await measure(sqlite) });
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const p = await withPostgres();
  if (typeof p === "string") console.log(`> ${p}: PostgreSQL column skipped`);
  else {
    try {
      results.push({ dialect: "PostgreSQL", rows: await measure(p.opened) });
    } finally {
      await p.cleanup();
    }
  }
  const fmt = (r: Row | undefined) =>
    r === undefined ? "—" : `${(r.totalMs / r.n).toFixed(3)} ms (${Math.round((r.n * 1000) / r.totalMs)}/s)`;
  const first = results[0]?.rows ?? [];
  console.log(`| operation | n | ${results.map((r) => r.dialect).join(" | ")} |`);
  console.log(`|---|---:|${results.map(() => "---:").join("|")}|`);
  for (const [i, r] of first.entries()) {
    console.log(
      `| ${r.op} | ${r.n} | ${results.map((x) => fmt(x.rows[i]?.op === r.op ? x.rows[i] : x.rows.find((y) => y.op === r.op))).join(" | ")} |`,
    );
  }
}
