// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
//
// The accepted target snapshot: the day's calorie and food targets as the person accepted them
// (computed at onboarding or a plan edit, replaced by an accepted check-in). A row takes effect
// on `effective_from` and holds until the next row; the screens read it instead of recomputing
// from the latest weigh-ins, so back-dated weigh-ins or a tape measurement move nothing.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("accepted_targets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("effective_from", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) =>
      c.notNull().check(sql`reason in ('onboarding', 'plan-edit', 'check-in')`),
    )
    .addColumn("target_kcal", "integer", (c) =>
      c.notNull().check(sql`target_kcal >= 800 and target_kcal <= 8000`),
    )
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("accepted_targets_user_day_uq", ["user_id", "effective_from"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("accepted_targets").ifExists().execute();
}
