import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import {
  compareToTargets,
  dayTotals,
  entryGrams,
  lineNutrients,
  MEALS,
  planCopy,
  type DiaryLine,
  type Meal,
} from "./diary.js";
import { gramsToMg, per100gToMilli, NUTRIENT_KEYS } from "./nutrients.js";

// SR28 01123 egg, whole, raw: 143 kcal, 12.56 g protein per 100 g; "1 large" = 50 g.
const egg = per100gToMilli({ kcal: 143, proteinG: 12.56, fatG: 9.51, carbG: 0.72 });

function foodLine(id: string, date: string, meal: Meal, grams: number): DiaryLine {
  return {
    id,
    date,
    meal,
    foodId: "egg",
    mg: gramsToMg(grams),
    per100g: egg,
    quickMilliKcal: null,
    clientId: `c-${id}`,
  };
}

describe("diary maths", () => {
  it("resolves portions to grams", () => {
    expect(entryGrams({ portion: { label: "1 large", grams: 50 }, count: 2 })).toBe(100);
    expect(() => entryGrams({ portion: { label: "1 large", grams: 50 }, count: 0 })).toThrow(
      InvalidInputError,
    );
  });

  it("computes a two-egg breakfast against the published values", () => {
    const totals = dayTotals("2026-11-20", [foodLine("a", "2026-11-20", "breakfast", 100)]);
    expect(totals.meals.breakfast.milli.kcal).toBe(143_000);
    expect(totals.day.milli.proteinG).toBe(12_560);
    expect(totals.meals.lunch.milli.kcal).toBe(0);
    const cmp = compareToTargets(totals.day, { kcal: 1800, proteinG: 120 });
    expect(cmp.kcalRemaining).toBe(1657);
    expect(cmp.proteinRemainingG).toBe(107.4);
  });

  it("counts quick-add calories in energy only", () => {
    const quick: DiaryLine = {
      id: "q",
      date: "2026-11-20",
      meal: "snacks",
      foodId: null,
      mg: null,
      per100g: null,
      quickMilliKcal: 250_000,
      clientId: "q",
    };
    expect(lineNutrients(quick).kcal).toBe(250_000);
    const totals = dayTotals("2026-11-20", [quick]);
    expect(totals.day.incomplete).toContain("proteinG");
  });

  it("counts a quick add's own nutrients when it carries them; its kcal stays the quick add's", () => {
    const meal: DiaryLine = {
      id: "m",
      date: "2026-11-20",
      meal: "lunch",
      foodId: null,
      mg: null,
      per100g: null,
      quickMilliKcal: 1_050_000,
      quickNutrients: {
        kcal: 1,
        proteinG: 120_000,
        fatG: 40_000,
        carbG: 80_000,
        fiberG: null,
        sugarG: 10_000,
        satFatG: 12_000,
        sodiumMg: 1_200_000,
      },
      clientId: "m",
    };
    expect(lineNutrients(meal)).toEqual({
      kcal: 1_050_000,
      proteinG: 120_000,
      fatG: 40_000,
      carbG: 80_000,
      fiberG: null,
      sugarG: 10_000,
      satFatG: 12_000,
      sodiumMg: 1_200_000,
    });
    const totals = dayTotals("2026-11-20", [meal]);
    expect(totals.day.milli.proteinG).toBe(120_000);
    expect(totals.day.incomplete).toEqual(["fiberG"]);
  });

  const lineArb = fc.record({
    meal: fc.constantFrom(...MEALS),
    grams: fc.double({ min: 0.5, max: 800, noNaN: true }),
    quick: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
  });

  it("property: day totals equal the sum of the meals and of the entries", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 40 }), (specs) => {
        const lines = specs.map((s, i) =>
          s.quick === undefined
            ? foodLine(String(i), "2026-11-20", s.meal, s.grams)
            : ({
                id: String(i),
                date: "2026-11-20",
                meal: s.meal,
                foodId: null,
                mg: null,
                per100g: null,
                quickMilliKcal: s.quick * 1000,
                clientId: String(i),
              } as DiaryLine),
        );
        const totals = dayTotals("2026-11-20", lines);
        for (const key of NUTRIENT_KEYS) {
          const byMeals = MEALS.reduce((s, m) => s + totals.meals[m].milli[key], 0);
          const byLines = lines.reduce((s, l) => s + (lineNutrients(l)[key] ?? 0), 0);
          expect(totals.day.milli[key]).toBe(byMeals);
          expect(totals.day.milli[key]).toBe(byLines);
        }
      }),
    );
  });

  it("property: copying a day twice (a replay) doubles nothing", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 3 }),
        (specs, replays) => {
          const source = specs.map((s, i) => foodLine(`s${i}`, "2026-11-20", s.meal, s.grams));
          let target: DiaryLine[] = [];
          let n = 0;
          for (let r = 0; r < replays; r++) {
            target = [...target, ...planCopy(source, target, { toDate: "2026-11-21" }, () => `n${n++}`)];
          }
          expect(target).toHaveLength(source.length);
          const a = dayTotals("2026-11-20", source).day.milli;
          const b = dayTotals("2026-11-21", target).day.milli;
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it("copies one meal into another meal", () => {
    const source = [foodLine("x", "2026-11-20", "lunch", 50)];
    const copied = planCopy(source, [], { toDate: "2026-11-22", toMeal: "dinner" }, () => "id1");
    expect(copied[0]).toMatchObject({ id: "id1", date: "2026-11-22", meal: "dinner", foodId: "egg" });
    expect(() => planCopy(source, [], { toDate: "22/11/2026" }, () => "x")).toThrow(/YYYY-MM-DD/);
  });
});
