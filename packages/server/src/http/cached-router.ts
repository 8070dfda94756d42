import type { Result, Router } from "hono/router";

/**
 * A router that remembers its last `maxEntries` matches by method and path in front of another.
 * Our routes defeat Hono's RegExpRouter (a static segment beside a parameter, e.g.
 * /workouts/records and /workouts/{id}), so Hono falls back to its trie, which walks and
 * allocates on every request; most API traffic repeats a few paths (/api/users/me/…), so one
 * map lookup answers them (bench/http.ts; ADR 0008). Misses and random ids cost the inner match
 * plus one map write; paths nothing matched are never remembered, so scanning for 404s cannot
 * evict anything. Match results are read-only to Hono, so sharing one between requests is safe.
 *
 * @example
 * const app = new Hono({ router: cachedRouter(new TrieRouter(), 1024) });
 */
export function cachedRouter<T>(inner: Router<T>, maxEntries: number): Router<T> {
  const cache = new Map<string, Result<T>>();
  return {
    name: `cached(${inner.name})`,
    add(method, path, handler) {
      cache.clear();
      inner.add(method, path, handler);
    },
    match(method, path) {
      const key = `${method} ${path}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const result = inner.match(method, path);
      if (result[0].length === 0) return result;
      if (cache.size >= maxEntries) {
        // Insertion order: the oldest entry goes first.
        const oldest = cache.keys().next();
        if (oldest.done !== true) cache.delete(oldest.value);
      }
      cache.set(key, result);
      return result;
    },
  };
}
