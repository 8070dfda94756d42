import type { Kysely } from "kysely";
import { uuidv7 } from "../ids.js";
import type { Database, TrainerAuditTable, TrainerCommentsTable } from "../schema.js";

export interface TrainerComment {
  id: string;
  clientId: string;
  authorId: string;
  subject: "week" | "session";
  subjectKey: string;
  body: string;
  createdAt: number;
}

export interface TrainerAuditEntry {
  id: string;
  clientId: string;
  trainerId: string;
  method: string;
  path: string;
  summary: string;
  createdAt: number;
}

function toComment(r: TrainerCommentsTable): TrainerComment {
  return {
    id: r.id,
    clientId: r.client_id,
    authorId: r.author_id,
    subject: r.subject,
    subjectKey: r.subject_key,
    body: r.body,
    createdAt: Number(r.created_at),
  };
}

/** Stores a comment on a client's week or planned session. */
export async function addComment(
  db: Kysely<Database>,
  input: Omit<TrainerComment, "id" | "createdAt">,
  now: number = Date.now(),
): Promise<TrainerComment> {
  const r: TrainerCommentsTable = {
    id: uuidv7(() => now),
    client_id: input.clientId,
    author_id: input.authorId,
    subject: input.subject,
    subject_key: input.subjectKey,
    body: input.body,
    created_at: now,
  };
  await db.insertInto("trainer_comments").values(r).execute();
  return toComment(r);
}

/** A client's comments, oldest first (`page`: skip offset rows, read at most limit). */
export async function listComments(
  db: Kysely<Database>,
  clientId: string,
  page?: { limit: number; offset: number },
): Promise<TrainerComment[]> {
  let q = db
    .selectFrom("trainer_comments")
    .selectAll()
    .where("client_id", "=", clientId)
    .orderBy("created_at")
    .orderBy("id");
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q.execute();
  return rows.map(toComment);
}

/** Records one change a trainer made to a client's data. */
export async function recordAudit(
  db: Kysely<Database>,
  input: Omit<TrainerAuditEntry, "id" | "createdAt">,
  now: number = Date.now(),
): Promise<void> {
  const r: TrainerAuditTable = {
    id: uuidv7(() => now),
    client_id: input.clientId,
    trainer_id: input.trainerId,
    method: input.method,
    path: input.path,
    summary: input.summary,
    created_at: now,
  };
  await db.insertInto("trainer_audit").values(r).execute();
}

/** What trainers changed in a client's data, newest first (`page`: skip offset, read at most limit). */
export async function listAudit(
  db: Kysely<Database>,
  clientId: string,
  page?: { limit: number; offset: number },
): Promise<TrainerAuditEntry[]> {
  let q = db
    .selectFrom("trainer_audit")
    .selectAll()
    .where("client_id", "=", clientId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc");
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    trainerId: r.trainer_id,
    method: r.method,
    path: r.path,
    summary: r.summary,
    createdAt: Number(r.created_at),
  }));
}
