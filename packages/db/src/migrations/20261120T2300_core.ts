// FROZEN: this migration has shipped. Never edit it; add a new timestamped file instead.
// It imports only kysely and declares its own column types, so later changes to the app's
// schema.ts cannot rewrite history.
//
// Portable types chosen so one file serves SQLite and PostgreSQL without branches:
// "bigint" (epoch ms; INTEGER affinity in SQLite), "integer", "double precision" (REAL affinity
// in SQLite), "text". Booleans are integer 0/1; JSON is text. NULLs are distinct in unique
// indexes on both dialects, so unique(user_id, client_id) allows many rows without a client_id.
import { sql, type Kysely } from "kysely";

const nowCheck = (col: string) => sql.raw(`${col} >= 0`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) =>
      c
        .notNull()
        .unique()
        .check(sql`email = lower(email)`),
    )
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('admin', 'user')`))
    .addColumn("display_name", "text")
    .addColumn("disabled_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull().check(nowCheck("created_at")))
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("password_changed_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("auth_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("last_seen_at", "bigint", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .addColumn("ip", "text")
    .addColumn("revoked_at", "bigint")
    .execute();
  await db.schema.createIndex("auth_sessions_user_idx").on("auth_sessions").column("user_id").execute();

  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "bigint", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("rate_limits_pk", ["key", "window_start"])
    .execute();
  await db.schema.createIndex("rate_limits_window_idx").on("rate_limits").column("window_start").execute();

  await db.schema
    .createTable("profiles")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("sex", "text", (c) => c.notNull().check(sql`sex in ('female', 'male')`))
    .addColumn("birth_date", "text", (c) => c.notNull())
    .addColumn("height_mm", "integer", (c) => c.notNull())
    .addColumn("unit_system", "text", (c) => c.notNull().check(sql`unit_system in ('metric', 'imperial')`))
    .addColumn("floor_kcal", "integer")
    .addColumn("pal", "double precision")
    .addColumn("body_fat_pct", "double precision")
    .addColumn("goal", "text")
    .addColumn("equipment", "text")
    .addColumn("schedule", "text")
    .addColumn("cardio_prefs", "text")
    .addColumn("exclusions", "text")
    .addColumn("pullup_answer", "text")
    .addColumn("timezone", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("plans")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("params", "text", (c) => c.notNull())
    .addColumn("plan", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("is_current", "integer", (c) => c.notNull().check(sql`is_current in (0, 1)`))
    .execute();
  await db.schema.createIndex("plans_user_idx").on("plans").columns(["user_id", "created_at"]).execute();
  // At most one current plan per user, enforced by the database, not only by the repository.
  await db.schema
    .createIndex("plans_one_current_idx")
    .on("plans")
    .column("user_id")
    .unique()
    .where(sql.ref("is_current"), "=", 1)
    .execute();

  await db.schema
    .createTable("weigh_ins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("weight_kg", "double precision", (c) => c.notNull().check(sql`weight_kg > 0`))
    .addColumn("note", "text")
    .addColumn("client_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    // One weigh-in per user and day: the trend is a daily series (docs/adr/0003-storage.md).
    .addUniqueConstraint("weigh_ins_user_date_uq", ["user_id", "date"])
    .addUniqueConstraint("weigh_ins_user_client_uq", ["user_id", "client_id"])
    .execute();

  await db.schema
    .createTable("body_measurements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("waist_mm", "double precision")
    .addColumn("neck_mm", "double precision")
    .addColumn("hip_mm", "double precision")
    .addColumn("chest_mm", "double precision")
    .addColumn("arm_mm", "double precision")
    .addColumn("thigh_mm", "double precision")
    .addColumn("body_fat_pct", "double precision")
    .addColumn("note", "text")
    .addColumn("client_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("body_measurements_user_client_uq", ["user_id", "client_id"])
    .execute();
  await db.schema
    .createIndex("body_measurements_user_date_idx")
    .on("body_measurements")
    .columns(["user_id", "date"])
    .execute();

  await db.schema
    .createTable("workouts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("planned_ref", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("started_at", "bigint")
    .addColumn("finished_at", "bigint")
    .addColumn("notes", "text")
    .addColumn("client_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("workouts_user_client_uq", ["user_id", "client_id"])
    .execute();
  await db.schema.createIndex("workouts_user_date_idx").on("workouts").columns(["user_id", "date"]).execute();

  await db.schema
    .createTable("workout_sets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workout_id", "text", (c) => c.notNull().references("workouts.id").onDelete("cascade"))
    .addColumn("exercise_id", "text", (c) => c.notNull())
    .addColumn("set_index", "integer", (c) => c.notNull().check(sql`set_index >= 0`))
    .addColumn("reps", "integer")
    .addColumn("load_kg", "double precision")
    .addColumn("load_type", "text", (c) =>
      c.notNull().check(sql`load_type in ('external', 'bodyweight', 'assisted', 'band', 'none')`),
    )
    .addColumn("assistance_kg", "double precision")
    .addColumn("rpe", "double precision")
    .addColumn("duration_s", "integer")
    .addUniqueConstraint("workout_sets_order_uq", ["workout_id", "set_index"])
    .execute();

  await db.schema
    .createTable("workout_cardio")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workout_id", "text", (c) => c.notNull().references("workouts.id").onDelete("cascade"))
    .addColumn("modality", "text", (c) => c.notNull())
    .addColumn("duration_s", "integer", (c) => c.notNull().check(sql`duration_s >= 0`))
    .addColumn("distance_m", "double precision")
    .addColumn("avg_hr", "integer")
    .addColumn("met_code", "text")
    .execute();
  await db.schema
    .createIndex("workout_cardio_workout_idx")
    .on("workout_cardio")
    .column("workout_id")
    .execute();

  await db.schema
    .createTable("check_ins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("week_start", "text", (c) => c.notNull())
    .addColumn("expenditure_kcal", "double precision")
    .addColumn("target_kcal", "double precision", (c) => c.notNull())
    .addColumn("proposed_kcal", "double precision", (c) => c.notNull())
    .addColumn("accepted", "integer", (c) => c.check(sql`accepted in (0, 1)`))
    .addColumn("details", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("check_ins_user_week_uq", ["user_id", "week_start"])
    .execute();

  await db.schema
    .createTable("trainer_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("trainer_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("client_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('invited', 'accepted', 'revoked')`))
    .addColumn("invite_token_hash", "text", (c) => c.unique())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("accepted_at", "bigint")
    .addColumn("revoked_at", "bigint")
    .addCheckConstraint("trainer_links_not_self", sql`trainer_id <> client_id`)
    .execute();
  // One live (invited or accepted) link per pair; revoked links stay as history.
  await db.schema
    .createIndex("trainer_links_active_pair_idx")
    .on("trainer_links")
    .columns(["trainer_id", "client_id"])
    .unique()
    .where(sql.ref("status"), "<>", "revoked")
    .execute();
  await db.schema.createIndex("trainer_links_client_idx").on("trainer_links").column("client_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    "trainer_links",
    "check_ins",
    "workout_cardio",
    "workout_sets",
    "workouts",
    "body_measurements",
    "weigh_ins",
    "plans",
    "profiles",
    "rate_limits",
    "auth_sessions",
    "users",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
