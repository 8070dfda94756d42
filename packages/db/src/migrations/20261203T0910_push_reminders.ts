// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
// Web Push reminders. push_vapid_keys: the server's VAPID key pair, made at first start and shared
// by every instance on the database. push_subscriptions: one row per device that subscribed.
// reminder_settings: a person's reminder times and quiet hours. reminder_sends: one row per
// reminder sent (user, kind, local date); its primary key is what makes a reminder go out once
// when several instances share PostgreSQL.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("push_vapid_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("public_key", "text", (c) => c.notNull())
    .addColumn("private_key", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("push_subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("endpoint", "text", (c) => c.notNull().unique())
    .addColumn("p256dh", "text", (c) => c.notNull())
    .addColumn("auth", "text", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_sent_at", "bigint")
    .execute();
  await db.schema
    .createIndex("push_subscriptions_user_idx")
    .on("push_subscriptions")
    .column("user_id")
    .execute();
  await db.schema
    .createTable("reminder_settings")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("weigh_in_time", "text")
    .addColumn("session_time", "text")
    .addColumn("check_in_time", "text")
    .addColumn("quiet_start", "text")
    .addColumn("quiet_end", "text")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("reminder_sends")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('weigh-in', 'session', 'check-in')`))
    .addColumn("local_date", "text", (c) => c.notNull())
    .addColumn("sent_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("reminder_sends_pk", ["user_id", "kind", "local_date"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reminder_sends").ifExists().execute();
  await db.schema.dropTable("reminder_settings").ifExists().execute();
  await db.schema.dropTable("push_subscriptions").ifExists().execute();
  await db.schema.dropTable("push_vapid_keys").ifExists().execute();
}
