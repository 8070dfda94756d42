import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { canonicalGtin, gtinForms, isValidGtin, parseBarcode } from "./barcode.js";

describe("barcode check digits (GS1 mod 10)", () => {
  it("accepts published valid codes", () => {
    // EAN-13 example from GS1 material and Wikipedia "International Article Number": 4006381333931.
    expect(isValidGtin("4006381333931")).toBe(true);
    // UPC-A example from Wikipedia "Universal Product Code": 036000291452.
    expect(isValidGtin("036000291452")).toBe(true);
    // EAN-8 example from Wikipedia "EAN-8": 73513537.
    expect(isValidGtin("73513537")).toBe(true);
  });

  it("rejects a wrong check digit and wrong lengths", () => {
    expect(isValidGtin("4006381333932")).toBe(false);
    expect(isValidGtin("036000291453")).toBe(false);
    expect(isValidGtin("12345")).toBe(false);
    expect(() => parseBarcode("4006381333932")).toThrow(/check digit/);
    expect(() => parseBarcode("abc")).toThrow(InvalidInputError);
  });

  it("normalises spaces and dashes", () => {
    expect(parseBarcode("0 36000 29145 2")).toBe("0036000291452"); // UPC-A → its EAN-13
    expect(parseBarcode("400-6381-333931")).toBe("4006381333931");
  });
});

describe("one product, one code (GTIN-8/12/13/14 padded to 14 digits are one number)", () => {
  it("keeps the shortest GS1 form: EAN-13 for UPC-A and zero-led GTIN-14, EAN-8 for padded EAN-8", () => {
    // 036000291452 (UPC-A) = 0036000291452 (EAN-13) = 00036000291452 (GTIN-14).
    expect(canonicalGtin("036000291452")).toBe("0036000291452");
    expect(canonicalGtin("0036000291452")).toBe("0036000291452");
    expect(canonicalGtin("00036000291452")).toBe("0036000291452");
    expect(parseBarcode("00036000291452")).toBe(parseBarcode("036000291452"));
    // EAN-8 96385074 written as a GTIN-14.
    expect(isValidGtin("96385074")).toBe(true);
    expect(canonicalGtin("00000096385074")).toBe("96385074");
    expect(parseBarcode("00000096385074")).toBe("96385074");
    // A GTIN-14 with a packaging indicator is another trade item: kept whole.
    expect(canonicalGtin("10036000291459")).toBe("10036000291459");
    expect(canonicalGtin("4006381333931")).toBe("4006381333931");
  });

  it("lists every length the same number is written in, and no other number", () => {
    expect(gtinForms("0036000291452")).toEqual(["00036000291452", "0036000291452", "036000291452"]);
    expect(gtinForms("4006381333931")).toEqual(["04006381333931", "4006381333931"]);
    expect(gtinForms("96385074")).toEqual(["00000096385074", "0000096385074", "000096385074", "96385074"]);
    for (const f of gtinForms("0036000291452")) expect(canonicalGtin(f)).toBe("0036000291452");
  });
});
