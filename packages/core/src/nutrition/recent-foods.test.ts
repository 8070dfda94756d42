import { describe, expect, it } from "vitest";
import { mergeRecentFoods, recentFoods, type LoggedFood } from "./recent-foods.js";

const line = (foodId: string, loggedAt: number, amount: Partial<LoggedFood> = {}): LoggedFood => ({
  foodId,
  name: foodId.toUpperCase(),
  mg: 100_000,
  portionLabel: null,
  portionCount: null,
  loggedAt,
  ...amount,
});

describe("recentFoods", () => {
  it("counts uses, keeps the latest amount, and lists the most recent first", () => {
    const list = recentFoods(
      [
        line("egg", 30, { portionLabel: "1 large", portionCount: 2 }),
        line("oats", 50, { mg: 40_000 }),
        line("egg", 10, { mg: 55_500 }),
        line("egg", 20, { mg: 70_000 }),
      ],
      10,
    );
    expect(list).toEqual([
      { id: "oats", name: "OATS", uses: 1, lastUsed: 50, last: { grams: 40 } },
      { id: "egg", name: "EGG", uses: 3, lastUsed: 30, last: { portion: "1 large", count: 2 } },
    ]);
  });

  it("stops at max and answers nothing for no lines", () => {
    expect(recentFoods([line("a", 1), line("b", 2), line("c", 3)], 2).map((f) => f.id)).toEqual(["c", "b"]);
    expect(recentFoods([], 5)).toEqual([]);
  });
});

describe("mergeRecentFoods", () => {
  it("per food: the higher count and the later use with its amount", () => {
    const server = [
      { id: "a", name: "A", uses: 5, lastUsed: 10, last: { grams: 50 } },
      { id: "b", name: "B", uses: 1, lastUsed: 40, last: { grams: 10 } },
    ];
    const device = [{ id: "a", name: "A", uses: 2, lastUsed: 30, last: { portion: "1 cup", count: 1 } }];
    expect(mergeRecentFoods(server, device, 10)).toEqual([
      { id: "b", name: "B", uses: 1, lastUsed: 40, last: { grams: 10 } },
      { id: "a", name: "A", uses: 5, lastUsed: 30, last: { portion: "1 cup", count: 1 } },
    ]);
    expect(mergeRecentFoods(server, device, 1).map((f) => f.id)).toEqual(["b"]);
  });
});
