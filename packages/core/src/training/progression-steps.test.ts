import { describe, expect, it } from "vitest";
import { KG_PER_LB, loadStep, renderLoad, roundToEquipment, stepLoadKg } from "./progression-steps.js";

describe("equipment steps", () => {
  it("dumbbells: 1 kg / 2.5 lb light, 2.5 kg / 5 lb heavier", () => {
    expect(loadStep("dumbbell", "kg", 6)).toBe(1);
    expect(loadStep("dumbbell", "kg", 12)).toBe(2.5);
    expect(loadStep("dumbbell", "lb", 15)).toBe(2.5);
    expect(loadStep("dumbbell", "lb", 30)).toBe(5);
  });

  it("steps in the person's unit and stores kg", () => {
    expect(stepLoadKg(10, "dumbbell", "kg", 1)).toBe(12.5);
    expect(stepLoadKg(10, "dumbbell", "kg", -1)).toBe(9);
    // 25 lb → 30 lb, stored as kg
    expect(stepLoadKg(25 * KG_PER_LB, "dumbbell", "lb", 1)).toBeCloseTo(30 * KG_PER_LB, 9);
    expect(stepLoadKg(0, "machine", "kg", -1)).toBe(0);
  });

  it("rounds to what the equipment offers when rendering", () => {
    expect(roundToEquipment(7, "dumbbell", "lb")).toBe(15); // 15.43 lb
    expect(roundToEquipment(4.5, "dumbbell", "lb")).toBe(10); // 9.92 lb, PRODUCT.md's "10–15 lb (4.5–7 kg)"
    expect(renderLoad({ kind: "assisted", assistKg: 40 }, "lb")).toBe("assist 90 lb");
    expect(renderLoad({ kind: "added", kg: 2.5 }, "kg")).toBe("+2.5 kg");
    expect(renderLoad({ kind: "bodyweight" }, "kg")).toBe("body weight");
  });
});
