// Which tables hold one user's data, for export/import. Append a line when you add a
// user-owned table; parents must come before their children, and rows that reference another
// table must come after it. user-data.db.test.ts fails when a table with a user column is
// neither listed here nor in notUserData.

export type UserTableSpec =
  /** Rows whose `owner` column holds the user id. */
  | { table: string; owner: string; omit?: readonly string[] }
  /** Rows whose `parentKey` references `<parent>.id` of a row the user owns. */
  | { table: string; parent: string; parentKey: string; omit?: readonly string[] };

export const userOwnedTables: readonly UserTableSpec[] = [
  { table: "profiles", owner: "user_id" },
  { table: "plans", owner: "user_id" },
  { table: "weigh_ins", owner: "user_id" },
  { table: "body_measurements", owner: "user_id" },
  { table: "workouts", owner: "user_id" },
  { table: "workout_sets", parent: "workouts", parentKey: "workout_id" },
  { table: "workout_cardio", parent: "workouts", parentKey: "workout_id" },
  { table: "check_ins", owner: "user_id" },
  { table: "accepted_targets", owner: "user_id" },
  { table: "custom_intervals", owner: "user_id" },
  // Food tables (schema by the food engineer, 20261120T2330_food). search_vector is a generated
  // column on PostgreSQL; the SQLite search index is filled by triggers on insert.
  { table: "foods", owner: "owner_user_id", omit: ["search_vector"] },
  { table: "food_portions", parent: "foods", parentKey: "food_id" },
  { table: "recipes", owner: "owner_user_id" },
  { table: "recipe_ingredients", parent: "recipes", parentKey: "recipe_id" },
  { table: "diary_entries", owner: "user_id" },
  { table: "diary_days", owner: "user_id" },
  { table: "food_tag_overrides", owner: "user_id" },
  { table: "treats", owner: "user_id" },
  { table: "treat_settings", owner: "user_id" },
  { table: "reminder_settings", owner: "user_id" },
];

/**
 * Tables that mention users but are deliberately not exported: the account itself (password
 * hash), security state (sessions, rate limits, the calendar feed's token), links that belong to
 * two people (links, trainer comments and the trainer audit), the calendar's event revisions (derived from the plan; their UIDs name this
 * server's user id, so they would not carry over anyway), and back photos: their rows mean
 * nothing without the image files, which the JSON cannot carry, so they travel in the export
 * archive (docs/export-format.md) instead.
 */
export const notUserData: readonly string[] = [
  "users",
  "auth_sessions",
  "rate_limits",
  "trainer_links",
  // A device's push endpoint belongs to that browser, not to the data; sends are delivery state.
  "push_subscriptions",
  "reminder_sends",
  "calendar_feeds",
  "calendar_event_revisions",
  "back_photos",
  "trainer_comments",
  "trainer_audit",
];
