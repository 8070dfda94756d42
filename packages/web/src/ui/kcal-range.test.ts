import { describe, expect, it } from "vitest";
import { kcalRange } from "./kcal-range.js";

describe("kcalRange", () => {
  it("shows the estimate with its 80 % range, thousands separated", () => {
    expect(kcalRange(2350, 2230.4, 2469.6)).toBe("2,350 kcal/d (2,230–2,470)");
  });
  it("shows the estimate alone without an interval", () => {
    expect(kcalRange(980, undefined, undefined)).toBe("980 kcal/d");
  });
});
