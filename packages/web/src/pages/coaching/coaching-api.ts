// The trainer workspace's API answers (server features/coaching): client summaries, comments and
// the audit of what trainers changed. Every client path is /api/users/{clientId}/…, which the
// server answers only while the client's link to the caller is accepted.
import { api } from "../../api/client.js";

export type ClientFlag = "stalled" | "too-fast" | "no-log";

export interface Adherence {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly sessionsPlanned: number;
  readonly sessionsDone: number;
  readonly diaryDaysComplete: number;
  readonly weighInDays: number;
}

export interface ClientSummary {
  readonly linkId: string;
  readonly userId: string;
  readonly email: string;
  readonly displayName: string | null;
  readonly planConsent: boolean;
  readonly hasProfile: boolean;
  readonly today: string;
  readonly thisWeek: Adherence;
  readonly fourWeeks: Adherence;
  readonly trendKg: number | null;
  readonly kgPerWeek: number | null;
  readonly plannedKgPerWeek: number | null;
  readonly lastCheckIn: {
    readonly weekStart: string;
    readonly proposedKcal: number;
    readonly accepted: boolean | null;
  } | null;
  readonly lastLogDate: string | null;
  readonly flags: readonly ClientFlag[];
}

export interface Comment {
  readonly id: string;
  readonly author: "trainer" | "client";
  readonly authorEmail: string;
  readonly subject: "week" | "session";
  readonly subjectKey: string;
  readonly body: string;
  readonly createdAt: number;
  readonly mine: boolean;
}

export interface AuditEntry {
  readonly id: string;
  readonly trainerEmail: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly createdAt: number;
}

export const coachingApi = {
  /** Every accepted client: the server answers pages of at most 100; this follows `next`. */
  clients: async (signal?: AbortSignal): Promise<{ clients: ClientSummary[] }> => {
    const clients: ClientSummary[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> =
        cursor === null ? { limit: 100 } : { limit: 100, cursor };
      const page: { clients: ClientSummary[]; next: string | null } = await api.get("/api/trainer/clients", {
        query,
        ...(signal ? { signal } : {}),
      });
      clients.push(...page.clients);
      cursor = page.next;
    } while (cursor !== null);
    return { clients };
  },
  comments: (userId: string, signal?: AbortSignal) =>
    api.get<{ comments: Comment[] }>(
      `/api/users/${encodeURIComponent(userId)}/comments`,
      signal ? { signal } : {},
    ),
  comment: (userId: string, body: { subject: "week" | "session"; subjectKey: string; body: string }) =>
    api.post<Comment>(`/api/users/${encodeURIComponent(userId)}/comments`, body),
  audit: (userId: string, signal?: AbortSignal) =>
    api.get<{ entries: AuditEntry[] }>(
      `/api/users/${encodeURIComponent(userId)}/trainer-audit`,
      signal ? { signal } : {},
    ),
};
