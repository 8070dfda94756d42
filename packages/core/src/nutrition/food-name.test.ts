import { describe, expect, it } from "vitest";
import { clipFoodText, displayFoodName, expandSr28Name, FOOD_TEXT_MAX } from "./food-name.js";

describe("SR28 names", () => {
  it("expands the common abbreviations", () => {
    expect(expandSr28Name("EGG, WHL, RAW, FRSH")).toBe("egg, whole, raw, fresh");
    expect(expandSr28Name("YOGURT, GREEK, PLN, NONFAT")).toBe("yogurt, greek, plain, nonfat");
    expect(expandSr28Name("KALE, FRZ, CKD, BLD, DRND, WO/SALT")).toBe(
      "kale, frozen, cooked, boiled, drained, without salt",
    );
    expect(expandSr28Name("PEANUT BUTTER, SMOOTH, RED FAT")).toBe("peanut butter, smooth, reduced fat");
    expect(expandSr28Name("PEPPERS, SWEET, RED, RAW")).toBe("peppers, sweet, red, raw");
  });

  it("makes readable display names", () => {
    expect(displayFoodName(expandSr28Name("CHICKEN, BROILERS OR FRYERS, BREAST, MEAT ONLY, CKD, RSTD"))).toBe(
      "Chicken breast, cooked, roasted (meat only)",
    );
    expect(displayFoodName(expandSr28Name("OIL, OLIVE, SALAD OR COOKING"))).toBe("Olive oil");
    expect(displayFoodName(expandSr28Name("YOGURT, GREEK, PLN, NONFAT"))).toBe("Greek yogurt, plain, nonfat");
    expect(displayFoodName(expandSr28Name("NUTS, ALMONDS"))).toBe("Almonds");
    expect(displayFoodName(expandSr28Name("EGG, WHL, RAW, FRSH"))).toBe("Egg, whole, raw");
    expect(displayFoodName(expandSr28Name("SPINACH, RAW"))).toBe("Spinach, raw");
  });

  it("spells out the abbreviations people saw most (issue 11: brst, Bttrmlk)", () => {
    expect(displayFoodName(expandSr28Name("MILK,BTTRMLK,FLUID,CULTURED,LOWFAT".replace(/,/g, ", ")))).toBe(
      "Buttermilk, fluid, cultured, lowfat",
    );
    expect(expandSr28Name("CHICKEN, BROILER OR FRYERS, BRST, SKINLESS, BNLS, RAW")).toBe(
      "chicken, broiler or fryers, breast, skinless, boneless, raw",
    );
    expect(displayFoodName(expandSr28Name("SUNFLOWER SD KRNLS, DRIED"))).toBe(
      "Sunflower seed kernels, dried",
    );
  });
});

describe("clipFoodText", () => {
  it("keeps the first 200 units of a 100,000-letter name and trims short ones", () => {
    expect(clipFoodText("a".repeat(100_000))).toBe("a".repeat(FOOD_TEXT_MAX));
    expect(clipFoodText("a".repeat(FOOD_TEXT_MAX))).toHaveLength(FOOD_TEXT_MAX);
    expect(clipFoodText("  Skyr, natur  ")).toBe("Skyr, natur");
    expect(clipFoodText(`${" ".repeat(FOOD_TEXT_MAX)}x`)).toBe("");
  });

  it("never leaves half of a surrogate pair at the cut", () => {
    const name = `${"a".repeat(FOOD_TEXT_MAX - 1)}🍎🍎`;
    expect(clipFoodText(name)).toBe("a".repeat(FOOD_TEXT_MAX - 1));
    expect(clipFoodText(`${"a".repeat(FOOD_TEXT_MAX - 2)}🍎🍎`)).toBe(`${"a".repeat(FOOD_TEXT_MAX - 2)}🍎`);
  });
});
