import type { RecentFood } from "@leanback/core/nutrition/recent-foods";
import type { Food, FoodHit, Portion } from "../../api/diary-api.js";

/**
 * The foods this device has seen (search results, opened foods, recent foods), kept so the diary
 * can search and log them offline. `portions` is null until the food itself was opened (a search
 * result carries none); offline such a food is logged in grams or ounces.
 */
export interface SeenFood {
  readonly food: Food;
  readonly portions: readonly Portion[] | null;
  /** Epoch ms it was last seen: the oldest drop first beyond MAX_SEEN. */
  readonly seenAt: number;
}

export const MAX_SEEN = 400;

/** Only the Food fields (a search hit also carries match and uses, which belong to that search). */
function foodOnly(f: Food): Food {
  const { id, source, displayName, brand, category, barcode, per100g, tags } = f;
  return { id, source, displayName, brand, category, barcode, per100g, tags };
}

/**
 * The list after seeing `foods` at `now` (pure): newest first, known portions kept when a later
 * sighting (a search hit) brings none.
 */
export function rememberSeen(
  list: readonly SeenFood[],
  foods: readonly { food: Food; portions?: readonly Portion[] | null }[],
  now: number,
  max = MAX_SEEN,
): SeenFood[] {
  const byId = new Map(list.map((s) => [s.food.id, s]));
  for (const { food, portions } of foods)
    byId.set(food.id, {
      food: foodOnly(food),
      portions: portions ?? byId.get(food.id)?.portions ?? null,
      seenAt: now,
    });
  return [...byId.values()].sort((a, b) => b.seenAt - a.seenAt).slice(0, max);
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Offline search over the seen foods (pure): every query word must start a word of the name or
 * brand. The person's own use ranks first (more uses, then more recent), then a name that starts
 * with the query, then the shorter name.
 */
export function searchSeen(
  list: readonly SeenFood[],
  recents: readonly RecentFood[],
  q: string,
  limit: number,
): FoodHit[] {
  const query = words(q);
  if (query.length === 0) return [];
  const use = new Map(recents.map((r) => [r.id, r]));
  const hits = list.filter((s) => {
    const have = words(`${s.food.displayName} ${s.food.brand ?? ""}`);
    return query.every((w) => have.some((h) => h.startsWith(w)));
  });
  const starts = (s: SeenFood) => (words(s.food.displayName)[0]?.startsWith(query[0] ?? "") ? 1 : 0);
  return hits
    .sort((a, b) => {
      const ua = use.get(a.food.id);
      const ub = use.get(b.food.id);
      return (
        (ub?.uses ?? 0) - (ua?.uses ?? 0) ||
        (ub?.lastUsed ?? 0) - (ua?.lastUsed ?? 0) ||
        starts(b) - starts(a) ||
        a.food.displayName.length - b.food.displayName.length ||
        a.food.displayName.localeCompare(b.food.displayName)
      );
    })
    .slice(0, limit)
    .map((s) => ({ ...s.food, match: "offline", uses: use.get(s.food.id)?.uses ?? 0 }));
}

const key = (userId: string) => `leanback.seen-foods.${userId}`;

export function loadSeen(userId: string): SeenFood[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? "[]");
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (s): s is SeenFood =>
        typeof s === "object" &&
        s !== null &&
        typeof (s as SeenFood).seenAt === "number" &&
        typeof (s as SeenFood).food === "object" &&
        typeof (s as SeenFood).food.id === "string" &&
        typeof (s as SeenFood).food.displayName === "string" &&
        typeof (s as SeenFood).food.per100g === "object",
    );
  } catch {
    return [];
  }
}

export function saveSeen(userId: string, list: readonly SeenFood[]): void {
  try {
    localStorage.setItem(key(userId), JSON.stringify(list));
  } catch {
    // Quota or private mode: offline search then knows fewer foods.
  }
}
