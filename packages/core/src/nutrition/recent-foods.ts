/** The amount last logged of a food, offered again: grams, or a count of a household portion. */
export interface LastAmount {
  readonly grams?: number;
  readonly portion?: string;
  readonly count?: number;
}

/** A food someone logs: how often, when last, and how much that time. */
export interface RecentFood {
  readonly id: string;
  readonly name: string;
  readonly uses: number;
  /** Epoch ms of the latest logging. */
  readonly lastUsed: number;
  readonly last: LastAmount;
}

/** One logged food line, as the recent-foods list reads it. */
export interface LoggedFood {
  readonly foodId: string;
  readonly name: string;
  /** Integer milligrams, as stored. */
  readonly mg: number;
  readonly portionLabel: string | null;
  readonly portionCount: number | null;
  /** Epoch ms the line was logged. */
  readonly loggedAt: number;
}

/**
 * Folds logged lines into recent foods, most recently used first, at most `max`. The amount
 * offered again is the latest line's: its portion and count, else its grams.
 *
 * @example
 * recentFoods([{ foodId: "egg", name: "Egg", mg: 100_000, portionLabel: "1 large", portionCount: 2, loggedAt: 5 }], 10);
 * // → [{ id: "egg", name: "Egg", uses: 1, lastUsed: 5, last: { portion: "1 large", count: 2 } }]
 */
export function recentFoods(lines: readonly LoggedFood[], max: number): RecentFood[] {
  const byFood = new Map<string, RecentFood>();
  for (const line of lines) {
    const seen = byFood.get(line.foodId);
    const latest = seen === undefined || line.loggedAt > seen.lastUsed;
    const last: LastAmount =
      line.portionLabel !== null
        ? { portion: line.portionLabel, count: line.portionCount ?? 1 }
        : { grams: line.mg / 1000 };
    byFood.set(line.foodId, {
      id: line.foodId,
      name: line.name,
      uses: (seen?.uses ?? 0) + 1,
      lastUsed: latest ? line.loggedAt : seen.lastUsed,
      last: latest ? last : seen.last,
    });
  }
  return byRecency([...byFood.values()], max);
}

/** Most recently used first (ties by name), at most `max`. */
function byRecency(list: RecentFood[], max: number): RecentFood[] {
  return list
    .sort((a, b) => b.lastUsed - a.lastUsed || a.name.localeCompare(b.name))
    .slice(0, Math.max(0, max));
}

/**
 * One list from two sources of the same person's recent foods (e.g. the server's and this
 * device's, which may hold lines not sent yet): per food the higher use count and the later
 * use with its amount; most recent first, at most `max`.
 *
 * @example
 * mergeRecentFoods([{ id: "a", name: "A", uses: 3, lastUsed: 10, last: { grams: 50 } }],
 *   [{ id: "a", name: "A", uses: 1, lastUsed: 20, last: { grams: 80 } }], 10);
 * // → [{ id: "a", name: "A", uses: 3, lastUsed: 20, last: { grams: 80 } }]
 */
export function mergeRecentFoods(
  a: readonly RecentFood[],
  b: readonly RecentFood[],
  max: number,
): RecentFood[] {
  const out = new Map<string, RecentFood>();
  for (const f of [...a, ...b]) {
    const seen = out.get(f.id);
    if (seen === undefined) {
      out.set(f.id, f);
      continue;
    }
    const later = f.lastUsed > seen.lastUsed ? f : seen;
    out.set(f.id, { ...later, uses: Math.max(f.uses, seen.uses) });
  }
  return byRecency([...out.values()], max);
}
