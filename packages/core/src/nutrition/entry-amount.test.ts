import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import {
  amountKcal,
  amountLabel,
  assertPlausible,
  chooseUnit,
  foodUnits,
  needsConfirmation,
  PLAUSIBLE_ENTRY_KCAL,
  plausibleMaxGrams,
  unitGrams,
  type AmountChoice,
  type AmountFood,
} from "./entry-amount.js";

// Peanut butter, smooth: 598 kcal per 100 g, "2 tbsp" = 32 g, "1 cup" = 258 g (SR28-style portions).
const peanutButter: AmountFood = {
  kcalPer100g: 598,
  portions: [
    { label: "2 tbsp", grams: 32 },
    { label: "1 cup", grams: 258 },
  ],
};
// SR28 04053 olive oil: 884 kcal, "1 tablespoon" = 13.5 g.
const oil: AmountFood = { kcalPer100g: 884, portions: [{ label: "1 tablespoon", grams: 13.5 }] };

describe("unit switching", () => {
  it("sets the sensible amount of the unit chosen, never the number typed for another unit", () => {
    let s: AmountChoice = { unit: "g", amount: "100" };
    s = chooseUnit(s, "2 tbsp");
    expect(s).toEqual({ unit: "2 tbsp", amount: "1" });
    const grams = unitGrams(s.unit, Number(s.amount), peanutButter.portions);
    expect(grams).toBe(32);
    expect(Math.round(amountKcal(peanutButter, grams ?? 0) ?? 0)).toBe(191);
    expect(chooseUnit({ unit: "2 tbsp", amount: "3" }, "oz")).toEqual({ unit: "oz", amount: "1" });
    expect(chooseUnit({ unit: "oz", amount: "5" }, "g")).toEqual({ unit: "g", amount: "100" });
    expect(chooseUnit({ unit: "oz", amount: "5" }, "oz")).toEqual({ unit: "oz", amount: "5" });
  });

  it("lists the food's portions first, then grams and ounces", () => {
    expect(foodUnits(peanutButter.portions)).toEqual(["2 tbsp", "1 cup", "g", "oz"]);
    expect(unitGrams("oz", 5, [])).toBeCloseTo(141.75, 2);
    expect(unitGrams("1 slice", 1, peanutButter.portions)).toBeNull();
    expect(unitGrams("g", 0, [])).toBeNull();
  });

  const food = fc.record({
    kcalPer100g: fc.option(fc.double({ min: 0, max: 900, noNaN: true }), { nil: null }),
    portions: fc.uniqueArray(
      fc.record({
        label: fc.string({ minLength: 1, maxLength: 8 }),
        grams: fc.double({ min: 0.5, max: 1500, noNaN: true }),
      }),
      { maxLength: 6, selector: (p) => p.label },
    ),
  });
  const action = fc.oneof(
    fc.record({
      type: fc.constant("type" as const),
      text: fc.double({ min: 0.001, max: 5000, noNaN: true }),
    }),
    fc.record({ type: fc.constant("unit" as const), pick: fc.nat() }),
  );

  it("property: after any sequence of typing and switching, a switch never leaves an implausible amount", () => {
    fc.assert(
      fc.property(food, fc.array(action, { minLength: 1, maxLength: 30 }), (f, actions) => {
        const units = foodUnits(f.portions);
        let s: AmountChoice = { unit: "g", amount: "100" };
        for (const a of actions) {
          if (a.type === "type") {
            s = { ...s, amount: String(a.text) };
            continue;
          }
          const next = units[a.pick % units.length] ?? "g";
          const switched = next !== s.unit;
          s = chooseUnit(s, next);
          if (!switched) continue;
          const grams = unitGrams(s.unit, Number(s.amount), f.portions);
          expect(grams).not.toBeNull();
          const g = grams ?? 0;
          // The amount after a switch is one portion, one ounce or 100 g ...
          expect(g).toBeLessThanOrEqual(Math.max(100, ...f.portions.map((p) => p.grams)));
          // ... so it never asks for confirmation, and its energy never explodes.
          expect(needsConfirmation(f, g)).toBe(false);
          const kcal = amountKcal(f, g);
          if (kcal !== null) {
            const portionKcal = Math.max(0, ...f.portions.map((p) => amountKcal(f, p.grams) ?? 0));
            expect(kcal).toBeLessThanOrEqual(Math.max(PLAUSIBLE_ENTRY_KCAL, portionKcal) + 1e-9);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("plausibility per food", () => {
  it("refuses the real case: 100 × 2 tbsp of peanut butter (3200 g, 19,136 kcal)", () => {
    expect(plausibleMaxGrams(peanutButter)).toBe(258);
    expect(needsConfirmation(peanutButter, 100 * 32)).toBe(true);
    expect(needsConfirmation(peanutButter, 3 * 32)).toBe(false);
    const err = (() => {
      try {
        assertPlausible(peanutButter, 3200, { field: "count", unit: "2 tbsp", confirmed: false });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe("count");
    expect((err as InvalidInputError).message).toMatch(/19136 kcal.*8 × 2 tbsp.*confirm: true/);
    expect(() =>
      assertPlausible(peanutButter, 3200, { field: "count", unit: "2 tbsp", confirmed: true }),
    ).not.toThrow();
  });

  it("depends on the food: dense foods allow less, watery foods more, never a flat 5 kg", () => {
    expect(plausibleMaxGrams(oil)).toBeCloseTo(169.7, 1); // 1500 kcal of oil
    expect(needsConfirmation(oil, 100 * 13.5)).toBe(true); // 100 × 1 tbsp oil
    expect(needsConfirmation(oil, 2 * 13.5)).toBe(false);
    expect(plausibleMaxGrams({ kcalPer100g: 15, portions: [] })).toBe(3000); // lettuce, capped at 3 kg
    expect(plausibleMaxGrams({ kcalPer100g: 0, portions: [] })).toBe(3000); // water
    expect(plausibleMaxGrams({ kcalPer100g: null, portions: [{ label: "1 bar", grams: 500 }] })).toBe(1500);
    expect(plausibleMaxGrams({ kcalPer100g: null, portions: [] })).toBe(1000);
    // One of the food's own largest portion is never questioned (a whole 12" pizza, 800 g).
    expect(needsConfirmation({ kcalPer100g: 266, portions: [{ label: "1 pizza", grams: 800 }] }, 800)).toBe(
      false,
    );
  });

  it("property: the maximum is monotone in energy density and never above 3 kg", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 900, noNaN: true }),
        fc.double({ min: 1, max: 900, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const mLo = plausibleMaxGrams({ kcalPer100g: lo, portions: [] });
          const mHi = plausibleMaxGrams({ kcalPer100g: hi, portions: [] });
          expect(mHi).toBeLessThanOrEqual(mLo);
          expect(mLo).toBeLessThanOrEqual(3000);
        },
      ),
    );
  });
});

describe("amountLabel", () => {
  it("reads the logged unit back as the person said it", () => {
    expect(amountLabel(5, "oz")).toBe("5 oz");
    expect(amountLabel(2, "1 large")).toBe("2 large");
    expect(amountLabel(1, "2 tbsp")).toBe("2 tbsp");
    expect(amountLabel(3, "2 tbsp")).toBe("3 × 2 tbsp");
    expect(amountLabel(2, "1 slice")).toBe("2 slices");
    expect(amountLabel(2, "1 cup, chopped")).toBe("2 cups, chopped");
    expect(amountLabel(1.5, "1 cup")).toBe("1.5 cups");
    expect(amountLabel(2, "1 tbsp")).toBe("2 tbsp");
    expect(amountLabel(2, ".5 breast, bone removed")).toBe("2 × .5 breast, bone removed");
    expect(amountLabel(2, "1 large egg")).toBe("2 large eggs");
    expect(amountLabel(3, "1 medium banana, peeled")).toBe("3 medium bananas, peeled");
    expect(amountLabel(2, "1 extra large")).toBe("2 extra large");
    expect(amountLabel(2, "1 container yogurt")).toBe("2 × 1 container yogurt");
    expect(amountLabel(1, "1 large egg")).toBe("1 large egg");
  });
});
