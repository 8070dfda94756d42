import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../http/route.js";
import { emailSchema, idParam, noContent } from "./schemas.js";
import {
  acceptById,
  acceptByToken,
  endLink,
  inviteClient,
  listLinks,
  setLinkPlanConsent,
} from "./trainer-links.js";

const linkSchema = z.strictObject({
  id: z.string(),
  role: z.enum(["trainer", "client"]),
  email: z.string(),
  userId: z.string(),
  status: z.enum(["invited", "accepted"]),
  createdAt: z.number(),
  acceptedAt: z.number().nullable(),
  planConsent: z.boolean(),
});

/** A fresh trainer invites the example's subject; returns the token and the link id. */
async function invitationForSubject(fx: ExampleFixture): Promise<{ token: string; linkId: string }> {
  const trainer = await fx.signUp();
  const r = await fx.request(trainer, "POST", "/api/trainer/invitations", { email: fx.subject.email });
  const token = (r.json as { token: string }).token;
  const links = await fx.request(fx.subject, "GET", "/api/trainer/links");
  const link = (links.json as { links: Array<{ id: string; userId: string }> }).links.find(
    (l) => l.userId === trainer.userId,
  );
  if (!link) throw new Error("example: invitation not listed");
  return { token, linkId: link.id };
}

const invite = defineRoute({
  method: "POST",
  path: "/api/trainer/invitations",
  summary: "Invite a client by e-mail (they must accept before you see anything)",
  tags: ["trainer"],
  access: "authenticated",
  body: z.strictObject({ email: emailSchema }),
  response: z.strictObject({ token: z.string() }),
  status: 201,
  handler: async (ctx) => inviteClient(ctx.deps, ctx.caller, ctx.body.email),
  example: async (fx) => ({ body: { email: (await fx.signUp()).email } }),
});

const list = defineRoute({
  method: "GET",
  path: "/api/trainer/links",
  summary: "Your trainers (invited or accepted) and your accepted clients",
  tags: ["trainer"],
  access: "authenticated",
  response: z.strictObject({ links: z.array(linkSchema) }),
  status: 200,
  handler: async (ctx) => ({ links: await listLinks(ctx.deps, ctx.caller.userId) }),
  example: async () => ({}),
});

const acceptToken = defineRoute({
  method: "POST",
  path: "/api/trainer/invitations/accept",
  summary: "Accept an invitation by its token (gives that trainer access to your data)",
  tags: ["trainer"],
  access: "authenticated",
  body: z.strictObject({ token: z.string().min(1).max(100) }),
  response: z.strictObject({ link: linkSchema }),
  status: 200,
  handler: async (ctx) => ({ link: await acceptByToken(ctx.deps, ctx.caller.userId, ctx.body.token) }),
  example: async (fx) => ({ body: { token: (await invitationForSubject(fx)).token } }),
});

const acceptId = defineRoute({
  method: "POST",
  path: "/api/trainer/links/{id}/accept",
  summary: "Accept a pending invitation listed for you",
  tags: ["trainer"],
  access: "authenticated",
  params: idParam,
  response: z.strictObject({ link: linkSchema }),
  status: 200,
  handler: async (ctx) => ({ link: await acceptById(ctx.deps, ctx.caller.userId, ctx.params.id) }),
  example: async (fx) => ({ params: { id: (await invitationForSubject(fx)).linkId } }),
});

const end = defineRoute({
  method: "DELETE",
  path: "/api/trainer/links/{id}",
  summary: "Decline an invitation or end a trainer/client link (either party)",
  tags: ["trainer"],
  access: "authenticated",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await endLink(ctx.deps, ctx.caller.userId, ctx.params.id);
    return null;
  },
  example: async (fx) => ({ params: { id: (await invitationForSubject(fx)).linkId } }),
});

const consent = defineRoute({
  method: "PUT",
  path: "/api/trainer/links/{id}/plan-consent",
  summary: "Allow (or stop allowing) your trainer to change your plan: swaps and regenerating",
  tags: ["trainer"],
  access: "authenticated",
  params: idParam,
  body: z.strictObject({ allow: z.boolean() }),
  response: z.strictObject({ link: linkSchema }),
  status: 200,
  handler: async (ctx) => ({
    link: await setLinkPlanConsent(ctx.deps, ctx.caller.userId, ctx.params.id, ctx.body.allow),
  }),
  example: async (fx) => {
    const { token, linkId } = await invitationForSubject(fx);
    await fx.request(fx.subject, "POST", "/api/trainer/invitations/accept", { token });
    return { params: { id: linkId }, body: { allow: true } };
  },
});

export const trainerRoutes: RouteModule = [invite, list, acceptToken, acceptId, end, consent];
