// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
import { sql, type Kysely } from "kysely";

/**
 * workouts.session_key: "<date>/<planned session>" for a workout that carries out a planned
 * session, null otherwise; unique per user, so one planned session is logged once per day.
 * The planned session is the part of planned_ref after its last ":" (the player writes
 * "<planId>:w<week>-<day>"), so a session played from a regenerated or device-computed plan is
 * still the same session. Existing duplicates keep the oldest row linked; later ones get a null
 * key (their data stays).
 *
 * Frozen: this file never imports app code.
 */

function keyOf(date: string, plannedRef: string | null): string | null {
  if (plannedRef === null) return null;
  const session = plannedRef.slice(plannedRef.lastIndexOf(":") + 1);
  return session === "" ? null : `${date}/${session}`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("workouts").addColumn("session_key", "text").execute();
  const { rows } = await sql<{ id: string; user_id: string; date: string; planned_ref: string | null }>`
    select id, user_id, date, planned_ref from workouts
    where planned_ref is not null order by created_at, id`.execute(db);
  const seen = new Set<string>();
  for (const r of rows) {
    const key = keyOf(r.date, r.planned_ref);
    if (key === null || seen.has(`${r.user_id}|${key}`)) continue;
    seen.add(`${r.user_id}|${key}`);
    await sql`update workouts set session_key = ${key} where id = ${r.id}`.execute(db);
  }
  await db.schema
    .createIndex("workouts_user_session_key_uq")
    .on("workouts")
    .columns(["user_id", "session_key"])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("workouts_user_session_key_uq").execute();
  await db.schema.alterTable("workouts").dropColumn("session_key").execute();
}
