import { describe, expect, it } from "vitest";
import type { Caller } from "../http/route.js";
import { createSessionCache } from "./session-cache.js";

const caller = (userId: string, sessionId: string): Caller => ({
  userId,
  sessionId,
  email: `${userId}@example.org`,
  role: "user",
});

describe("session cache", () => {
  it("returns an entry until its time, then forgets it", () => {
    const cache = createSessionCache(10);
    cache.set("h1", caller("u1", "s1"), 1_000, cache.generation());
    expect(cache.get("h1", 999)?.sessionId).toBe("s1");
    expect(cache.get("h1", 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("holds at most maxEntries, dropping the oldest first", () => {
    const cache = createSessionCache(3);
    for (let i = 1; i <= 4; i++) cache.set(`h${i}`, caller("u", `s${i}`), 10_000, cache.generation());
    expect(cache.size).toBe(3);
    expect(cache.get("h1", 0)).toBeUndefined();
    expect(cache.get("h4", 0)?.sessionId).toBe("s4");
  });

  it("refuses a lookup result when something was forgotten while the lookup ran", () => {
    const cache = createSessionCache(10);
    const seen = cache.generation();
    cache.forgetSession("s1"); // a logout raced the lookup
    cache.set("h1", caller("u1", "s1"), 10_000, seen);
    expect(cache.get("h1", 0)).toBeUndefined();
    cache.set("h1", caller("u1", "s1"), 10_000, cache.generation());
    expect(cache.get("h1", 0)).toBeDefined();
  });

  it("forgets one session, or every session of a user except the one kept", () => {
    const cache = createSessionCache(10);
    const g = () => cache.generation();
    cache.set("a", caller("u1", "s1"), 10_000, g());
    cache.set("b", caller("u1", "s2"), 10_000, g());
    cache.set("c", caller("u1", "s3"), 10_000, g());
    cache.set("d", caller("u2", "s4"), 10_000, g());
    cache.forgetSession("s1");
    expect(cache.get("a", 0)).toBeUndefined();
    cache.forgetUser("u1", "s3");
    expect(cache.get("b", 0)).toBeUndefined();
    expect(cache.get("c", 0)?.sessionId).toBe("s3");
    expect(cache.get("d", 0)?.sessionId).toBe("s4");
    cache.forgetUser("u1");
    expect(cache.get("c", 0)).toBeUndefined();
  });
});
