// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
// The calendar feed: one secret subscription URL per person (only a SHA-256 of its token is
// stored, like sessions), and per calendar event the fingerprint of what it last said with its
// SEQUENCE and LAST-MODIFIED (RFC 5545 §3.8.7.4, §3.8.7.3), so a changed session is sent as a
// new revision of the same event instead of a new event.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("calendar_event_revisions")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("uid", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("sequence", "integer", (c) => c.notNull().check(sql`sequence >= 0`))
    .addColumn("last_modified", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("calendar_event_revisions_pk", ["user_id", "uid"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("calendar_event_revisions").execute();
  await db.schema.dropTable("calendar_feeds").execute();
}
