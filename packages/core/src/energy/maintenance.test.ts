import { describe, expect, it } from "vitest";
import { hallBaseline, simulateHall, type HallPerson } from "./hall-model.js";
import { BETA_AT, BETA_TEF } from "./hall-params.js";
import { maintenanceIntakeKcal } from "./maintenance.js";

const PERSON: HallPerson = { sex: "male", ageYears: 45, heightCm: 178, weightKg: 95, pal: 1.55 };

describe("maintenanceIntakeKcal", () => {
  it("is the baseline intake at the baseline state", () => {
    const b = hallBaseline(PERSON);
    expect(maintenanceIntakeKcal(b, b.fatKg, b.leanKg)).toBeCloseTo(b.intakeKcal, 6);
  });

  it("is not the literal textbook form (K + γL·L + γF·F + δ·BW)/(1 − βTEF − βAT): TEF and AT act on ΔEI", () => {
    const b = hallBaseline(PERSON);
    const literal = b.intakeKcal / (1 - BETA_TEF - BETA_AT); // the literal form at the baseline state
    expect(literal - maintenanceIntakeKcal(b, b.fatKg, b.leanKg)).toBeGreaterThan(500);
  });

  it("holds fat and lean of a reduced state for years", () => {
    const b = hallBaseline(PERSON);
    const cut = simulateHall(PERSON, { days: 150, intake: () => b.intakeKcal - 800 });
    const at = cut[150]!;
    const keep = maintenanceIntakeKcal(b, at.fatKg, at.leanKg);
    const after = simulateHall(PERSON, {
      days: 150 + 5 * 365,
      intake: (k) => (k < 150 ? b.intakeKcal - 800 : keep),
    });
    const end = after[after.length - 1]!;
    // Only glycogen/water and the AT time constant move in between; tissue returns to the state.
    expect(Math.abs(end.fatKg - at.fatKg)).toBeLessThan(0.3);
    expect(Math.abs(end.leanKg - at.leanKg)).toBeLessThan(0.3);
    expect(Math.abs(end.fatKg - after[after.length - 366]!.fatKg)).toBeLessThan(0.01);
  });

  it("rises with activity: +10 % δ costs ≈ 0.1·δ·BW/(1 − βTEF − βAT) more", () => {
    const b = hallBaseline(PERSON);
    const extra =
      maintenanceIntakeKcal(b, b.fatKg, b.leanKg, { activityChangePct: 10 }) -
      maintenanceIntakeKcal(b, b.fatKg, b.leanKg);
    const expected = (0.1 * b.delta * b.weightKg) / (1 - BETA_TEF - BETA_AT);
    expect(Math.abs(extra - expected)).toBeLessThan(0.02 * expected);
  });
});
