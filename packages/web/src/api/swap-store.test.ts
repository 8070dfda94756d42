import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryStorage } from "../testing/memory-storage.js";
import { loadSwaps, saveSwap } from "./swap-store.js";

// Node has no localStorage: an in-memory one for the store under test.

const g = globalThis as { localStorage?: unknown };
beforeEach(() => {
  g.localStorage = memoryStorage();
});
afterEach(() => {
  delete g.localStorage;
});

describe("swap store", () => {
  it("keeps swaps per user and plan", () => {
    saveSwap("u1", "plan-a", "pullup", "chinup");
    expect(loadSwaps("u1", "plan-a")).toEqual({ pullup: "chinup" });
    expect(loadSwaps("u2", "plan-a")).toEqual({});
    expect(loadSwaps("u1", "plan-b")).toEqual({});
  });

  it("a second swap of a swapped exercise replaces the original's entry; swapping back removes it", () => {
    saveSwap("u1", "p", "pullup", "chinup");
    saveSwap("u1", "p", "chinup", "pullup-band-assisted");
    expect(loadSwaps("u1", "p")).toEqual({ pullup: "pullup-band-assisted" });
    saveSwap("u1", "p", "pullup-band-assisted", "pullup");
    expect(loadSwaps("u1", "p")).toEqual({});
  });

  it("a regenerated plan (new id) starts clean and the old plan's swaps are dropped", () => {
    saveSwap("u1", "old", "pullup", "chinup");
    saveSwap("u1", "new", "goblet-squat", "squat-bodyweight");
    expect(loadSwaps("u1", "old")).toEqual({});
    expect(loadSwaps("u1", "new")).toEqual({ "goblet-squat": "squat-bodyweight" });
  });

  it("treats unreadable storage as no swaps", () => {
    (g.localStorage as Storage).setItem("leanback.plan-swaps.u1", "{not json");
    expect(loadSwaps("u1", "p")).toEqual({});
  });
});
