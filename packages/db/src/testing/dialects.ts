import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, inject } from "vitest";
import { openDatabase, type Dialect, type OpenedDatabase } from "../connection.js";
import { migrateToLatest } from "../migrate.js";
import type { Database } from "../schema.js";

export const DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export interface DialectContext {
  dialect: Dialect;
  /** The whole opened handle (raw SQLite handle for backup tests, close()). */
  getOpened: () => OpenedDatabase;
}

/** Dialects selected by env DIALECTS (comma list), default "sqlite,postgres". */
export function selectedDialects(env: NodeJS.ProcessEnv = process.env): Dialect[] {
  const raw = (env.DIALECTS ?? "sqlite,postgres").split(",").map((s) => s.trim().toLowerCase());
  const out: Dialect[] = [];
  for (const d of raw) {
    if (d === "") continue;
    if (d !== "sqlite" && d !== "postgres") throw new Error(`DIALECTS: unknown dialect ${JSON.stringify(d)}`);
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

async function postgresReachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Why this run skips PostgreSQL ("" when it does not: not selected counts as nothing to skip).
 * Throws when REQUIRE_POSTGRES=1 and the server is unreachable.
 */
export async function postgresSkipReason(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return selectedDialects(env).includes("postgres") ? unreachableReason(env) : "";
}

/** Why PostgreSQL at TEST_DATABASE_URL cannot be used ("" when it can); see postgresSkipReason. */
async function unreachableReason(env: NodeJS.ProcessEnv): Promise<string> {
  const url = env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const problem = await postgresReachable(url);
  if (problem === undefined) return "";
  const msg = `PostgreSQL not reachable at ${redact(url)} (${problem}): skipping postgres dialect`;
  if (env.REQUIRE_POSTGRES === "1") throw new Error(`${msg} — but REQUIRE_POSTGRES=1`);
  return msg;
}

/** The global probe's verdict (postgres-probe.global.ts), or undefined when it did not run. */
function probedSkip(): string | undefined {
  try {
    return inject("postgresSkip");
  } catch {
    return undefined;
  }
}

/**
 * A fresh, unmigrated database of one dialect for a test (describeEachDialect uses it); a string
 * is the printed reason PostgreSQL was skipped. Throws when REQUIRE_POSTGRES=1 and it is down.
 */
export async function openTestDatabase(
  dialect: Dialect,
): Promise<{ opened: OpenedDatabase; cleanup: () => Promise<void> } | string> {
  const tag = randomBytes(6).toString("hex");
  if (dialect === "sqlite") {
    // A real file (not :memory:) so WAL, foreign keys and backup behave as in production.
    const dir = mkdtempSync(join(tmpdir(), "leanback-db-test-"));
    const opened = openDatabase({ sqlitePath: join(dir, "test.db") });
    return {
      opened,
      cleanup: async () => {
        await opened.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  // Asked for by name: probe even when DIALECTS does not list it.
  const skip = await unreachableReason(process.env);
  if (skip !== "") return skip;
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const schema = `lb_test_${tag}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const opened = openDatabase({ url, pgSearchPath: schema, pgPoolMax: 5 });
  return {
    opened,
    cleanup: async () => {
      await opened.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Runs `body` once per dialect in DIALECTS against a freshly migrated database of its own:
 * SQLite in a temp file, PostgreSQL in a fresh schema of TEST_DATABASE_URL (dropped after).
 * Unreachable PostgreSQL skips that dialect with a printed notice, or fails when
 * REQUIRE_POSTGRES=1. The database is shared by the tests of one block: use fresh users.
 *
 * @example
 * describeEachDialect("weigh-ins", (getDb) => {
 *   it("inserts", async () => { await upsertWeighIn(getDb(), { ... }); });
 * });
 */
export function describeEachDialect(
  title: string,
  body: (getDb: () => Kysely<Database>, ctx: DialectContext) => void,
): void {
  for (const dialect of selectedDialects()) {
    const skip = dialect === "postgres" ? probedSkip() : undefined;
    if (skip !== undefined && skip !== "") {
      // Skipped as a block: neither our hooks nor the ones `body` declares run (they would need
      // the database). The reason was printed once by the global probe.
      describe.skip(`${title} [${dialect}] (${skip})`, () => {
        body(
          () => {
            throw new Error(skip);
          },
          {
            dialect,
            getOpened: () => {
              throw new Error(skip);
            },
          },
        );
      });
      continue;
    }
    describe(`${title} [${dialect}]`, () => {
      let opened: OpenedDatabase | undefined;
      let cleanup: (() => Promise<void>) | undefined;
      let skipReason: string | undefined;

      beforeAll(async () => {
        const r = await openTestDatabase(dialect);
        if (typeof r === "string") {
          skipReason = r;
          console.warn(r);
          return;
        }
        opened = r.opened;
        cleanup = r.cleanup;
        await migrateToLatest(opened.db);
      });

      beforeEach((ctx) => {
        if (skipReason !== undefined) ctx.skip(skipReason);
      });

      afterAll(async () => {
        await cleanup?.();
      });

      const getOpened = (): OpenedDatabase => {
        if (opened === undefined) throw new Error(`${dialect} test database is not open`);
        return opened;
      };
      body(() => getOpened().db, { dialect, getOpened });
    });
  }
}
