import type { CustomInterval } from "@leanback/core/training/custom-interval";
import { api } from "./client.js";
import { NetworkError } from "./errors.js";

/** A saved timer as the API answers it (GET /api/users/{userId}/intervals). */
export interface SavedInterval extends CustomInterval {
  readonly id: string;
  readonly totalSeconds: number;
  readonly updatedAt: number;
}

const cacheKey = (userId: string) => `leanback.intervals.${userId}`;

function cached(userId: string): SavedInterval[] | null {
  try {
    const raw = localStorage.getItem(cacheKey(userId));
    return raw === null ? null : (JSON.parse(raw) as SavedInterval[]);
  } catch {
    return null;
  }
}

/**
 * The user's own timers from the server (so every device has the same ones); the last answer
 * is kept on the device, so the timers still play offline in a gym.
 */
export async function loadIntervals(userId: string, signal?: AbortSignal): Promise<SavedInterval[]> {
  try {
    const r = await api.get<{ intervals: SavedInterval[] }>(
      "/api/users/me/intervals",
      signal ? { signal } : {},
    );
    try {
      localStorage.setItem(cacheKey(userId), JSON.stringify(r.intervals));
    } catch {
      // No room: the next offline visit just has no cached list.
    }
    return r.intervals;
  } catch (e) {
    const c = e instanceof NetworkError ? cached(userId) : null;
    if (c !== null) return c;
    throw e;
  }
}
