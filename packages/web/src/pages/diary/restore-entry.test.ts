import { describe, expect, it } from "vitest";
import type { Entry } from "../../api/diary-api.js";
import { restoreRequest } from "./restore-entry.js";

const base: Entry = {
  id: "e1",
  date: "2026-11-20",
  meal: "lunch",
  foodId: "f1",
  foodName: "Chicken breast, roasted",
  grams: 141.748,
  portionLabel: "oz",
  portionCount: 5,
  kcal: 234,
  proteinG: 44,
  clientId: "c1",
};

describe("restoreRequest", () => {
  it("puts a food line back in the unit it was logged in, same clientId", () => {
    expect(restoreRequest(base)).toEqual({
      path: "/api/users/me/diary/2026-11-20/entries",
      body: { meal: "lunch", foodId: "f1", portion: "oz", count: 5, clientId: "c1", confirm: true },
    });
    expect(restoreRequest({ ...base, portionLabel: null, portionCount: null, grams: 80.5 }).body).toEqual({
      meal: "lunch",
      foodId: "f1",
      grams: 80.5,
      clientId: "c1",
      confirm: true,
    });
  });

  it("puts a quick add back as a quick add", () => {
    expect(
      restoreRequest({ ...base, foodId: null, foodName: null, grams: null, portionLabel: null, kcal: 250 }),
    ).toEqual({
      path: "/api/users/me/diary/2026-11-20/quick-add",
      body: { meal: "lunch", kcal: 250, clientId: "c1" },
    });
  });
});
