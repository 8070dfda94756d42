import { InvalidInputError } from "@leanback/core/errors";
import type { ServerDeps } from "../deps.js";
import { NotFoundError } from "../http/errors.js";
import { setPlanConsent } from "@leanback/db/repos/trainer-links";
import { hashToken, newSessionToken } from "./session-cookie.js";

export interface LinkView {
  readonly id: string;
  readonly role: "trainer" | "client";
  /** The other party's e-mail. */
  readonly email: string;
  readonly userId: string;
  readonly status: "invited" | "accepted";
  readonly createdAt: number;
  readonly acceptedAt: number | null;
  /** The client allowed this trainer to change their plan. */
  readonly planConsent: boolean;
}

/**
 * A trainer invites a client by e-mail. The answer is the same whether or not the address has
 * an account (a token that only works if it has), so invitations cannot probe for accounts.
 * Consent comes only from the client accepting; until then the trainer sees nothing.
 */
export async function inviteClient(
  deps: ServerDeps,
  trainer: { userId: string; email: string },
  email: string,
): Promise<{ token: string }> {
  const target = email.trim().toLowerCase();
  if (target === trainer.email) throw new InvalidInputError("email", "you cannot be your own trainer");
  const token = newSessionToken(deps.randomBytes);
  const client = await deps.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", target)
    .executeTakeFirst();
  if (!client) return { token };
  const live = await deps.db
    .selectFrom("trainer_links")
    .select("id")
    .where("trainer_id", "=", trainer.userId)
    .where("client_id", "=", client.id)
    .where("status", "<>", "revoked")
    .executeTakeFirst();
  if (live) {
    // Re-inviting refreshes the token of the pending invitation (accepted links stay accepted).
    await deps.db
      .updateTable("trainer_links")
      .set({ invite_token_hash: hashToken(token) })
      .where("id", "=", live.id)
      .where("status", "=", "invited")
      .execute();
    return { token };
  }
  await deps.db
    .insertInto("trainer_links")
    .values({
      id: deps.newId(),
      trainer_id: trainer.userId,
      client_id: client.id,
      status: "invited",
      invite_token_hash: hashToken(token),
      created_at: deps.now(),
      accepted_at: null,
      revoked_at: null,
    })
    .execute();
  return { token };
}

/** The client accepts by invitation token; only the invited account can. */
export async function acceptByToken(deps: ServerDeps, clientId: string, token: string): Promise<LinkView> {
  const link = await deps.db
    .selectFrom("trainer_links")
    .select("id")
    .where("invite_token_hash", "=", hashToken(token))
    .where("client_id", "=", clientId)
    .where("status", "=", "invited")
    .executeTakeFirst();
  if (!link) throw new NotFoundError("invitation");
  return acceptById(deps, clientId, link.id);
}

/** The client accepts a pending invitation listed for them. */
export async function acceptById(deps: ServerDeps, clientId: string, linkId: string): Promise<LinkView> {
  const r = await deps.db
    .updateTable("trainer_links")
    .set({ status: "accepted", accepted_at: deps.now(), invite_token_hash: null })
    .where("id", "=", linkId)
    .where("client_id", "=", clientId)
    .where("status", "=", "invited")
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new NotFoundError("invitation");
  const view = (await listLinks(deps, clientId)).find((l) => l.id === linkId);
  if (!view) throw new NotFoundError("invitation");
  return view;
}

/** Either party ends a link (a client declining an invitation, or revoking consent). */
export async function endLink(deps: ServerDeps, userId: string, linkId: string): Promise<void> {
  const link = await deps.db
    .selectFrom("trainer_links")
    .select(["id", "trainer_id", "client_id", "status"])
    .where("id", "=", linkId)
    .where("status", "<>", "revoked")
    .executeTakeFirst();
  // A trainer cannot see (so cannot end) a not-yet-accepted invitation: that would reveal it.
  const visible =
    link !== undefined &&
    (link.client_id === userId || (link.trainer_id === userId && link.status === "accepted"));
  if (!link || !visible) throw new NotFoundError("link");
  await deps.db
    .updateTable("trainer_links")
    .set({ status: "revoked", revoked_at: deps.now(), invite_token_hash: null })
    .where("id", "=", linkId)
    .execute();
}

/** Links of `userId`: as client (invited and accepted), as trainer (accepted only). */
export async function listLinks(deps: ServerDeps, userId: string): Promise<LinkView[]> {
  const asClient = await deps.db
    .selectFrom("trainer_links as l")
    .innerJoin("users as u", "u.id", "l.trainer_id")
    .select([
      "l.id",
      "l.status",
      "l.created_at",
      "l.accepted_at",
      "l.plan_consent_at",
      "u.email",
      "u.id as userId",
    ])
    .where("l.client_id", "=", userId)
    .where("l.status", "in", ["invited", "accepted"])
    .execute();
  const asTrainer = await deps.db
    .selectFrom("trainer_links as l")
    .innerJoin("users as u", "u.id", "l.client_id")
    .select([
      "l.id",
      "l.status",
      "l.created_at",
      "l.accepted_at",
      "l.plan_consent_at",
      "u.email",
      "u.id as userId",
    ])
    .where("l.trainer_id", "=", userId)
    .where("l.status", "=", "accepted")
    .execute();
  const view =
    (role: "trainer" | "client") =>
    (r: (typeof asClient)[number]): LinkView => ({
      id: r.id,
      role,
      email: r.email,
      userId: r.userId,
      status: r.status === "accepted" ? "accepted" : "invited",
      createdAt: Number(r.created_at),
      acceptedAt: r.accepted_at === null ? null : Number(r.accepted_at),
      planConsent: r.plan_consent_at !== null,
    });
  // role = the OTHER party's role towards the caller.
  return [...asClient.map(view("trainer")), ...asTrainer.map(view("client"))];
}

/**
 * The client allows (or stops allowing) the trainer of an accepted link to change their plan:
 * swaps and regenerating. 404 for anyone but that link's client.
 */
export async function setLinkPlanConsent(
  deps: ServerDeps,
  clientId: string,
  linkId: string,
  allow: boolean,
): Promise<LinkView> {
  if (!(await setPlanConsent(deps.db, linkId, clientId, allow, deps.now()))) throw new NotFoundError("link");
  const view = (await listLinks(deps, clientId)).find((l) => l.id === linkId);
  if (!view) throw new NotFoundError("link");
  return view;
}
