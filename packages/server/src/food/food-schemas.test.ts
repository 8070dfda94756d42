import { describe, expect, it } from "vitest";
import { entryInputSchema, entryPatchSchema, quickAddSchema } from "./food-schemas.js";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

describe("diary amount rules", () => {
  it("are said in words a person can act on, naming the field", () => {
    const base = { meal: "lunch", foodId: "f" };
    expect(messages(entryInputSchema.safeParse({ ...base, portion: "oz", count: 150 }))).toEqual([
      "count: one entry can be at most 100 of a unit",
    ]);
    expect(messages(entryInputSchema.safeParse({ ...base, grams: 0 }))).toEqual([
      "grams: must be more than 0 g",
    ]);
    expect(messages(entryInputSchema.safeParse({ ...base, grams: 6000 }))).toEqual([
      "grams: one entry can be at most 5,000 g",
    ]);
    expect(messages(entryPatchSchema.safeParse({ count: 0 }))).toEqual(["count: must be more than 0"]);
    expect(messages(quickAddSchema.safeParse({ meal: "snacks", kcal: 0.5 }))).toEqual([
      "kcal: must be at least 1 kcal",
    ]);
    expect(messages(quickAddSchema.safeParse({ meal: "snacks", kcal: 30_000 }))).toEqual([
      "kcal: one entry can be at most 20,000 kcal",
    ]);
  });

  it("takes ounces as a unit with a count", () => {
    expect(entryInputSchema.safeParse({ meal: "lunch", foodId: "f", portion: "oz", count: 5 }).success).toBe(
      true,
    );
  });
});
