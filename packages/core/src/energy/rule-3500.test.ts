import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { hallBaseline, simulateHall, type HallPerson } from "./hall-model.js";
import { KCAL_PER_KG_3500_RULE, RULE_3500_LABEL, rule3500Line } from "./rule-3500.js";

const PERSON: HallPerson = { sex: "female", ageYears: 35, heightCm: 168, weightKg: 82, pal: 1.6 };

describe("rule3500Line (comparison only)", () => {
  it("is labelled as a comparison", () => {
    expect(RULE_3500_LABEL).toMatch(/comparison only/);
  });

  it("rejects a negative intake", () => {
    expect(() => rule3500Line(80, 2500, [-1])).toThrow(InvalidInputError);
  });

  it("is linear at 3500 kcal/lb and overstates a year's loss compared with Hall", () => {
    const ei0 = hallBaseline(PERSON).intakeKcal;
    const intakes = Array.from({ length: 365 }, () => ei0 - 500);
    const line = rule3500Line(82, ei0, intakes);
    // 365 · 500 / (3500 / 0.45359237) = 182500 / 7716.2 = 23.65 kg
    expect(82 - line[365]!.weightKg).toBeCloseTo(23.65, 1);
    expect(KCAL_PER_KG_3500_RULE).toBeCloseTo(7716.2, 1);
    const hall = simulateHall(PERSON, { days: 365, intake: intakes });
    expect(line[365]!.weightKg).toBeLessThan(hall[365]!.weightKg - 5);
  });
});
