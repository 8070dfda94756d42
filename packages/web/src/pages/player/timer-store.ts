import { z } from "zod";
import type { TimerRun } from "./timer-run.js";

/**
 * Keeps a timer's start instant and pauses in localStorage, so a reload, a killed tab or a
 * phone that slept resumes at the right second. Storage is a boundary: what comes back is
 * parsed, and anything unreadable counts as "no timer running".
 */

const PREFIX = "leanback.timer.";
/** The cue settings (timer-view.tsx) share the prefix but are not a run. */
export const SETTINGS_KEY = `${PREFIX}cues`;

const instant = z.number().finite().min(0);
const runSchema = z.object({
  startMs: instant,
  pauses: z.array(z.tuple([instant, instant.nullable()])).max(10_000),
  /** What the run belongs to; a stored run of another timeline is ignored. */
  timelineKey: z.string().min(1).max(200),
});

type StoredRun = TimerRun & { readonly timelineKey: string };

/** The storage key of timer `id` (e.g. "timer:boxing-30-30" or "player:2026-11-20:set-3"). */
function key(id: string): string {
  return PREFIX + id;
}

/** The stored run of timer `id` for this timeline, or null (none, corrupt, or another timeline). */
export function loadRun(storage: Storage, id: string, timelineKey: string): TimerRun | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key(id));
  } catch {
    return null;
  }
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = runSchema.safeParse(json);
  if (!parsed.success || parsed.data.timelineKey !== timelineKey) return null;
  return { startMs: parsed.data.startMs, pauses: parsed.data.pauses };
}

export function saveRun(storage: Storage, id: string, timelineKey: string, run: TimerRun): void {
  const value: StoredRun = { startMs: run.startMs, pauses: run.pauses, timelineKey };
  try {
    storage.setItem(key(id), JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the timer still runs, it just will not survive a reload.
  }
}

export function clearRun(storage: Storage, id: string): void {
  try {
    storage.removeItem(key(id));
  } catch {
    // Nothing stored then.
  }
}

/** Runs older than this are forgotten: no session lasts a day, and a stale "Done" helps nobody. */
export const MAX_RUN_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes every stored run that started more than `maxAgeMs` before `nowMs`, or that cannot be
 * read. Rest timers of finished workouts would otherwise pile up in storage. Returns how many
 * were removed.
 */
export function pruneRuns(storage: Storage, nowMs: number, maxAgeMs = MAX_RUN_AGE_MS): number {
  const stale: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k === null || !k.startsWith(PREFIX) || k === SETTINGS_KEY) continue;
      let parsed: ReturnType<typeof runSchema.safeParse>;
      try {
        parsed = runSchema.safeParse(JSON.parse(storage.getItem(k) ?? "null"));
      } catch {
        stale.push(k);
        continue;
      }
      if (!parsed.success || parsed.data.startMs < nowMs - maxAgeMs) stale.push(k);
    }
    for (const k of stale) storage.removeItem(k);
  } catch {
    return 0;
  }
  return stale.length;
}
