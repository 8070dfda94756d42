// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
//
// Treats that really move the week: each treat keeps the day-by-day changes it made (so past and
// completed days never change again), can be edited or cancelled (a cancelled treat keeps only the
// changes on days already past), and there is one live treat per day (planning twice replaces, it
// never stacks). treat_settings holds the person's limits on treat size and frequency.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("treats")
    .addColumn("adjustments", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema.alterTable("treats").addColumn("label", "text").execute();
  await db.schema.alterTable("treats").addColumn("updated_at", "bigint").execute();
  await db.schema.alterTable("treats").addColumn("cancelled_at", "bigint").execute();
  // Treats planned twice used to stack: keep the newest of each day live (ids are time-ordered).
  await sql`update treats set cancelled_at = created_at
    where exists (select 1 from treats t2
      where t2.user_id = treats.user_id and t2.date = treats.date and t2.id > treats.id)`.execute(db);
  await db.schema
    .createIndex("treats_live_day_uq")
    .on("treats")
    .columns(["user_id", "date"])
    .unique()
    .where(sql.ref("cancelled_at"), "is", null)
    .execute();

  await db.schema
    .createTable("treat_settings")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("max_kcal", "integer", (c) => c.notNull().check(sql`max_kcal >= 100 and max_kcal <= 3000`))
    .addColumn("max_per_week", "integer", (c) =>
      c.notNull().check(sql`max_per_week >= 1 and max_per_week <= 3`),
    )
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("treat_settings").ifExists().execute();
  await db.schema.dropIndex("treats_live_day_uq").ifExists().execute();
  await db.schema.alterTable("treats").dropColumn("cancelled_at").execute();
  await db.schema.alterTable("treats").dropColumn("updated_at").execute();
  await db.schema.alterTable("treats").dropColumn("label").execute();
  await db.schema.alterTable("treats").dropColumn("adjustments").execute();
}
