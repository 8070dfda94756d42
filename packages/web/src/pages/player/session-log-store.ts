import { z } from "zod";
import { emptyLog, type SessionLog } from "../../api/workout-log.js";

/**
 * The player's unsaved progress (logged sets, current step) in localStorage, so a reload or a
 * phone that killed the tab mid-workout loses nothing. Parsed on the way back in.
 */

const setSchema = z.object({
  exerciseId: z.string(),
  reps: z.number().nullable(),
  durationS: z.number().nullable(),
  loadType: z.enum(["external", "bodyweight", "assisted", "band", "none"]),
  loadKg: z.number().nullable(),
  assistanceKg: z.number().nullable(),
});
const storedSchema = z.object({
  step: z.int().min(0),
  clientId: z.string().min(8),
  log: z.object({
    startedAt: z.number(),
    sets: z.array(setSchema),
    cardio: z.array(z.object({ exerciseId: z.string(), modality: z.string(), durationS: z.number() })),
    done: z.array(z.int()),
  }),
});

export interface StoredSession {
  readonly step: number;
  /** Idempotency key of the eventual POST: a retried save stores one workout. */
  readonly clientId: string;
  readonly log: SessionLog;
}

const key = (id: string) => `leanback.player.${id}`;

export function loadSession(id: string, fresh: () => StoredSession): StoredSession {
  try {
    const raw = localStorage.getItem(key(id));
    if (raw !== null) {
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    }
  } catch {
    // Unreadable: start fresh.
  }
  return fresh();
}

export function saveSession(id: string, s: StoredSession): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(s));
  } catch {
    // Quota or private mode: progress lives for this visit only.
  }
}

export function clearSession(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // Nothing to clear.
  }
}

export function freshSession(now: number, clientId: string): StoredSession {
  return { step: 0, clientId, log: emptyLog(now) };
}

/** Unsaved sessions started this long ago are abandoned: drop them instead of resuming them. */
export const MAX_SESSION_AGE_MS = 2 * 24 * 60 * 60 * 1000;

/** Removes stored sessions started before `nowMs - maxAgeMs` and unreadable ones. */
export function pruneSessions(storage: Storage, nowMs: number, maxAgeMs = MAX_SESSION_AGE_MS): number {
  const stale: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k === null || !k.startsWith(key(""))) continue;
      let parsed: ReturnType<typeof storedSchema.safeParse>;
      try {
        parsed = storedSchema.safeParse(JSON.parse(storage.getItem(k) ?? "null"));
      } catch {
        stale.push(k);
        continue;
      }
      if (!parsed.success || parsed.data.log.startedAt < nowMs - maxAgeMs) stale.push(k);
    }
    for (const k of stale) storage.removeItem(k);
  } catch {
    return 0;
  }
  return stale.length;
}
