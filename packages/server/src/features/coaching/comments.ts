import { z } from "zod";
import { addComment, listAudit, listComments } from "@leanback/db/repos/trainer-notes";
import type { UseCaseDeps } from "../shared/deps.js";
import { isoDate } from "../shared/dates.js";
import type { PageRequest } from "../shared/page.js";

/** A comment on a plan week (its first day) or on one planned session ("<date>/<n>": the n-th of that day). */
export const commentInputSchema = z.discriminatedUnion("subject", [
  z.strictObject({
    subject: z.literal("week"),
    subjectKey: isoDate,
    body: z.string().trim().min(1).max(2000),
  }),
  z.strictObject({
    subject: z.literal("session"),
    subjectKey: z.string().regex(/^\d{4}-\d{2}-\d{2}\/\d$/, "must be YYYY-MM-DD/<session of the day, 0–9>"),
    body: z.string().trim().min(1).max(2000),
  }),
]);
export type CommentInput = z.output<typeof commentInputSchema>;

export const commentSchema = z.strictObject({
  id: z.string(),
  /** Who wrote it, seen from the client's side. */
  author: z.enum(["trainer", "client"]),
  authorEmail: z.string(),
  subject: z.enum(["week", "session"]),
  subjectKey: z.string(),
  body: z.string(),
  createdAt: z.number(),
  /** The caller wrote it. */
  mine: z.boolean(),
});
export type CommentView = z.output<typeof commentSchema>;

export const auditSchema = z.strictObject({
  id: z.string(),
  trainerEmail: z.string(),
  method: z.string(),
  path: z.string(),
  summary: z.string(),
  createdAt: z.number(),
});

async function emails(deps: UseCaseDeps, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await deps.db
    .selectFrom("users")
    .select(["id", "email"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.email]));
}

/** The comments on a client's weeks and sessions, oldest first, as `callerId` sees them. */
export async function clientComments(
  deps: UseCaseDeps,
  clientId: string,
  callerId: string,
  page?: PageRequest,
): Promise<CommentView[]> {
  // A page reads one row more than it answers, so pageOf can tell whether there is a next one.
  const rows = await listComments(deps.db, clientId, page && { limit: page.limit + 1, offset: page.offset });
  const who = await emails(deps, [...new Set(rows.map((r) => r.authorId))]);
  return rows.map((r) => ({
    id: r.id,
    author: r.authorId === clientId ? "client" : "trainer",
    authorEmail: who.get(r.authorId) ?? "",
    subject: r.subject,
    subjectKey: r.subjectKey,
    body: r.body,
    createdAt: r.createdAt,
    mine: r.authorId === callerId,
  }));
}

/** The client or their trainer comments on a week or a session of the client's plan. */
export async function postComment(
  deps: UseCaseDeps,
  clientId: string,
  authorId: string,
  input: CommentInput,
): Promise<CommentView> {
  const c = await addComment(
    deps.db,
    { clientId, authorId, subject: input.subject, subjectKey: input.subjectKey, body: input.body },
    deps.now(),
  );
  const who = await emails(deps, [authorId]);
  return {
    id: c.id,
    author: authorId === clientId ? "client" : "trainer",
    authorEmail: who.get(authorId) ?? "",
    subject: c.subject,
    subjectKey: c.subjectKey,
    body: c.body,
    createdAt: c.createdAt,
    mine: true,
  };
}

/** What trainers changed in the client's data, newest first. */
export async function clientAudit(deps: UseCaseDeps, clientId: string, page?: PageRequest) {
  const rows = await listAudit(deps.db, clientId, page && { limit: page.limit + 1, offset: page.offset });
  const who = await emails(deps, [...new Set(rows.map((r) => r.trainerId))]);
  return rows.map((r) => ({
    id: r.id,
    trainerEmail: who.get(r.trainerId) ?? "",
    method: r.method,
    path: r.path,
    summary: r.summary,
    createdAt: r.createdAt,
  }));
}
