import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import {
  displayTotals,
  gramsToMg,
  kcalOnly,
  per100gToMilli,
  scaleNutrients,
  sumNutrients,
  NUTRIENT_KEYS,
} from "./nutrients.js";

// SR28 04053 olive oil: 884 kcal, 100 g fat, 13.808 g saturated per 100 g; 1 tbsp = 13.5 g.
const oliveOil = per100gToMilli({ kcal: 884, proteinG: 0, fatG: 100, carbG: 0, satFatG: 13.808 });

describe("nutrients", () => {
  it("scales per-100 g amounts to a tablespoon exactly in milli-units", () => {
    const tbsp = scaleNutrients(oliveOil, gramsToMg(13.5));
    expect(tbsp.kcal).toBe(119_340);
    expect(tbsp.fatG).toBe(13_500);
    expect(tbsp.satFatG).toBe(1_864); // 13.808 × 0.135 = 1.86408 g
    expect(tbsp.fiberG).toBeNull();
  });

  it("reports unknown amounts as incomplete rather than 0", () => {
    const totals = sumNutrients([scaleNutrients(oliveOil, 10_000), kcalOnly(250)]);
    expect(totals.milli.kcal).toBe(88_400 + 250_000);
    expect(totals.incomplete).toContain("proteinG");
    expect(totals.incomplete).not.toContain("kcal");
  });

  it("rejects impossible per-100 g values and amounts", () => {
    expect(() => per100gToMilli({ kcal: 1200 })).toThrow(InvalidInputError);
    expect(() => per100gToMilli({ proteinG: -1 })).toThrow(/proteinG/);
    expect(() => gramsToMg(0)).toThrow(InvalidInputError);
    expect(() => gramsToMg(Number.NaN)).toThrow(InvalidInputError);
    expect(() => gramsToMg(0.0001)).toThrow(/0.001/); // would round to 0 mg
    expect(() => kcalOnly(0)).toThrow(/quick-add/);
  });

  it("totals equal the sum of the entries, in any order, without drift", () => {
    const entry = fc.record({
      kcal: fc.double({ min: 0, max: 900, noNaN: true }),
      proteinG: fc.double({ min: 0, max: 100, noNaN: true }),
      grams: fc.double({ min: 0.001, max: 5000, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const amounts = entries.map((e) => scaleNutrients(per100gToMilli(e), gramsToMg(e.grams)));
        const totals = sumNutrients(amounts);
        const reversed = sumNutrients([...amounts].reverse());
        for (const key of NUTRIENT_KEYS) {
          expect(Number.isInteger(totals.milli[key])).toBe(true);
          expect(totals.milli[key]).toBe(reversed.milli[key]);
          expect(totals.milli[key]).toBe(amounts.reduce((s, a) => s + (a[key] ?? 0), 0));
        }
      }),
    );
  });

  it("rounds only for display", () => {
    const bite = scaleNutrients(per100gToMilli({ kcal: 40 }), gramsToMg(1)); // 0.4 kcal
    const t = sumNutrients([bite, bite, bite]);
    expect(t.milli.kcal).toBe(1200);
    expect(displayTotals(t).kcal).toBe(1);
  });
});
