/**
 * Recent and frequent foods of this browser: every logged food bumps its count and last-used
 * time. Kept locally (the API has no endpoint for it yet) and capped, so the list stays small.
 */

export interface RecentFood {
  readonly id: string;
  readonly name: string;
  readonly uses: number;
  readonly lastUsed: number;
  /** The amount last logged, to offer it again. */
  readonly last: { readonly grams?: number; readonly portion?: string; readonly count?: number };
}

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
