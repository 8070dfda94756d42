import { countFoods, findFoodBySource, getPortions } from "@leanback/db/food/food-repo";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { strToU8, zipSync } from "fflate";
import { expect, it } from "vitest";
import { importFdcZip } from "./import-fdc.js";
import { importOff } from "./import-off.js";

// Small files written here, in the FoodData Central / Open Food Facts layouts (MyFitnessPal:
// features/imports/personal-import.db.test.ts).
const FOOD = [
  "fdc_id,data_type,description,food_category_id,publication_date",
  '900001,foundation_food,"Hummus, commercial",16,2019-04-01',
  "900002,foundation_food,Lentils cooked test,16,2019-04-01",
  "900003,foundation_food,Mystery powder,16,2019-04-01",
  "900004,foundation_food,Impossible protein bar,16,2019-04-01",
  "900001,foundation_food,Duplicate hummus,16,2019-04-01",
  "900005,foundation_food,Nothing known,16,2019-04-01",
].join("\r\n");
const NUTRIENTS = [
  "id,fdc_id,nutrient_id,amount",
  "1,900001,1008,229", // energy
  "2,900001,1003,7.35",
  "3,900001,1004,17.1",
  "4,900001,1005,14.9",
  "5,900002,2048,116", // Atwater specific only
  "6,900002,1003,9.02",
  "7,900003,1003,10", // no energy at all: 4·10 + 9·1 + 4·80 = 369, flagged
  "8,900003,1004,1",
  "9,900003,1005,80",
  "10,900004,1008,380",
  "11,900004,1003,500", // > 100 g per 100 g: impossible
].join("\n");
const CATEGORY = "id,code,description\n16,1600,Legumes and Legume Products\n";
const UNITS = "id,name\n1000,cup\n1001,tablespoon\n";
const PORTIONS =
  "id,fdc_id,seq_num,amount,measure_unit_id,portion_description,modifier,gram_weight\n1,900001,1,1,1001,,,15\n";

function fdcZip(overrides: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const all = {
    "food.csv": FOOD,
    "food_nutrient.csv": NUTRIENTS,
    "food_category.csv": CATEGORY,
    "measure_unit.csv": UNITS,
    "food_portion.csv": PORTIONS,
    ...overrides,
  };
  for (const [k, v] of Object.entries(all)) if (v !== "") files[`FoodData_Central_csv/${k}`] = strToU8(v);
  return zipSync(files);
}

