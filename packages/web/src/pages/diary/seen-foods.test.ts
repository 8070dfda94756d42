import { describe, expect, it } from "vitest";
import type { RecentFood } from "./recent-foods.js";
import type { Food } from "../../api/diary-api.js";
import { rememberSeen, searchSeen } from "./seen-foods.js";

const food = (id: string, displayName: string, brand: string | null = null): Food => ({
  id,
  source: "usda-sr28",
  displayName,
  brand,
  category: null,
  barcode: null,
  per100g: {
    kcal: 100,
    proteinG: 10,
    fatG: 1,
    carbG: 1,
    fiberG: null,
    sugarG: null,
    satFatG: null,
    sodiumMg: null,
  },
  tags: [],
});
const used = (id: string, uses: number, lastUsed: number): RecentFood => ({
  id,
  name: id,
  uses,
  lastUsed,
  last: { grams: 100 },
});

describe("seen foods", () => {
  it("keeps the portions a food was opened with when a later search hit brings none", () => {
    const egg = food("egg", "Egg, whole");
    let l = rememberSeen([], [{ food: egg, portions: [{ label: "1 large", grams: 50 }] }], 1);
    l = rememberSeen(l, [{ food: { ...egg, displayName: "Egg, whole, raw" } }], 2);
    expect(l).toEqual([
      {
        food: { ...egg, displayName: "Egg, whole, raw" },
        portions: [{ label: "1 large", grams: 50 }],
        seenAt: 2,
      },
    ]);
  });

  it("drops the longest unseen beyond the limit and stores no search fields", () => {
    let l = rememberSeen([], [{ food: food("a", "A") }], 1, 2);
    l = rememberSeen(l, [{ food: { ...food("b", "B"), match: "exact", uses: 3 } as Food }], 2, 2);
    l = rememberSeen(l, [{ food: food("c", "C") }], 3, 2);
    expect(l.map((s) => s.food.id)).toEqual(["c", "b"]);
    expect(Object.keys(l[1]?.food ?? {})).not.toContain("match");
  });

  it("matches every query word at a word start of the name or brand, accents ignored", () => {
    const l = rememberSeen(
      [],
      [
        { food: food("ch", "Chicken breast, roasted") },
        { food: food("chs", "Cheese, cheddar") },
        { food: food("cr", "Crème fraîche", "Elle") },
        { food: food("pea", "Chickpeas") },
      ],
      1,
    );
    expect(searchSeen(l, [], "chick bre", 10).map((h) => h.id)).toEqual(["ch"]);
    expect(searchSeen(l, [], "creme", 10).map((h) => h.id)).toEqual(["cr"]);
    expect(searchSeen(l, [], "elle", 10).map((h) => h.id)).toEqual(["cr"]);
    expect(searchSeen(l, [], "icken", 10)).toEqual([]);
    expect(searchSeen(l, [], "  ", 10)).toEqual([]);
  });

  it("ranks the person's own foods first (uses, then recency), then names starting with the query, then shorter", () => {
    const l = rememberSeen(
      [],
      [
        { food: food("yogurt", "Yogurt, greek, plain") },
        { food: food("milk", "Milk, whole") },
        { food: food("choc", "Chocolate milk") },
        { food: food("skim", "Milk, skim, fortified") },
      ],
      1,
    );
    expect(searchSeen(l, [], "milk", 10).map((h) => h.id)).toEqual(["milk", "skim", "choc"]);
    const mine = [used("choc", 1, 50), used("skim", 3, 10)];
    const hits = searchSeen(l, mine, "milk", 2);
    expect(hits.map((h) => [h.id, h.uses, h.match])).toEqual([
      ["skim", 3, "offline"],
      ["choc", 1, "offline"],
    ]);
  });
});
