import { describe, expect, it } from "vitest";
import { changeText } from "./checkin-page.js";

describe("changeText", () => {
  it("says how the proposal moves the target, with a real minus sign", () => {
    expect(changeText(2000, 2120)).toBe("+120 kcal/d");
    expect(changeText(2000, 1850)).toBe("−150 kcal/d");
    expect(changeText(2000, 2000.2)).toBe("no change");
  });
});
