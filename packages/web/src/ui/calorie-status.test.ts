import { describe, expect, it } from "vitest";
import { calorieStatus } from "./calorie-status.js";

describe("calorieStatus", () => {
  it("says over, on target or left in words", () => {
    expect(calorieStatus(2250, 2100)).toEqual({ kind: "over", kcal: 150, text: "Over by 150 kcal" });
    expect(calorieStatus(2100.4, 2100)).toEqual({ kind: "on", kcal: 0, text: "On target" });
    expect(calorieStatus(1780, 2100)).toEqual({ kind: "left", kcal: 320, text: "320 kcal left" });
    expect(calorieStatus(3601, 2100).text).toBe("Over by 1,501 kcal");
  });

  it("is over from the first whole kcal above the target", () => {
    expect(calorieStatus(2101, 2100).kind).toBe("over");
    expect(calorieStatus(2099, 2100).kind).toBe("left");
  });
});
