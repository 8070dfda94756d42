import { describe, expect, it } from "vitest";
import { jacksonBodyFatPct } from "../body/jackson.js";
import { InvalidInputError } from "../errors.js";
import { mulberry32 } from "../random.js";
import { addDays } from "../trend/iso-day.js";
import { adaptiveExpenditure } from "./adaptive.js";
import type { DailyLog } from "./daily-log.js";
import { simulateLog, trueLogScaleExpenditure, type LogSimulation } from "./simulated-log.js";
import { estimateExpenditure, PRIOR_SD_FRACTION } from "./window-estimate.js";

const START = "2025-01-06";
const man = { sex: "male", ageYears: 40, heightCm: 180, weightKg: 100, pal: 1.6 } as const;
const fat = jacksonBodyFatPct(man);
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
const upTo = (log: readonly DailyLog[], days: number) =>
  log.filter((r) => r.date <= addDays(START, days - 1));

describe("estimateExpenditure", () => {
  it("is right from the first two weeks of a new diet, where the old trend estimate runs low", () => {
    const sim = simulateLog({
      ...quiet,
      person: man,
      days: 28,
      start: START,
      deficitKcal: 600,
      random: mulberry32(1),
    });
    for (const days of [14, 21, 28]) {
      const truth = trueLogScaleExpenditure(sim, 0, days - 1);
      const e = estimateExpenditure(upTo(sim.log, days), { bodyFatPct: fat });
      expect(Math.abs(e.expenditureKcal - truth)).toBeLessThan(30);
      expect(e.low80Kcal).toBeLessThanOrEqual(truth);
      expect(e.high80Kcal).toBeGreaterThanOrEqual(truth);
      // The first week's water (≈ 0.45 kg) is removed, not read as fat.
      expect(e.waterShiftKg).toBeLessThan(-0.35);
    }
    const old = adaptiveExpenditure(upTo(sim.log, 14), { bodyFatPct: fat });
    expect(old.expenditureKcal - trueLogScaleExpenditure(sim, 0, 13)).toBeLessThan(-50);
  });

  it("starts the water model on the first day with food logged, after months of weigh-ins alone", () => {
    const sim = simulateLog({
      ...quiet,
      person: man,
      days: 21,
      start: START,
      deficitKcal: 600,
      random: mulberry32(9),
    });
    const before = Array.from({ length: 90 }, (_, i): DailyLog => ({
      date: addDays(START, i - 90),
      weightKg: 100,
    }));
    const e = estimateExpenditure([...before, ...sim.log], { bodyFatPct: fat });
    expect(Math.abs(e.expenditureKcal - trueLogScaleExpenditure(sim, 0, 20))).toBeLessThan(30);
    expect(e.waterShiftKg).toBeLessThan(-0.35);
    // The window starts with the food diary, not with the weigh-ins before it.
    expect(e.from).toBe(START);
  });

  it("reads a flat weight at a steady intake as that intake, with no water shift", () => {
    const log = Array.from({ length: 28 }, (_, i): DailyLog => ({
      date: addDays(START, i),
      weightKg: 80,
      intakeKcal: 2400,
      complete: true,
    }));
    const e = estimateExpenditure(log);
    expect(e.expenditureKcal).toBeCloseTo(2400, 6);
    expect(e.waterShiftKg).toBeCloseTo(0, 9);
    expect(e.energyDensitySource).toBe("fallback");
  });

  it("narrows as the log grows, and confidence follows the width", () => {
    const sim = simulateLog({
      person: man,
      days: 56,
      start: START,
      deficitKcal: 500,
      random: mulberry32(11),
    });
    const at = (d: number) => estimateExpenditure(upTo(sim.log, d), { bodyFatPct: fat });
    const w14 = at(14).high80Kcal - at(14).low80Kcal;
    const w28 = at(28).high80Kcal - at(28).low80Kcal;
    expect(w28).toBeLessThan(w14 * 0.75);
    const noisy = simulateLog({
      person: man,
      days: 28,
      start: START,
      deficitKcal: 500,
      random: mulberry32(11),
      scaleNoiseKg: 1.5,
      completeChance: 1,
    });
    const e = estimateExpenditure(noisy.log, { bodyFatPct: fat });
    // 28 complete days, yet a scale this noisy cannot say much: low, however many days.
    expect(e.quality.completeDays).toBe(28);
    expect(e.confidence).toBe("low");
    expect(e.high80Kcal - e.low80Kcal).toBeGreaterThan(700);
  });

  it("blends the formula prior by precision while fewer than 14 days are logged", () => {
    const sim = simulateLog({ person: man, days: 10, start: START, deficitKcal: 500, random: mulberry32(5) });
    const prior = 3100;
    const e = estimateExpenditure(sim.log, { priorKcal: prior, bodyFatPct: fat });
    const data = e.adaptiveKcal ?? Number.NaN;
    expect(e.quality.priorWeight).toBeGreaterThan(0);
    expect(e.quality.priorWeight).toBeLessThan(1);
    expect(e.expenditureKcal).toBeCloseTo(
      e.quality.priorWeight * prior + (1 - e.quality.priorWeight) * data,
      6,
    );
    // Blending two estimates is narrower than the prior alone.
    expect(e.high80Kcal - e.expenditureKcal).toBeLessThan(1.2816 * PRIOR_SD_FRACTION * prior);
  });

  it("falls back to the prior alone, ± its own spread, without usable data", () => {
    const e = estimateExpenditure([{ date: START, weightKg: 90 }], { priorKcal: 2500 });
    expect(e.expenditureKcal).toBe(2500);
    expect(e.adaptiveKcal).toBeUndefined();
    expect(e.high80Kcal - 2500).toBeCloseTo(1.2816 * 0.12 * 2500, 6);
    expect(e.confidence).toBe("low");
    expect(() => estimateExpenditure([{ date: START, weightKg: 90 }])).toThrow(InvalidInputError);
    expect(() => estimateExpenditure([{ date: START, intakeKcal: -5, complete: true }])).toThrow(/intake/);
  });
});
