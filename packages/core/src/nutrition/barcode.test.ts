import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { isValidGtin, parseBarcode } from "./barcode.js";

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
    expect(parseBarcode("0 36000 29145 2")).toBe("036000291452");
    expect(parseBarcode("400-6381-333931")).toBe("4006381333931");
  });
});