describeEachDialect("food importers", (getDb) => {
  it("FDC: imports, falls back to Atwater energy, flags computed energy, reports skips; idempotent", async () => {
    const db = getDb();
    const report = await importFdcZip(db, fdcZip());
    expect(report.imported).toBe(3);
    expect(report.skipped.map((s) => s.reason).sort()).toEqual([
      "duplicate fdc_id",
      "impossible value: proteinG per 100 g must be 0–100",
      "no energy and no protein/fat/carbohydrate to compute it",
    ]);
    const hummus = await findFoodBySource(db, "fdc", "900001");
    expect(hummus?.per100g.kcal).toBe(229_000);
    expect(hummus?.category).toBe("Legumes and Legume Products");
    expect(await getPortions(db, hummus?.id ?? "")).toEqual([{ label: "1 tablespoon", grams: 15 }]);
    expect((await findFoodBySource(db, "fdc", "900002"))?.per100g.kcal).toBe(116_000);
    const mystery = await findFoodBySource(db, "fdc", "900003");
    expect(mystery?.per100g.kcal).toBe(369_000);
    expect(mystery?.kcalEstimated).toBe(true);
    const again = await importFdcZip(db, fdcZip());
    expect(again.imported).toBe(3);
    expect(await countFoods(db, "fdc")).toBe(3);
  });

  it("FDC: a 100,000-letter description, category or portion is stored cut to 200 characters", async () => {
    const db = getDb();
    const long = "a".repeat(100_000);
    const report = await importFdcZip(
      db,
      fdcZip({
        "food.csv": `fdc_id,description,food_category_id\n900001,${long},16\n`,
        "food_category.csv": `id,description\n16,${long}\n`,
        "food_portion.csv": `fdc_id,amount,measure_unit_id,portion_description,gram_weight\n900001,1,9999,${long},15\n`,
      }),
    );
    expect(report.imported).toBe(1);
    const food = await findFoodBySource(db, "fdc", "900001");
    expect(food?.originalName).toBe("a".repeat(200));
    expect(food?.name).toBe("a".repeat(200));
    expect(food?.category).toBe("a".repeat(200));
    const [portion] = await getPortions(db, food?.id ?? "");
    expect(portion?.label).toHaveLength(200);
  });

  it("FDC: wrong columns, bad encoding, a broken file or not a zip → clear error, nothing written", async () => {
    const db = getDb();
    const before = await countFoods(db);
    await expect(importFdcZip(db, fdcZip({ "food.csv": "id,name\n1,x\n" }))).rejects.toThrow(
      /food.csv lacks column\(s\) fdc_id, description/,
    );
    const latin1 = new Uint8Array([...strToU8("fdc_id,description\n1,Cr"), 0xe8, ...strToU8("me\n")]);
    await expect(
      importFdcZip(
        db,
        zipSync({ "food.csv": latin1, "food_nutrient.csv": strToU8("fdc_id,nutrient_id,amount\n") }),
      ),
    ).rejects.toThrow(/UTF-8/);
    // Valid foods, then a ragged portion row: the whole import is refused.
    await expect(
      importFdcZip(db, fdcZip({ "food_portion.csv": `${PORTIONS}2,900002,1,1\n` })),
    ).rejects.toThrow(/line 3: expected 8 fields/);
    await expect(importFdcZip(db, strToU8("not a zip"))).rejects.toThrow(/zip/);
    await expect(importFdcZip(db, fdcZip({ "food_nutrient.csv": "" }))).rejects.toThrow(/food_nutrient.csv/);
    expect(await countFoods(db)).toBe(before);
  });

  it("OFF: JSONL and CSV exports, with invalid barcodes, missing energy, bad JSON and duplicates skipped", async () => {
    const db = getDb();
    const lines = [
      JSON.stringify({
        code: "3017620422003",
        product_name: "Hazelnut spread",
        brands: "Acme,Other",
        nutriments: {
          "energy-kcal_100g": 539,
          proteins_100g: 6.3,
          fat_100g: 30.9,
          carbohydrates_100g: 57.5,
          sugars_100g: 56.3,
          "saturated-fat_100g": 10.6,
          sodium_100g: 0.0428,
        },
        serving_quantity: 15,
        serving_size: "15 g",
      }),
      JSON.stringify({ code: "5449000000996", product_name: "Cola", nutriments: { energy_100g: 180 } }),
      JSON.stringify({
        code: "5449000000997",
        product_name: "Bad check digit",
        nutriments: { "energy-kcal_100g": 1 },
      }),
      JSON.stringify({ code: "4006381333931", product_name: "No energy", nutriments: {} }),
      "{not json",
      JSON.stringify({
        code: "3017620422003",
        product_name: "Duplicate",
        nutriments: { "energy-kcal_100g": 1 },
      }),
    ].join("\n");
    const r = await importOff(db, strToU8(lines), "jsonl");
    expect(r.imported).toBe(2);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      "barcode check digit is wrong (EAN/UPC mod-10)",
      "product has no energy per 100 g",
      "not valid JSON",
      "duplicate barcode",
    ]);
    const spread = await findFoodBySource(db, "off", "3017620422003");
    expect(spread).toMatchObject({ brand: "Acme", barcode: "3017620422003", tags: ["treat"] });
    expect(spread?.per100g.sodiumMg).toBe(42_800); // 0.0428 g = 42.8 mg → 42 800 µg
    expect((await findFoodBySource(db, "off", "5449000000996"))?.per100g.kcal).toBe(43_021); // 180 kJ / 4.184
    const tsv =
      "code\tproduct_name\tbrands\tenergy-kcal_100g\tproteins_100g\n7622210449283\tBiscuits\tAcme\t480\t6\n";
    expect((await importOff(db, strToU8(tsv), "csv")).imported).toBe(1);
    await expect(importOff(db, strToU8("code,name\n1,x\n"), "csv")).rejects.toThrow(
      /lacks column\(s\) product_name/,
    );
  });
});
