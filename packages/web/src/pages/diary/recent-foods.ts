import type { RecentFood } from "@leanback/core/nutrition/recent-foods";

export type { RecentFood } from "@leanback/core/nutrition/recent-foods";

/**
 * Recent and frequent foods. The server folds them from the diary (GET /foods/recent), so they
 * follow the person across devices; this device also keeps its own list in localStorage, which
 * works offline and holds entries still waiting in the outbox. The page merges the two
 * (mergeRecentFoods in core). Every logged food bumps its local count and last-used time.
 */

export const MAX_REMEMBERED = 60;

/** The list after logging `food` at `now` (pure). Oldest entries drop beyond MAX_REMEMBERED. */
export function remember(
  list: readonly RecentFood[],
  food: { id: string; name: string },
  last: RecentFood["last"],
  now: number,
): RecentFood[] {
  const prev = list.find((f) => f.id === food.id);
  const next: RecentFood = { id: food.id, name: food.name, uses: (prev?.uses ?? 0) + 1, lastUsed: now, last };
  return [next, ...list.filter((f) => f.id !== food.id)]
    .sort((a, b) => b.lastUsed - a.lastUsed)
    .slice(0, MAX_REMEMBERED);
}

/** Most recently used first. */
export function recent(list: readonly RecentFood[], n: number): RecentFood[] {
  return [...list].sort((a, b) => b.lastUsed - a.lastUsed).slice(0, n);
}

/** Most used first (ties: more recent first); foods used once are not "frequent". */
export function frequent(list: readonly RecentFood[], n: number): RecentFood[] {
  return list
    .filter((f) => f.uses > 1)
    .sort((a, b) => b.uses - a.uses || b.lastUsed - a.lastUsed)
    .slice(0, n);
}

const key = (userId: string) => `leanback.recent-foods.${userId}`;

export function loadRecent(userId: string): RecentFood[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? "[]");
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (f): f is RecentFood =>
        typeof f === "object" &&
        f !== null &&
        typeof (f as RecentFood).id === "string" &&
        typeof (f as RecentFood).name === "string" &&
        typeof (f as RecentFood).uses === "number" &&
        typeof (f as RecentFood).lastUsed === "number",
    );
  } catch {
    return [];
  }
}

export function saveRecent(userId: string, list: readonly RecentFood[]): void {
  try {
    localStorage.setItem(key(userId), JSON.stringify(list));
  } catch {
    // Quota or private mode: the list just is not kept.
  }
}
