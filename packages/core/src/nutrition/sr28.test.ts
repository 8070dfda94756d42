import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { mapSr28Row } from "./sr28.js";

// Two rows as published in SR28 ABBREV (public domain), field order per the SR28 documentation.
const EGG = [
  "01123",
  "EGG, WHL, RAW, FRSH",
  76.15,
  143,
  12.56,
  9.51,
  1.06,
  0.72,
  0,
  0.37,
  56,
  1.75,
  12,
  198,
  138,
  142,
  1.29,
  0.072,
  0.028,
  30.7,
  0,
  0.04,
  0.457,
  0.075,
  1.533,
  0.17,
  47,
  0,
  47,
  47,
  293.8,
  0.89,
  540,
  160,
  160,
  0,
  0,
  9,
  0,
  503,
  1.05,
  2,
  82,
  0.3,
  3.126,
  3.658,
  1.911,
  372,
  50,
  "1 large",
  56,
  "1 extra large",
  12,
];
const OATS = [
  "20038",
  "OATS",
  8.22,
  389,
  16.89,
  6.9,
  1.72,
  66.27,
  10.6,
  "",
  54,
  4.72,
  177,
  523,
  429,
  2,
  3.97,
  0.626,
  4.916,
  "",
  0,
  0.763,
  0.139,
  0.961,
  1.349,
  0.119,
  56,
  0,
  56,
  56,
  "",
  0,
  0,
  0,
  0,
  "",
  "",
  "",
  "",
  "",
  "",
  0,
  0,
  "",
  1.217,
  2.178,
  2.535,
  0,
  156,
  "1 cup",
  "",
  "",
  0,
];

describe("SR28 row mapping", () => {
  it("maps the egg row to published values", () => {
    const egg = mapSr28Row(EGG);
    expect(egg.per100g).toEqual({
      kcal: 143_000,
      proteinG: 12_560,
      fatG: 9_510,
      carbG: 720,
      fiberG: 0,
      sugarG: 370,
      satFatG: 3_126,
      sodiumMg: 142_000,
    });
    expect(egg.portions).toEqual([
      { label: "1 large", grams: 50 },
      { label: "1 extra large", grams: 56 },
    ]);
    expect(egg.category).toBe("Dairy and Egg Products");
    expect(egg.originalName).toBe("EGG, WHL, RAW, FRSH");
  });

  it("keeps missing values unknown, never 0", () => {
    const oats = mapSr28Row(OATS);
    expect(oats.per100g.sugarG).toBeNull();
    expect(oats.per100g.fiberG).toBe(10_600);
    expect(oats.portions).toEqual([{ label: "1 cup", grams: 156 }]);
  });

  it("rejects rows with the wrong shape", () => {
    expect(() => mapSr28Row(EGG.slice(0, 40))).toThrow(InvalidInputError);
    expect(() => mapSr28Row(["1", ...EGG.slice(1)])).toThrow(/NDB_No/);
    expect(() => mapSr28Row([EGG[0], EGG[1], EGG[2], "x", ...EGG.slice(4)])).toThrow(/column 3/);
  });
});
