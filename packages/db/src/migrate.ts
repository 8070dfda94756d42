import { Migrator, type Kysely, type MigrationProvider, type Migration } from "kysely";
import { migrations } from "./migrations/index.js";

/** Serves the static list in migrations/index.ts to Kysely's Migrator. */
export const staticMigrationProvider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => migrations,
};

export class MigrationError extends Error {
  readonly migrationName: string | undefined;
  constructor(message: string, migrationName: string | undefined, cause: unknown) {
    super(message, { cause });
    this.name = "MigrationError";
    this.migrationName = migrationName;
  }
}

/**
 * Applies every pending migration, in order, and returns the names that ran (empty when up to
 * date). Any failure throws MigrationError naming the migration: never start the app on a
 * half-migrated schema. Kysely takes a lock, so concurrent instances migrate once.
 *
 * @example
 * const ran = await migrateToLatest(db); // ["20261120T2300_core"] on a fresh database
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error !== undefined || failed !== undefined) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `migration ${failed?.migrationName ?? "(before any migration ran)"} failed: ${detail}`,
      failed?.migrationName,
      error,
    );
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Names of migrations already applied, oldest first. */
export async function appliedMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}
