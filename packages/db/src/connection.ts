import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { withStatementCache } from "./statement-cache.js";
import pg from "pg";
import type { Database } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

export interface OpenDatabaseOptions {
  /** postgres:// or postgresql:// URL selects PostgreSQL; anything else is ignored for SQLite. */
  url?: string;
  /** SQLite file; default ./data/leanback.db (the folder is created). */
  sqlitePath?: string;
  /** PostgreSQL only: schema search_path for every pooled connection (tests use a fresh schema). */
  pgSearchPath?: string;
  /** PostgreSQL only: pool size (default 10). */
  pgPoolMax?: number;
  /**
   * PostgreSQL only: told about every pool and client connection error (a restart, a killed
   * backend, a network drop). Default: one line on stderr. The failed client is dropped and the
   * next query connects afresh.
   */
  onConnectionError?: (e: Error) => void;
}

/** How long a request waits for a PostgreSQL connection before it fails (answered 503). */
export const PG_CONNECT_TIMEOUT_MS = 5000;

/** A PostgreSQL pool's state for monitoring. */
export interface PoolStats {
  /** Open connections (idle and checked out). */
  readonly total: number;
  readonly idle: number;
  /** Queries waiting for a connection. */
  readonly waiting: number;
  /** Connection errors since the pool opened (restarts, killed backends, drops). */
  readonly connectionErrors: number;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL only: the pool's state now. */
  poolStats?: () => PoolStats;
  /** SQLite only: the absolute path of the database file. */
  sqliteFile?: string;
  /** SQLite only: the raw better-sqlite3 handle (backup, integrity check). */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = "./data/leanback.db";

// node-postgres returns int8 (OID 20: epoch-ms columns, count(*)) and numeric (OID 1700) as
// strings to avoid precision loss; our int8 values are epoch ms (< 2^53) and counts, so Number
// is exact. These parsers are process-global in pg, set once on import.
pg.types.setTypeParser(20, (v: string) => Number(v));
pg.types.setTypeParser(1700, (v: string) => Number(v));

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/** Opens a better-sqlite3 handle with the durability pragmas of docs/adr/0003-storage.md. */
export function openSqliteHandle(file: string): SqliteDatabase.Database {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const handle = new SqliteDatabase(file);
  // WAL: readers never block the writer. synchronous=FULL: an acknowledged commit survives power
  // loss where the disk honours fsync. busy_timeout: wait for another process's write lock.
  handle.pragma("journal_mode = WAL");
  handle.pragma("synchronous = FULL");
  handle.pragma("foreign_keys = ON");
  handle.pragma("busy_timeout = 5000");
  return handle;
}

/**
 * Opens the database: PostgreSQL when `url` is a postgres:// URL, else a SQLite file.
 *
 * @example
 * const { db, dialect, close } = openDatabase({ url: process.env.DATABASE_URL });
 */
export function openDatabase(opts: OpenDatabaseOptions = {}): OpenedDatabase {
  if (isPostgresUrl(opts.url)) {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.pgPoolMax ?? 10,
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      ...(opts.pgSearchPath !== undefined
        ? { options: `-c search_path=${quotePgIdent(opts.pgSearchPath)}` }
        : {}),
    });
    const tell =
      opts.onConnectionError ??
      ((e: Error) => console.error(`leanback db: PostgreSQL connection error: ${e.message}`));
    let connectionErrors = 0;
    const report = (e: Error): void => {
      connectionErrors++;
      tell(e);
    };
    // A pooled client can error at any time (server restart, pg_terminate_backend, network drop).
    // pg emits 'error' on the client, checked out or idle, and for an idle one again on the pool;
    // an 'error' event without a listener kills the process. The listener added on 'connect'
    // stays for the client's life and reports each failure once; the pool's re-emission needs a
    // listener too but was reported already. The failing query rejects on its own (answered 503
    // at the edge); the broken client is not queryable any more, so the pool drops it on release
    // and the next query connects afresh.
    pool.on("error", () => undefined);
    pool.on("connect", (client) => client.on("error", report));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    // Kysely's destroy() ends the pool.
    const poolStats = (): PoolStats => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      connectionErrors,
    });
    return { db, dialect: "postgres", poolStats, close: () => db.destroy() };
  }
  const file = opts.sqlitePath === ":memory:" ? ":memory:" : resolve(opts.sqlitePath ?? DEFAULT_SQLITE_PATH);
  const handle = openSqliteHandle(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(handle) }) });
  return { db, dialect: "sqlite", sqliteFile: file, sqlite: handle, close: () => db.destroy() };
}

function quotePgIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new RangeError(`pgSearchPath must be a plain identifier, got ${JSON.stringify(name)}`);
  }
  return name;
}
