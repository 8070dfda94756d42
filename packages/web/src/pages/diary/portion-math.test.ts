import { describe, expect, it } from "vitest";
import { normaliseBarcode } from "./barcode-entry.js";
import { amountGrams } from "./portion-picker.js";

describe("amountGrams", () => {
  const portions = [{ label: "1 cup", grams: 81 }];
  it("counts household portions and passes grams through", () => {
    expect(amountGrams("1 cup", 1.5, portions)).toBe(121.5);
    expect(amountGrams("g", 40, portions)).toBe(40);
    // 1 oz = 28.349523125 g (international avoirdupois ounce, 1959)
    expect(amountGrams("oz", 4, portions)).toBeCloseTo(113.398, 3);
  });
  it("refuses unknown portions and non-positive amounts", () => {
    expect(amountGrams("1 slice", 1, portions)).toBeNull();
    expect(amountGrams("g", 0, portions)).toBeNull();
    expect(amountGrams("g", Number.NaN, portions)).toBeNull();
  });
});

describe("normaliseBarcode", () => {
  it("accepts EAN/UPC lengths with spaces or dashes, refuses the rest", () => {
    expect(normaliseBarcode(" 4006381 333931 ")).toBe("4006381333931");
    expect(normaliseBarcode("9638-5074")).toBe("96385074");
    expect(normaliseBarcode("1234567")).toBeNull();
    expect(normaliseBarcode("40063813339312")).toBe("40063813339312");
    expect(normaliseBarcode("abc12345678")).toBeNull();
  });
});
