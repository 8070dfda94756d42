// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
// Guided back photos (docs/adr/0024-back-photo-storage.md). back_photos holds each photo's
// facts on both dialects; the image itself lives in the data directory for SQLite and in
// back_photo_blobs (bytea) for PostgreSQL, the one dialect branch, so every app instance that
// shares a PostgreSQL database sees the same photos and a deleted account takes them along.
import { PostgresAdapter, sql, type Kysely } from "kysely";

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("back_photos")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("pose", "text", (c) => c.notNull().check(sql`pose in ('relaxed', 'arms-raised', 'side')`))
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull().check(sql`width > 0`))
    .addColumn("height", "integer", (c) => c.notNull().check(sql`height > 0`))
    .addColumn("bytes", "integer", (c) => c.notNull().check(sql`bytes > 0`))
    .addColumn("shared_with_trainer", "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`shared_with_trainer in (0, 1)`),
    )
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("back_photos_user_idx")
    .on("back_photos")
    .columns(["user_id", "date"])
    .execute();
  if (isPostgres(db)) {
    await db.schema
      .createTable("back_photo_blobs")
      .addColumn("photo_id", "text", (c) => c.primaryKey().references("back_photos.id").onDelete("cascade"))
      .addColumn("data", "bytea", (c) => c.notNull())
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await db.schema.dropTable("back_photo_blobs").execute();
  await db.schema.dropTable("back_photos").execute();
}
