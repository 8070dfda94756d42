import { describe, expect, it } from "vitest";
import { frequent, MAX_REMEMBERED, recent, remember, type RecentFood } from "./recent-foods.js";

const log = (list: RecentFood[], id: string, t: number) =>
  remember(list, { id, name: id.toUpperCase() }, { grams: 100 }, t);

describe("recent and frequent foods", () => {
  it("recent is newest first; frequent needs more than one use and ranks by uses", () => {
    let l: RecentFood[] = [];
    l = log(l, "oats", 1);
    l = log(l, "egg", 2);
    l = log(l, "oats", 3);
    l = log(l, "tuna", 4);
    l = log(l, "oats", 5);
    l = log(l, "egg", 6);
    expect(recent(l, 2).map((f) => f.id)).toEqual(["egg", "oats"]);
    expect(frequent(l, 5).map((f) => [f.id, f.uses])).toEqual([
      ["oats", 3],
      ["egg", 2],
    ]);
  });

  it("keeps at most MAX_REMEMBERED foods, dropping the least recent", () => {
    let l: RecentFood[] = [];
    for (let i = 0; i < MAX_REMEMBERED + 5; i++) l = log(l, `f${i}`, i);
    expect(l).toHaveLength(MAX_REMEMBERED);
    expect(l.some((f) => f.id === "f0")).toBe(false);
    expect(l[0]?.id).toBe(`f${MAX_REMEMBERED + 4}`);
  });
});
