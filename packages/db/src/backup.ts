import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import type { OpenedDatabase } from "./connection.js";

export const DEFAULT_BACKUP_DIR = "./data/backups";

export class BackupError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = "BackupError";
  }
}

export const PG_BACKUP_MESSAGE =
  "leanback does not back up PostgreSQL itself: use pg_dump, e.g. " +
  '`pg_dump --format=custom --file=leanback.dump "$DATABASE_URL"` (restore with pg_restore), ' +
  "or your provider's snapshots / point-in-time recovery.";

export interface BackupResult {
  file: string;
  bytes: number;
  /** Result of PRAGMA integrity_check on the copy: always "ok" (otherwise backup throws). */
  integrity: "ok";
}

/**
 * Problems PRAGMA integrity_check reports (SQLite docs, "PRAGMA integrity_check"); empty when
 * the database is sound.
 */
export function integrityCheck(handle: SqliteDatabase.Database): string[] {
  const rows = handle.pragma("integrity_check") as { integrity_check: string }[];
  const msgs = rows.map((r) => r.integrity_check);
  return msgs.length === 1 && msgs[0] === "ok" ? [] : msgs;
}

/** Checks a SQLite file on disk (opened read-only, so a check never changes it). */
export function integrityCheckFile(file: string): string[] {
  const h = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return integrityCheck(h);
  } finally {
    h.close();
  }
}

/** 'leanback-20261120T223700Z.db' for an instant, sortable by name. */
export function backupFileName(now: number): string {
  const iso = new Date(now).toISOString(); // 2026-11-20T22:37:00.000Z
  return `leanback-${iso.slice(0, 19).replace(/[-:]/g, "")}Z.db`;
}

/** Names backupFileName gives: the only files pruneBackups may remove. */
const STAMPED_BACKUP = /^leanback-\d{8}T\d{6}Z\.db$/;

/**
 * Keeps the newest `keep` timestamped backups (leanback-YYYYMMDDTHHMMSSZ.db) in `dir` and removes
 * the older ones; any other file, a .partial included, is never touched. Returns what it removed.
 *
 * @example
 * pruneBackups("./data/backups", 14); // ["/…/leanback-20261101T030000Z.db", …]
 */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new BackupError("keep must be a whole number of at least 1");
  const stamped = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && STAMPED_BACKUP.test(e.name))
    .map((e) => e.name)
    .sort();
  const old = stamped.slice(0, Math.max(0, stamped.length - keep)).map((n) => resolve(dir, n));
  for (const file of old) rmSync(file);
  return old;
}

/**
 * Online, consistent copy of the SQLite database while the app keeps running (SQLite's backup
 * API through better-sqlite3 `.backup()`, which copies pages and restarts if a writer changes
 * them). Written to `<dest>.partial`, integrity-checked, then renamed: a file named `dest`
 * is always a complete, checked backup. Refuses to overwrite. PostgreSQL: throws BackupError
 * telling the operator to use pg_dump.
 *
 * @example
 * const { file } = await backupDatabase(opened, { dir: "./data/backups" }); // data/backups/leanback-20261120T223700Z.db
 */
export async function backupDatabase(
  opened: OpenedDatabase,
  opts: { file?: string; dir?: string; now?: number } = {},
): Promise<BackupResult> {
  if (opened.dialect === "postgres") throw new BackupError(PG_BACKUP_MESSAGE);
  const handle = opened.sqlite;
  if (handle === undefined) throw new BackupError("no SQLite handle to back up");
  const file = resolve(
    opts.file ?? join(opts.dir ?? DEFAULT_BACKUP_DIR, backupFileName(opts.now ?? Date.now())),
  );
  if (opened.sqliteFile !== undefined && resolve(opened.sqliteFile) === file) {
    throw new BackupError("the backup file must differ from the live database file");
  }
  if (existsSync(file)) throw new BackupError(`${file} already exists: refusing to overwrite a backup`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    await handle.backup(partial);
    // The copy inherits WAL mode, and opening it (for the check) would leave -wal and -shm files
    // beside it: a backup is one self-contained file in rollback-journal mode instead (the live
    // database turns WAL on again when the file is restored).
    const copy = new SqliteDatabase(partial);
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    const problems = integrityCheckFile(partial);
    if (problems.length > 0)
      throw new BackupError(`backup failed its integrity check: ${problems.slice(0, 5).join("; ")}`);
    renameSync(partial, file);
  } catch (e) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    throw e instanceof BackupError ? e : new BackupError(`backup to ${file} failed: ${String(e)}`, e);
  }
  return { file, bytes: statSync(file).size, integrity: "ok" };
}
