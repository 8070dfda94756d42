import { z } from "zod";
import { hashToken, newSessionToken } from "../../accounts/session-cookie.js";
import type { ServerDeps } from "../../deps.js";

type Deps = Pick<ServerDeps, "db" | "now" | "randomBytes">;

export const feedStatusSchema = z.strictObject({
  active: z.boolean(),
  /** When the current link was made (epoch ms); null without one. */
  createdAt: z.int().nullable(),
});

export const feedLinkSchema = z.strictObject({
  /** Shown once: only its SHA-256 is stored, so a lost link can only be renewed. */
  token: z.string(),
  url: z.string(),
  webcalUrl: z.string(),
  createdAt: z.int(),
});

/** The feed's path for a token (the route in calendar-routes.ts). */
export const feedPath = (token: string) => `/api/calendar-feeds/${token}/leanback.ics`;

/** Whether the person has a live feed link. */
export async function feedStatus(deps: Deps, userId: string): Promise<z.output<typeof feedStatusSchema>> {
  const row = await deps.db
    .selectFrom("calendar_feeds")
    .select("created_at")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return { active: row !== undefined, createdAt: row === undefined ? null : Number(row.created_at) };
}

/**
 * Makes a new secret feed link, replacing any earlier one (which stops working at once).
 * `origin` is where the server is reached (PUBLIC_ORIGIN or the request's own).
 */
export async function renewFeed(
  deps: Deps,
  userId: string,
  origin: string,
): Promise<z.output<typeof feedLinkSchema>> {
  const token = newSessionToken(deps.randomBytes);
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("calendar_feeds").where("user_id", "=", userId).execute();
    await trx
      .insertInto("calendar_feeds")
      .values({ user_id: userId, token_hash: hashToken(token), created_at: now })
      .execute();
  });
  const url = `${origin}${feedPath(token)}`;
  return { token, url, webcalUrl: url.replace(/^https?:/, "webcal:"), createdAt: now };
}

/** Ends the feed link; calendars subscribed to it get 404 from now on. */
export async function revokeFeed(deps: Deps, userId: string): Promise<void> {
  await deps.db.deleteFrom("calendar_feeds").where("user_id", "=", userId).execute();
}

/** The owner of a live feed token (account not disabled), or null. */
export async function feedOwner(deps: Pick<ServerDeps, "db">, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await deps.db
    .selectFrom("calendar_feeds as f")
    .innerJoin("users as u", "u.id", "f.user_id")
    .select("f.user_id")
    .where("f.token_hash", "=", hashToken(token))
    .where("u.disabled_at", "is", null)
    .executeTakeFirst();
  return row?.user_id ?? null;
}
