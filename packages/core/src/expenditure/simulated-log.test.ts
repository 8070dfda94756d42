import { describe, expect, it } from "vitest";
import { hallBaseline, simulateHall } from "../energy/hall-model.js";
import { mulberry32 } from "../random.js";
import { simulateLog, trueLogScaleExpenditure, type LogSimulation } from "./simulated-log.js";

const man = { sex: "male", ageYears: 40, heightCm: 180, weightKg: 95, pal: 1.6 } as const;
const woman = { sex: "female", ageYears: 30, heightCm: 165, weightKg: 70, pal: 1.5 } as const;
const quiet: Partial<LogSimulation> = {
  scaleNoiseKg: 0,
  waterDayChance: 0,
  cycleKg: 0,
  adherenceSdKcal: 0,
  reportNoisePct: 0,
  completeChance: 1,
  weighInChance: 1,
  tripChance: 0,
};

describe("simulateLog", () => {
  it("is the same log for the same seed and a different one for another", () => {
    const a = simulateLog({
      person: man,
      days: 40,
      start: "2025-01-01",
      deficitKcal: 500,
      random: mulberry32(7),
    });
    const b = simulateLog({
      person: man,
      days: 40,
      start: "2025-01-01",
      deficitKcal: 500,
      random: mulberry32(7),
    });
    const c = simulateLog({
      person: man,
      days: 40,
      start: "2025-01-01",
      deficitKcal: 500,
      random: mulberry32(8),
    });
    expect(a).toEqual(b);
    expect(c.log).not.toEqual(a.log);
  });

  it("without noise logs the Hall model's weight and the intake minus the under-report", () => {
    const s = simulateLog({
      ...quiet,
      person: man,
      days: 30,
      start: "2025-01-01",
      deficitKcal: 500,
      underReportKcal: 150,
      random: mulberry32(1),
    });
    const ei = hallBaseline(man).intakeKcal - 500;
    const model = simulateHall(man, { days: 30, intake: () => ei });
    expect(s.log).toHaveLength(30);
    s.log.forEach((row, i) => {
      expect(row.weightKg).toBeCloseTo(model[i]?.weightKg ?? 0, 1);
      expect(row.intakeKcal).toBe(Math.round(ei - 150));
      expect(row.complete).toBe(true);
    });
    const meanEe = model.slice(1, 29).reduce((a, r) => a + r.expenditureKcal, 0) / 28;
    expect(trueLogScaleExpenditure(s, 0, 27)).toBeCloseTo(meanEe - 150, 6);
  });

  it("misses weigh-ins, diary days and whole trips at about the rates asked", () => {
    const s = simulateLog({
      person: man,
      days: 3000,
      start: "2020-01-01",
      deficitKcal: 0,
      random: mulberry32(3),
      tripChance: 0.02,
    });
    const kept = s.log.length / 3000;
    expect(kept).toBeGreaterThan(0.8); // trips of 3–7 days at 2 % a day take ~9 % of days
    expect(kept).toBeLessThan(0.95);
    const weighed = s.log.filter((r) => r.weightKg !== undefined).length / s.log.length;
    expect(weighed).toBeGreaterThan(0.77);
    expect(weighed).toBeLessThan(0.83);
    const complete = s.log.filter((r) => r.complete).length / s.log.length;
    expect(complete).toBeGreaterThan(0.82);
    expect(complete).toBeLessThan(0.88);
  });

  it("gives a woman a 28-day water cycle of the size asked, and a man none", () => {
    const opts = {
      ...quiet,
      days: 56,
      start: "2025-01-01",
      deficitKcal: 0,
      cycleKg: 0.8,
      random: mulberry32(4),
    };
    const w = simulateLog({ ...opts, person: woman });
    const swing = w.log.map((r, i) => (r.weightKg ?? 0) - (w.truth[i]?.trueWeightKg ?? 0));
    expect(Math.max(...swing) - Math.min(...swing)).toBeGreaterThan(0.7);
    expect(Math.max(...swing)).toBeLessThanOrEqual(0.85);
    const m = simulateLog({ ...opts, person: man });
    for (const [i, r] of m.log.entries())
      expect(Math.abs((r.weightKg ?? 0) - (m.truth[i]?.trueWeightKg ?? 0))).toBeLessThan(0.06);
  });

  it("names a bad setting", () => {
    expect(() =>
      simulateLog({ person: man, days: 0, start: "2025-01-01", deficitKcal: 0, random: mulberry32(1) }),
    ).toThrow(/days/);
    expect(() =>
      simulateLog({
        person: man,
        days: 5,
        start: "2025-01-01",
        deficitKcal: 0,
        weighInChance: 2,
        random: mulberry32(1),
      }),
    ).toThrow(/weighInChance/);
  });
});
