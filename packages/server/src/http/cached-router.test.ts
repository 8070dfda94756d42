import { describe, expect, it } from "vitest";
import type { Result, Router } from "hono/router";
import { TrieRouter } from "hono/router/trie-router";
import { cachedRouter } from "./cached-router.js";

/** A trie that counts how often it is asked, to see what the cache answers by itself. */
function counting(): Router<string> & { calls: number } {
  const inner = new TrieRouter<string>();
  const r = {
    name: "counting",
    calls: 0,
    add: (m: string, p: string, h: string) => inner.add(m, p, h),
    match(m: string, p: string): Result<string> {
      r.calls++;
      return inner.match(m, p);
    },
  };
  return r;
}

function handlers(result: Result<string>): Array<[string, Record<string, string>]> {
  const [matches, stash] = result;
  return matches.map(([h, params]) => {
    const resolved: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) {
      resolved[k] = stash ? String(stash[v as number]) : String(v);
    }
    return [h, resolved];
  });
}

describe("cachedRouter", () => {
  it("answers a repeated path from memory with the inner router's result", () => {
    const inner = counting();
    const r = cachedRouter(inner, 8);
    r.add("GET", "/api/users/:userId/weigh-ins", "list");
    r.add("GET", "/api/users/:userId/workouts/records", "records");
    r.add("GET", "/api/users/:userId/workouts/:id", "workout");
    const first = r.match("GET", "/api/users/me/weigh-ins");
    expect(r.match("GET", "/api/users/me/weigh-ins")).toBe(first);
    expect(inner.calls).toBe(1);
    expect(handlers(first)).toEqual([["list", { userId: "me" }]]);
    // Static beside a parameter, as the trie decides it, and per-path parameters kept apart.
    expect(handlers(r.match("GET", "/api/users/me/workouts/records"))[0]?.[0]).toBe("records");
    expect(handlers(r.match("GET", "/api/users/me/workouts/a1"))).toEqual([
      ["workout", { userId: "me", id: "a1" }],
    ]);
    expect(handlers(r.match("GET", "/api/users/me/workouts/b2"))).toEqual([
      ["workout", { userId: "me", id: "b2" }],
    ]);
    // The method is part of the key.
    expect(handlers(r.match("POST", "/api/users/me/weigh-ins"))).toEqual([]);
  });

  it("never remembers a path nothing matched", () => {
    const inner = counting();
    const r = cachedRouter(inner, 8);
    r.add("GET", "/a", "a");
    r.match("GET", "/nope");
    r.match("GET", "/nope");
    expect(inner.calls).toBe(2);
  });

  it("keeps at most maxEntries, dropping the oldest", () => {
    const inner = counting();
    const r = cachedRouter(inner, 2);
    r.add("GET", "/x/:id", "x");
    r.match("GET", "/x/1");
    r.match("GET", "/x/2");
    r.match("GET", "/x/3"); // evicts /x/1
    const before = inner.calls;
    r.match("GET", "/x/3");
    r.match("GET", "/x/2");
    expect(inner.calls).toBe(before);
    r.match("GET", "/x/1");
    expect(inner.calls).toBe(before + 1);
  });

  it("forgets what it remembered when a route is added", () => {
    const inner = counting();
    const r = cachedRouter(inner, 8);
    r.add("GET", "/a/:id", "param");
    expect(handlers(r.match("GET", "/a/1")).map(([h]) => h)).toEqual(["param"]);
    r.add("GET", "/a/1", "static");
    expect(handlers(r.match("GET", "/a/1")).map(([h]) => h)).toEqual(["param", "static"]);
  });
});
