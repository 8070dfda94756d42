import type { Kysely } from "kysely";
import type { Database, PushSubscriptionsTable, ReminderSettingsTable } from "../schema.js";

export interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
}

/**
 * The server's VAPID keys: the stored pair, or `make()`'s stored first. Several instances starting
 * at once each try to insert; the first wins and every one returns that pair.
 */
export async function ensureVapidKeys(
  db: Kysely<Database>,
  make: () => VapidKeys,
  now: number,
): Promise<VapidKeys> {
  const read = () =>
    db.selectFrom("push_vapid_keys").selectAll().where("id", "=", "default").executeTakeFirst();
  const found = await read();
  if (found !== undefined) return { publicKey: found.public_key, privateKey: found.private_key };
  const k = make();
  await db
    .insertInto("push_vapid_keys")
    .values({ id: "default", public_key: k.publicKey, private_key: k.privateKey, created_at: now })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const stored = await read();
  if (stored === undefined) throw new Error("push_vapid_keys: the key pair was not stored");
  return { publicKey: stored.public_key, privateKey: stored.private_key };
}

export interface PushSubscriptionRow {
  readonly id: string;
  readonly userId: string;
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
}

const toSubscription = (r: PushSubscriptionsTable): PushSubscriptionRow => ({
  id: r.id,
  userId: r.user_id,
  endpoint: r.endpoint,
  p256dh: r.p256dh,
  auth: r.auth,
});

/**
 * Stores a device's subscription. An endpoint is one browser: subscribing again (or as another
 * account on the same browser) moves it to `userId` with the new keys.
 */
export async function saveSubscription(
  db: Kysely<Database>,
  s: { id: string; userId: string; endpoint: string; p256dh: string; auth: string; userAgent: string | null },
  now: number,
): Promise<void> {
  await db
    .insertInto("push_subscriptions")
    .values({
      id: s.id,
      user_id: s.userId,
      endpoint: s.endpoint,
      p256dh: s.p256dh,
      auth: s.auth,
      user_agent: s.userAgent,
      created_at: now,
      last_sent_at: null,
    })
    .onConflict((oc) =>
      oc
        .column("endpoint")
        .doUpdateSet({ user_id: s.userId, p256dh: s.p256dh, auth: s.auth, user_agent: s.userAgent }),
    )
    .execute();
}

export async function listSubscriptions(
  db: Kysely<Database>,
  userId: string,
): Promise<PushSubscriptionRow[]> {
  const rows = await db
    .selectFrom("push_subscriptions")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
  return rows.map(toSubscription);
}

/** Removes a subscription by endpoint (only the caller's own when `userId` is given); true when one went. */
export async function deleteSubscription(
  db: Kysely<Database>,
  endpoint: string,
  userId?: string,
): Promise<boolean> {
  let q = db.deleteFrom("push_subscriptions").where("endpoint", "=", endpoint);
  if (userId !== undefined) q = q.where("user_id", "=", userId);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function markSent(db: Kysely<Database>, id: string, now: number): Promise<void> {
  await db.updateTable("push_subscriptions").set({ last_sent_at: now }).where("id", "=", id).execute();
}

export interface ReminderSettingsRow {
  readonly weighInTime: string | null;
  readonly sessionTime: string | null;
  readonly checkInTime: string | null;
  readonly quietStart: string | null;
  readonly quietEnd: string | null;
}

const toSettings = (r: ReminderSettingsTable): ReminderSettingsRow => ({
  weighInTime: r.weigh_in_time,
  sessionTime: r.session_time,
  checkInTime: r.check_in_time,
  quietStart: r.quiet_start,
  quietEnd: r.quiet_end,
});

export async function getReminderSettings(
  db: Kysely<Database>,
  userId: string,
): Promise<ReminderSettingsRow | undefined> {
  const r = await db
    .selectFrom("reminder_settings")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return r === undefined ? undefined : toSettings(r);
}

export async function saveReminderSettings(
  db: Kysely<Database>,
  userId: string,
  s: ReminderSettingsRow,
  now: number,
): Promise<void> {
  const values = {
    weigh_in_time: s.weighInTime,
    session_time: s.sessionTime,
    check_in_time: s.checkInTime,
    quiet_start: s.quietStart,
    quiet_end: s.quietEnd,
    updated_at: now,
  };
  await db
    .insertInto("reminder_settings")
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
    .execute();
}

/** People with at least one reminder on and at least one device subscribed: the scheduler's round. */
export async function remindable(
  db: Kysely<Database>,
): Promise<Array<{ userId: string; settings: ReminderSettingsRow }>> {
  const rows = await db
    .selectFrom("reminder_settings as r")
    .selectAll("r")
    .where((eb) =>
      eb.exists(
        eb.selectFrom("push_subscriptions as s").select("s.id").whereRef("s.user_id", "=", "r.user_id"),
      ),
    )
    .where((eb) =>
      eb.or([
        eb("r.weigh_in_time", "is not", null),
        eb("r.session_time", "is not", null),
        eb("r.check_in_time", "is not", null),
      ]),
    )
    .orderBy("r.user_id")
    .execute();
  return rows.map((r) => ({ userId: r.user_id, settings: toSettings(r) }));
}

/**
 * Claims a reminder for sending: true for exactly one caller per (user, kind, local date), however
 * many instances try at once (the table's primary key decides).
 */
export async function claimReminder(
  db: Kysely<Database>,
  c: { userId: string; kind: "weigh-in" | "session" | "check-in"; localDate: string },
  now: number,
): Promise<boolean> {
  const r = await db
    .insertInto("reminder_sends")
    .values({ user_id: c.userId, kind: c.kind, local_date: c.localDate, sent_at: now })
    .onConflict((oc) => oc.columns(["user_id", "kind", "local_date"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
}
