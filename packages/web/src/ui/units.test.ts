import { describe, expect, it } from "vitest";
import { formatMass, massUnit, massValue } from "./units.js";

describe("mass display", () => {
  it("shows kg as is and pounds at 0.45359237 kg/lb (NIST SP 811)", () => {
    expect(formatMass(90, "metric")).toBe("90.0 kg");
    expect(formatMass(90, "imperial")).toBe("198.4 lb");
    expect(massValue(0.45359237, "imperial")).toBeCloseTo(1, 12);
    expect([massUnit("metric"), massUnit("imperial")]).toEqual(["kg", "lb"]);
  });
});
