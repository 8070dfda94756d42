import { Migrator, sql, type Kysely, type MigrationProvider, type Migration } from "kysely";
import { dialectOf } from "./dialect-of.js";
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
 * A Migrator bound to the current schema. On PostgreSQL Kysely otherwise looks for its
 * bookkeeping tables by name in EVERY schema, so a second leanback schema in the same cluster
 * (tests, or two instances sharing a server) would find the other one's tables.
 */
async function migratorFor<DB>(db: Kysely<DB>): Promise<Migrator> {
  if (dialectOf(db) !== "postgres") return new Migrator({ db, provider: staticMigrationProvider });
  const r = await sql<{ s: string | null }>`select current_schema() as s`.execute(db);
  const schema = r.rows[0]?.s;
  if (schema === null || schema === undefined) {
    throw new MigrationError("PostgreSQL has no current schema: check search_path", undefined, undefined);
  }
  return new Migrator({ db, provider: staticMigrationProvider, migrationTableSchema: schema });
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
  const migrator = await migratorFor(db);
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
  const migrator = await migratorFor(db);
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}
