import { backupDatabase, PG_BACKUP_MESSAGE, pruneBackups, type BackupResult } from "@leanback/db/backup";
import { migrateToLatest } from "@leanback/db/migrate";
import type { UserExport } from "@leanback/db/user-data";
import { exportAll } from "./features/export/export.js";
import type { Runtime } from "./runtime.js";

/** Operator tasks for the CLI, so the CLI depends on the server package only (contributing.md). */
export { PG_BACKUP_MESSAGE };

/** Applies pending migrations; returns the names that ran. */
export function runMigrations(rt: Runtime): Promise<string[]> {
  return migrateToLatest(rt.opened.db);
}

/** Online SQLite backup to `file` (checked, never overwrites); throws for PostgreSQL. */
export function backupTo(rt: Runtime, file: string): Promise<BackupResult> {
  return backupDatabase(rt.opened, { file });
}

/**
 * A timestamped backup in `dir` (leanback-YYYYMMDDTHHMMSSZ.db); with `keep`, then removes the
 * oldest timestamped backups there beyond the newest `keep`. Returns the backup and the removed files.
 */
export async function backupInto(
  rt: Runtime,
  dir: string,
  keep: number | undefined,
  now: number = Date.now(),
): Promise<{ backup: BackupResult; removed: string[] }> {
  const backup = await backupDatabase(rt.opened, { dir, now });
  return { backup, removed: keep === undefined ? [] : pruneBackups(dir, keep) };
}

/** Every row one user owns, as the portable export document (the same use case as the API). */
export function exportUser(rt: Runtime, userId: string): Promise<UserExport> {
  return exportAll(rt.deps, userId);
}
