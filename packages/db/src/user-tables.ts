// Which tables hold one user's data, for export/import and account deletion audits.
// Append a line when you add a user-owned table (food log, custom foods, …). Parents must come
// before their children. Deliberately absent: users (account, password hash), auth_sessions and
// rate_limits (security state, not the user's data), trainer_links (belongs to two people).

export type UserTableSpec =
  /** Rows whose `owner` column holds the user id. */
  | { table: string; owner: string }
  /** Rows whose `parentKey` references `<parent>.id` of a row the user owns. */
  | { table: string; parent: string; parentKey: string };

export const userOwnedTables: readonly UserTableSpec[] = [
  { table: "profiles", owner: "user_id" },
  { table: "plans", owner: "user_id" },
  { table: "weigh_ins", owner: "user_id" },
  { table: "body_measurements", owner: "user_id" },
  { table: "workouts", owner: "user_id" },
  { table: "workout_sets", parent: "workouts", parentKey: "workout_id" },
  { table: "workout_cardio", parent: "workouts", parentKey: "workout_id" },
  { table: "check_ins", owner: "user_id" },
];
