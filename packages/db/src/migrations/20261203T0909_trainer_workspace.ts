// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
//
// The trainer workspace: an account may coach without dieting (users.coaches); a client's
// separate consent to plan changes (trainer_links.plan_consent_at, null = read only); comments
// a trainer or the client writes on a week or a planned session; and the audit of every change a
// trainer made to a client's data, which the client reads.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("coaches", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("trainer_links").addColumn("plan_consent_at", "bigint").execute();

  await db.schema
    .createTable("trainer_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("client_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("subject", "text", (c) => c.notNull().check(sql`subject in ('week', 'session')`))
    // The Monday 'YYYY-MM-DD' of a week, or "<date>/<planned session id>" of a session.
    .addColumn("subject_key", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("trainer_comments_client_idx")
    .on("trainer_comments")
    .columns(["client_id", "created_at"])
    .execute();

  await db.schema
    .createTable("trainer_audit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("client_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("trainer_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("trainer_audit_client_idx")
    .on("trainer_audit")
    .columns(["client_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("trainer_audit").ifExists().execute();
  await db.schema.dropTable("trainer_comments").ifExists().execute();
  await db.schema.alterTable("trainer_links").dropColumn("plan_consent_at").execute();
  await db.schema.alterTable("users").dropColumn("coaches").execute();
}
