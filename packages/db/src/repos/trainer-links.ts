import type { Kysely } from "kysely";
import { ConflictError, isUniqueViolation } from "../db-errors.js";
import { uuidv7 } from "../ids.js";
import type { Database, TrainerLinkStatus, TrainerLinksTable } from "../schema.js";

export interface TrainerLink {
  id: string;
  trainerId: string;
  clientId: string;
  status: TrainerLinkStatus;
  inviteTokenHash: string | null;
  createdAt: number;
  acceptedAt: number | null;
  revokedAt: number | null;
  /** When the client allowed plan changes; null = read only. */
  planConsentAt: number | null;
}

function toLink(r: TrainerLinksTable): TrainerLink {
  return {
    id: r.id,
    trainerId: r.trainer_id,
    clientId: r.client_id,
    status: r.status,
    inviteTokenHash: r.invite_token_hash,
    createdAt: r.created_at,
    acceptedAt: r.accepted_at,
    revokedAt: r.revoked_at,
    planConsentAt: r.plan_consent_at === null ? null : Number(r.plan_consent_at),
  };
}

/** Trainer invites a client; ConflictError("clientId") while a live link for the pair exists. */
export async function inviteClient(
  db: Kysely<Database>,
  input: { trainerId: string; clientId: string; inviteTokenHash: string },
  now: number = Date.now(),
): Promise<TrainerLink> {
  const r: TrainerLinksTable = {
    id: uuidv7(() => now),
    trainer_id: input.trainerId,
    client_id: input.clientId,
    status: "invited",
    invite_token_hash: input.inviteTokenHash,
    created_at: now,
    accepted_at: null,
    revoked_at: null,
    plan_consent_at: null,
  };
  try {
    await db.insertInto("trainer_links").values(r).execute();
  } catch (e) {
    if (isUniqueViolation(e))
      throw new ConflictError("clientId", "this trainer already has a live link to this client", e);
    throw e;
  }
  return toLink(r);
}

/**
 * The invited client accepts with the token; the token hash is cleared so it works once.
 * Undefined when the token is unknown, already used, revoked, or meant for another client.
 */
export async function acceptInvite(
  db: Kysely<Database>,
  clientId: string,
  inviteTokenHash: string,
  now: number = Date.now(),
): Promise<TrainerLink | undefined> {
  const r = await db
    .updateTable("trainer_links")
    .set({ status: "accepted", accepted_at: now, invite_token_hash: null })
    .where("invite_token_hash", "=", inviteTokenHash)
    .where("client_id", "=", clientId)
    .where("status", "=", "invited")
    .returningAll()
    .executeTakeFirst();
  return r === undefined ? undefined : toLink(r);
}

/** Either party ends the link (kept as history). True when a live link was revoked. */
export async function revokeLink(
  db: Kysely<Database>,
  linkId: string,
  byUserId: string,
  now: number = Date.now(),
): Promise<boolean> {
  const r = await db
    .updateTable("trainer_links")
    .set({ status: "revoked", revoked_at: now, invite_token_hash: null })
    .where("id", "=", linkId)
    .where("status", "<>", "revoked")
    .where((eb) => eb.or([eb("trainer_id", "=", byUserId), eb("client_id", "=", byUserId)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** May trainer T read client C's data? Only through an accepted, unrevoked link. */
export async function mayTrainerRead(
  db: Kysely<Database>,
  trainerId: string,
  clientId: string,
): Promise<boolean> {
  const r = await db
    .selectFrom("trainer_links")
    .select("id")
    .where("trainer_id", "=", trainerId)
    .where("client_id", "=", clientId)
    .where("status", "=", "accepted")
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return r !== undefined;
}

/** Links where the user is the trainer or the client (live ones unless includeRevoked). */
export async function listLinks(
  db: Kysely<Database>,
  userId: string,
  role: "trainer" | "client",
  includeRevoked = false,
): Promise<TrainerLink[]> {
  let q = db
    .selectFrom("trainer_links")
    .selectAll()
    .where(role === "trainer" ? "trainer_id" : "client_id", "=", userId);
  if (!includeRevoked) q = q.where("status", "<>", "revoked");
  const rows = await q.orderBy("created_at").orderBy("id").execute();
  return rows.map(toLink);
}

/** What a trainer may do with a client's data: nothing, read, or read and change the plan. */
export type TrainerAccess = "none" | "read" | "write";

/** The access an accepted, unrevoked link gives; "write" only after the client's plan consent. */
export async function trainerAccess(
  db: Kysely<Database>,
  trainerId: string,
  clientId: string,
): Promise<TrainerAccess> {
  const r = await db
    .selectFrom("trainer_links")
    .select("plan_consent_at")
    .where("trainer_id", "=", trainerId)
    .where("client_id", "=", clientId)
    .where("status", "=", "accepted")
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (r === undefined) return "none";
  return r.plan_consent_at === null ? "read" : "write";
}

/**
 * The client grants (`allow`) or withdraws consent to plan changes on an accepted link of theirs.
 * False when the link is not theirs or not accepted.
 */
export async function setPlanConsent(
  db: Kysely<Database>,
  linkId: string,
  clientId: string,
  allow: boolean,
  now: number = Date.now(),
): Promise<boolean> {
  const r = await db
    .updateTable("trainer_links")
    .set({ plan_consent_at: allow ? now : null })
    .where("id", "=", linkId)
    .where("client_id", "=", clientId)
    .where("status", "=", "accepted")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
