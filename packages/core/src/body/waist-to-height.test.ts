import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { waistToHeight, WHTR_LINE } from "./waist-to-height.js";

describe("waist-to-height ratio (Ashwell 2012; NICE NG246 bands)", () => {
  it("a 90 cm waist at 170 cm is 0.529: increased, 5 cm above the 85 cm line", () => {
    expect(waistToHeight(900, 1700)).toEqual({
      ratio: 0.529,
      band: "increased",
      lineWaistMm: 850,
      aboveLineMm: 50,
    });
  });

  it("the bands change exactly at 0.5 and 0.6, not at the rounded ratio", () => {
    expect(waistToHeight(849, 1700).band).toBe("healthy");
    expect(waistToHeight(850, 1700).band).toBe("increased");
    expect(waistToHeight(1019, 1700).band).toBe("increased");
    expect(waistToHeight(1020, 1700).band).toBe("high");
    // 0.4996 rounds to 0.5 but is still under the line.
    expect(waistToHeight(849.4, 1700)).toMatchObject({ ratio: 0.5, band: "healthy" });
  });

  it("under the line there is nothing to lose; the line scales with height", () => {
    expect(waistToHeight(780, 1800)).toMatchObject({ band: "healthy", aboveLineMm: 0, lineWaistMm: 900 });
    expect(waistToHeight(780, 1500).lineWaistMm).toBe(1500 * WHTR_LINE);
  });

  it("refuses impossible tapes naming the field", () => {
    expect(() => waistToHeight(90, 1700)).toThrow(InvalidInputError);
    expect(() => waistToHeight(900, 170)).toThrow(/height/);
  });
});
