import { describe, expect, it } from "vitest";
import rawAliases from "../../../../data/food-aliases.json" with { type: "json" };
import rawPortions from "../../../../data/portions.json" with { type: "json" };
import { buildFoodLayer, foodLayer, orderPortions, tidyPortionLabel } from "./food-layer.js";

const portion = (label: string, grams: number, source = "SR28 weight table: test") => ({
  label,
  grams,
  source,
});

describe("buildFoodLayer", () => {
  it("joins names, aliases and portions by NDB number", () => {
    const layer = buildFoodLayer(
      { foods: [{ ndb: "09040", name: "Banana", aliases: ["banana", "bananas"] }] },
      { foods: [{ ndb: "09040", portions: [portion("1 medium banana", 118)] }] },
    );
    expect(layer.foods.get("09040")).toEqual({
      ndb: "09040",
      name: "Banana",
      aliases: ["banana", "bananas"],
      portions: [{ label: "1 medium banana", grams: 118 }],
    });
    expect(layer.aliases).toEqual([
      { phrase: "banana", ndb: "09040" },
      { phrase: "bananas", ndb: "09040" },
    ]);
  });

  it.each([
    [
      "an NDB listed twice",
      [
        { ndb: "09040", aliases: ["a1"] },
        { ndb: "09040", aliases: ["b1"] },
      ],
      [],
      /twice/,
    ],
    [
      "an alias naming two foods",
      [
        { ndb: "09040", aliases: ["fruit"] },
        { ndb: "09003", aliases: ["fruit"] },
      ],
      [],
      /names both/,
    ],
    ["a malformed NDB", [{ ndb: "9040", aliases: ["banana"] }], [], /5 digits/],
    ["an uppercase alias", [{ ndb: "09040", aliases: ["Banana"] }], [], /lowercase/],
    ["zero grams", [], [{ ndb: "09040", portions: [portion("1 medium", 0)] }], /portions/],
    [
      "a portion without source",
      [],
      [{ ndb: "09040", portions: [{ label: "1 medium", grams: 118 }] }],
      /source/,
    ],
    [
      "a label twice",
      [],
      [{ ndb: "09040", portions: [portion("1 cup", 150), portion("1 cup", 225)] }],
      /twice/,
    ],
  ])("rejects %s", (_what, foods, portions, message) => {
    expect(() => buildFoodLayer({ foods }, { foods: portions })).toThrow(message);
  });
});

describe("the bundled curated layer (data/food-aliases.json, data/portions.json)", () => {
  const layer = foodLayer();

  it("covers the everyday foods: 150+ foods with names, 100+ with household portions", () => {
    expect(rawAliases.foods.length).toBeGreaterThanOrEqual(150);
    expect(rawPortions.foods.length).toBeGreaterThanOrEqual(100);
    expect(layer.aliases.length).toBeGreaterThanOrEqual(400);
  });

  it("has no alias twice, even after tidying spaces, and every entry names or aliases its food", () => {
    const phrases = layer.aliases.map((a) => a.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const f of rawAliases.foods)
      expect(f.aliases.length > 0 || ("name" in f && f.name !== ""), f.ndb).toBe(true);
  });

  it("has plausible household portions: 1–1000 g, each citing where its weight comes from", () => {
    for (const f of rawPortions.foods) {
      for (const p of f.portions) {
        expect(p.grams, `${f.ndb} ${p.label}`).toBeGreaterThanOrEqual(1);
        expect(p.grams, `${f.ndb} ${p.label}`).toBeLessThanOrEqual(1000);
        expect(p.source, `${f.ndb} ${p.label}`).toMatch(/SR28|NIST/);
        // What a person reads: a count or fraction first, no SR28 decimals like ".5 breast".
        expect(p.label, `${f.ndb}`).toMatch(/^(\d+(\/\d+)?|\d+-\d+\/\d+) /);
      }
    }
  });

  it("has the portions the issue names (facts from the SR28 weight table)", () => {
    const first = (ndb: string) => layer.foods.get(ndb)?.portions[0];
    expect(first("09040")).toEqual({ label: "1 medium banana", grams: 118 });
    expect(first("01123")).toEqual({ label: "1 large egg", grams: 50 });
    expect(first("09037")).toEqual({ label: "1/3 avocado", grams: 67 });
    expect(first("18069")).toEqual({ label: "1 slice", grams: 29 });
    expect(first("20045")).toEqual({ label: "1 cup cooked", grams: 158 });
    expect(first("08121")).toEqual({ label: "1 cup cooked", grams: 234 });
  });
});

