import { z } from "zod";
import { defineRoute, type RouteModule } from "../../http/route.js";
import { clientSummarySchema, trainerClients } from "./client-summary.js";
import {
  auditSchema,
  clientAudit,
  clientComments,
  commentInputSchema,
  commentSchema,
  postComment,
} from "./comments.js";
import { nextSchema, pageOf, pageQuery, pageRequest, type PageRule } from "../shared/page.js";

const COMMENT_PAGE: PageRule = { defaultLimit: 200, maxLimit: 500 };
const AUDIT_PAGE: PageRule = { defaultLimit: 100, maxLimit: 500 };
/** Each client's summary reads their week: a page holds fewer of them. */
const CLIENT_PAGE: PageRule = { defaultLimit: 50, maxLimit: 100 };

const clients = defineRoute({
  method: "GET",
  path: "/api/trainer/clients",
  summary:
    "Your accepted clients: adherence this week and over 4 weeks, trend and rate against plan, last check-in, flags (?limit= default 50, at most 100; ?cursor= the answer's `next`)",
  tags: ["trainer"],
  access: "authenticated",
  query: pageQuery(CLIENT_PAGE),
  response: z.strictObject({ clients: z.array(clientSummarySchema), next: nextSchema }),
  status: 200,
  handler: async (ctx) => {
    const page = pageRequest(ctx.query, CLIENT_PAGE);
    const { items, next } = pageOf(await trainerClients(ctx.deps, ctx.caller.userId, page), page);
    return { clients: items, next };
  },
  example: async () => ({}),
});

const listCommentsRoute = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/comments",
  summary:
    "Comments by the client and their trainers on the client's plan weeks and sessions, oldest first (?limit= default 200, at most 500; ?cursor= the answer's `next`)",
  tags: ["trainer"],
  access: "owner-or-trainer-read",
  query: pageQuery(COMMENT_PAGE),
  response: z.strictObject({ comments: z.array(commentSchema), next: nextSchema }),
  status: 200,
  handler: async (ctx) => {
    const page = pageRequest(ctx.query, COMMENT_PAGE);
    const { items, next } = pageOf(
      await clientComments(ctx.deps, ctx.subjectUserId, ctx.caller.userId, page),
      page,
    );
    return { comments: items, next };
  },
  example: async () => ({}),
});

const postCommentRoute = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/comments",
  summary: "Comment on a week or a planned session of the client's plan (the client or a linked trainer)",
  tags: ["trainer"],
  access: "owner-or-trainer-comment",
  body: commentInputSchema,
  response: commentSchema,
  status: 201,
  handler: async (ctx) => postComment(ctx.deps, ctx.subjectUserId, ctx.caller.userId, ctx.body),
  example: async () => ({
    body: { subject: "week" as const, subjectKey: "2026-11-30", body: "Strong week: keep the rows heavy." },
  }),
});

const auditRoute = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/trainer-audit",
  summary:
    "What trainers changed in the client's data, newest first (?limit= default 100, at most 500; ?cursor= the answer's `next`)",
  tags: ["trainer"],
  access: "owner-or-trainer-read",
  query: pageQuery(AUDIT_PAGE),
  response: z.strictObject({ entries: z.array(auditSchema), next: nextSchema }),
  status: 200,
  handler: async (ctx) => {
    const page = pageRequest(ctx.query, AUDIT_PAGE);
    const { items, next } = pageOf(await clientAudit(ctx.deps, ctx.subjectUserId, page), page);
    return { entries: items, next };
  },
  example: async () => ({}),
});

export const coachingRoutes: RouteModule = [clients, listCommentsRoute, postCommentRoute, auditRoute];
