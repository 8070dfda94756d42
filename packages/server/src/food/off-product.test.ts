import { describe, expect, it } from "vitest";
import { offProductToFood, type OffProduct } from "./off-product.js";

const SKYR: OffProduct = {
  code: "5000112548167",
  product_name: "Skyr natur",
  brands: "Arla, Arla Foods",
  categories: "Dairies, Yogurts, Skyr",
  serving_quantity: 150,
  serving_size: "150 g",
  nutriments: { "energy-kcal_100g": 63, proteins_100g: 11 },
};

describe("offProductToFood bounds outside text", () => {
  it("keeps the first brand and the last category of an ordinary product", () => {
    const food = offProductToFood(SKYR);
    expect(food).toMatchObject({ name: "skyr natur", brand: "Arla", category: "Skyr" });
    expect(food.portions).toEqual([{ label: "1 serving (150 g)", grams: 150 }]);
  });

  it("cuts a 100,000-letter name, brand, category and serving size before tagging it", () => {
    const long = "a".repeat(100_000);
    const food = offProductToFood({
      ...SKYR,
      product_name: `${long} `,
      brands: long,
      categories: `dairies,${long}`,
      serving_size: long,
    });
    expect(food.name).toBe("a".repeat(200));
    expect(food.displayName).toBe(`A${"a".repeat(199)}`);
    expect(food.originalName).toHaveLength(200);
    expect(food.brand).toHaveLength(200);
    expect(food.category).toHaveLength(200);
    expect(food.portions[0]?.label).toBe(`1 serving (${"a".repeat(80)})`);
  });

  it("still refuses a name that is only whitespace, however long", () => {
    expect(() => offProductToFood({ ...SKYR, product_name: " ".repeat(100_000) })).toThrow(/no name/);
  });
});
