import { describe, expect, it } from "vitest";
import { forecastBand } from "./forecast-band.js";
import { hallBaseline, simulateHall, type HallPerson } from "./hall-model.js";

const PERSON: HallPerson = { sex: "female", ageYears: 35, heightCm: 168, weightKg: 82, pal: 1.6 };

describe("forecastBand", () => {
  const ei0 = hallBaseline(PERSON).intakeKcal;
  const band = forecastBand(PERSON, { days: 365, intake: () => ei0 - 500 });

  it("the central line is the plain forecast", () => {
    expect(band.central).toEqual(simulateHall(PERSON, { days: 365, intake: () => ei0 - 500 }));
  });

  it("lower/upper are the plan shifted by ∓10 % of baseline intake", () => {
    expect(band.lower[1]!.intakeKcal).toBeCloseTo(ei0 - 500 - 0.1 * ei0, 9);
    expect(band.upper[1]!.intakeKcal).toBeCloseTo(ei0 - 500 + 0.1 * ei0, 9);
    for (let d = 1; d <= 365; d++) {
      expect(band.lower[d]!.weightKg).toBeLessThan(band.central[d]!.weightKg);
      expect(band.upper[d]!.weightKg).toBeGreaterThan(band.central[d]!.weightKg);
    }
  });

  it("widens with time", () => {
    const width = (d: number) => band.upper[d]!.weightKg - band.lower[d]!.weightKg;
    expect(width(365)).toBeGreaterThan(width(90));
    expect(width(90)).toBeGreaterThan(width(30));
  });
});
