import type { RecentFood } from "@leanback/core/nutrition/recent-foods";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { NetworkError } from "../../api/errors.js";
import { diaryApi, type Food, type FoodHit, type Portion } from "../../api/diary-api.js";
import { frequent, recent } from "./recent-foods.js";
import { loadSeen, rememberSeen, saveSeen, searchSeen } from "./seen-foods.js";

/** Results per search, as online (diaryApi.search asks for 12). */
const LIMIT = 12;

export interface FoodDetail {
  readonly food: Food;
  readonly portions: Portion[];
}

/**
 * The diary's food reads with an offline fallback: every search result and opened food is kept
 * on this device (seen-foods.ts), and without a connection search and the portion form use those.
 * Offline results have `match: "offline"`, which the search box says.
 */
export function offlineFoods(userId: string, recents: () => readonly RecentFood[]) {
  const keep = (foods: readonly { food: Food; portions?: readonly Portion[] | null }[]) => {
    if (foods.length > 0) saveSeen(userId, rememberSeen(loadSeen(userId), foods, Date.now()));
  };
  const local = (q: string) => searchSeen(loadSeen(userId), recents(), q, LIMIT);

  async function search(q: string, signal: AbortSignal): Promise<FoodHit[]> {
    if (!navigator.onLine) return local(q);
    try {
      const hits = await diaryApi.search(q, signal);
      keep(hits.map((food) => ({ food })));
      return hits;
    } catch (e) {
      if (e instanceof NetworkError) return local(q);
      throw e;
    }
  }

  async function food(id: string, signal?: AbortSignal): Promise<FoodDetail> {
    try {
      const d = await diaryApi.food(id, signal);
      keep([{ food: d.food, portions: d.portions }]);
      return d;
    } catch (e) {
      if (!(e instanceof NetworkError)) throw e;
      const seen = loadSeen(userId).find((s) => s.food.id === id);
      if (!seen) throw new NetworkError("Offline: this food has not been opened on this device yet.");
      return { food: seen.food, portions: [...(seen.portions ?? [])] };
    }
  }

  /**
   * Opens (in the background, one at a time) the recent and frequent foods this device has no
   * portions for yet, so they can be logged offline too.
   */
  async function prefetch(ids: readonly string[], signal: AbortSignal): Promise<void> {
    const known = new Set(
      loadSeen(userId)
        .filter((s) => s.portions !== null)
        .map((s) => s.food.id),
    );
    for (const id of ids) {
      if (signal.aborted || !navigator.onLine) return;
      if (known.has(id)) continue;
      await food(id, signal).catch(() => undefined);
    }
  }

  return { search, food, prefetch };
}

export type OfflineFoods = ReturnType<typeof offlineFoods>;

/**
 * The diary's offline-capable food reads for `userId`, ranking by `recents`; the recent and
 * frequent foods it offers as chips are opened ahead so that they log offline too.
 */
export function useOfflineFoods(userId: string, recents: readonly RecentFood[]): OfflineFoods {
  const recentsRef = useRef(recents);
  recentsRef.current = recents;
  const foods = useMemo(() => offlineFoods(userId, () => recentsRef.current), [userId]);
  const chipIds = [...recent(recents, 6), ...frequent(recents, 6)].map((f) => f.id).join(",");
  useEffect(() => {
    const ac = new AbortController();
    void foods.prefetch(chipIds === "" ? [] : chipIds.split(","), ac.signal);
    return () => ac.abort();
  }, [foods, chipIds]);
  return foods;
}
