import { backupDatabase, PG_BACKUP_MESSAGE, type BackupResult } from "@leanback/db/backup";
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

/** Every row one user owns, as the portable export document (the same use case as the API). */
export function exportUser(rt: Runtime, userId: string): Promise<UserExport> {
  return exportAll(rt.deps, userId);
}
