import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * Wraps a better-sqlite3 handle for Kysely's SqliteDialect so each distinct SQL text is
 * prepared once and reused (least recently used beyond `max`). Kysely prepares every query
 * again otherwise, which measured ~25 µs a query — about a third of a whole API request.
 * Safe because Kysely runs one query at a time on its single SQLite connection and we never
 * stream (a statement mid-iteration cannot be re-entered).
 */
export function withStatementCache(handle: BetterSqlite3.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => handle.close(),
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit !== undefined) {
        cache.delete(sql); // move to the most recent end
        cache.set(sql, hit);
        return hit as unknown as SqliteStatement;
      }
      const stmt = handle.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > max) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return stmt as unknown as SqliteStatement;
    },
  };
}
