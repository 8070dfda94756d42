import type { Swaps } from "./plan-model.js";

// Swaps live with the server's plan (PUT plan/swaps/{exerciseId}). This browser store keeps only
// swaps made offline (and those from before the server kept them), per user and per program id,
// until syncLocalSwaps sends them.
const key = (userId: string) => `leanback.plan-swaps.${userId}`;

type Stored = Record<string, Record<string, string>>;

function read(userId: string): Stored {
  try {
    const raw = localStorage.getItem(key(userId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === "object" ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

/** The swaps saved for one plan of one user. */
export function loadSwaps(userId: string, planId: string): Swaps {
  return read(userId)[planId] ?? {};
}

/** Saves one swap (from → to) for a plan; swapping back to the original removes it. */
export function saveSwap(userId: string, planId: string, from: string, to: string): Swaps {
  const all = read(userId);
  const current: Record<string, string> = { ...(all[planId] ?? {}) };
  // A swap of an already swapped exercise replaces the original's entry.
  const original = Object.keys(current).find((k) => current[k] === from) ?? from;
  if (original === to) delete current[original];
  else current[original] = to;
  // Only the current plan's swaps are kept: an old plan's swaps would never be read again.
  const next: Stored = { [planId]: current };
  try {
    localStorage.setItem(key(userId), JSON.stringify(next));
  } catch {
    // Storage full or private mode: the swap holds for this visit only.
  }
  return current;
}

/** Forgets this browser's swaps of a user (after they were sent to the server). */
export function clearSwaps(userId: string): void {
  try {
    localStorage.removeItem(key(userId));
  } catch {
    // Nothing stored or storage unavailable: nothing to forget.
  }
}
