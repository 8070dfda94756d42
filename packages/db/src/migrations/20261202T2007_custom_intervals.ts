// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
// A person's own interval timers (name, work/rest seconds, rounds, warm-up, cool-down), saved on
// the server so every device of theirs has them. client_id makes an offline create replay once.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("custom_intervals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("work_s", "integer", (c) => c.notNull().check(sql`work_s > 0`))
    .addColumn("rest_s", "integer", (c) => c.notNull().check(sql`rest_s >= 0`))
    .addColumn("rounds", "integer", (c) => c.notNull().check(sql`rounds > 0`))
    .addColumn("warmup_s", "integer", (c) => c.notNull().check(sql`warmup_s >= 0`))
    .addColumn("cooldown_s", "integer", (c) => c.notNull().check(sql`cooldown_s >= 0`))
    .addColumn("client_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("custom_intervals_user_client_uq", ["user_id", "client_id"])
    .execute();
  await db.schema
    .createIndex("custom_intervals_user_idx")
    .on("custom_intervals")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("custom_intervals").execute();
}