describe("tidyPortionLabel", () => {
  it.each([
    [".5 breast, bone removed (yield from 1 lb ready-to-cook chicken)", "1/2 breast, bone removed", true],
    [".333 cup", "1/3 cup", false],
    [".25 block", "1/4 block", false],
    ["1 unit, (yield from 1 lb ready-to-cook chicken)", "1 unit", true],
    ['1 pat, (1" sq, 1/3" high)', '1 pat (1" sq, 1/3" high)', false],
    ["1 NLEA serving", "1 NLEA serving", true],
    ["1.5 oz", "1.5 oz", false],
    ["1 cup, sliced", "1 cup, sliced", false],
  ])("%s → %s (odd: %s)", (raw, label, odd) => {
    expect(tidyPortionLabel(raw)).toEqual({ label, odd });
  });

  it("stays linear on long hostile input (bounded, no backtracking blow-up)", () => {
    const hostile = `${"(yield ".repeat(5000)}x`;
    expect(tidyPortionLabel(hostile).label.length).toBeLessThanOrEqual(200);
  });

  it("keeps a separator run before a yield note out, wherever it starts", () => {
    expect(tidyPortionLabel("1 unit,, (yield from 1 lb)").label).toBe("1 unit");
    expect(tidyPortionLabel("1 cup   ,  (yield after cooking), chopped").label).toBe("1 cup, chopped");
    expect(tidyPortionLabel("1 cup ,,").label).toBe("1 cup");
  });

  it("only ever runs its patterns on the first 200 units, counted not timed", () => {
    // Every String.prototype regex method goes through RegExp.prototype.exec once it is replaced.
    const realExec = RegExp.prototype.exec;
    let calls = 0;
    let longest = 0;
    RegExp.prototype.exec = function exec(this: RegExp, text: string) {
      calls += 1;
      longest = Math.max(longest, String(text).length);
      return realExec.call(this, text);
    };
    try {
      for (const unit of [" ", ",", ", ", "(yield", "(", ".5 ", "a", "\u00e9", "\ud83c\udf4e"]) {
        calls = 0;
        tidyPortionLabel(unit.repeat(100_000));
        const once = calls;
        // 200 units, plus what a leading ".5" → "1/2" adds.
        expect(longest).toBeLessThanOrEqual(202);
        calls = 0;
        tidyPortionLabel(unit.repeat(200_000));
        expect(calls).toBe(once);
      }
    } finally {
      RegExp.prototype.exec = realExec;
    }
  });
});

describe("orderPortions", () => {
  it("puts curated portions first, then SR28's tidied, yield-only descriptions last, each label once", () => {
    const out = orderPortions(
      [{ label: "1/2 breast (no bone or skin)", grams: 86 }],
      [
        { label: "1 unit, (yield from 1 lb ready-to-cook chicken)", grams: 52 },
        { label: "1 cup, chopped or diced", grams: 140 },
        { label: "1/2 breast (no bone or skin)", grams: 86 },
      ],
    );
    expect(out).toEqual([
      { label: "1/2 breast (no bone or skin)", grams: 86 },
      { label: "1 cup, chopped or diced", grams: 140 },
      { label: "1 unit", grams: 52 },
    ]);
  });
});
