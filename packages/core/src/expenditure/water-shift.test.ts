import { describe, expect, it } from "vitest";
import { hallBaseline, simulateHall } from "../energy/hall-model.js";
import { waterShift } from "./water-shift.js";

describe("waterShift", () => {
  it("is zero at the baseline intake", () => {
    for (const d of waterShift(Array(30).fill(2500), 2500)) expect(Math.abs(d.waterKg)).toBeLessThan(1e-9);
  });

  it("settles where the Hall equations are in balance (hand-computed)", () => {
    // 2000 of 2500 kcal: ECF −ξCI·0.2/ξNa = −0.2667 L; glycogen 0.5·√0.8 − 0.5 = −0.0528 kg, ×3.7.
    const last = waterShift(Array(60).fill(2000), 2500).at(-1);
    expect(last?.glycogenKg).toBeCloseTo(-0.0528, 3);
    expect(last?.waterKg).toBeCloseTo(-0.2667 - 3.7 * 0.0528, 3);
  });

  it("matches the full Hall model's glycogen and ECF day by day", () => {
    const person = { sex: "female", ageYears: 35, heightCm: 168, weightKg: 82, pal: 1.55 } as const;
    const b = hallBaseline(person);
    const intake = Array.from({ length: 21 }, (_, i) => b.intakeKcal - (i < 10 ? 700 : 200));
    const full = simulateHall(person, { days: 21, intake });
    const water = waterShift(intake, b.intakeKcal);
    for (let d = 1; d <= 21; d++) {
      const row = full[d];
      if (!row) throw new Error("missing day");
      const expected = 3.7 * (row.glycogenKg - b.glycogenKg) + (row.ecfKg - b.ecfKg);
      // The full model steps a whole day at a time here, this one a quarter: they agree to 5 g.
      expect(water[d - 1]?.waterKg).toBeCloseTo(expected, 2);
    }
  });

  it("refuses a baseline outside 500–10000 kcal/d", () => {
    expect(() => waterShift([2000], 100)).toThrow(/baseline/);
  });
});
