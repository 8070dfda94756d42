import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random.js";
import { addDays } from "../trend/iso-day.js";
import { simulateLog, type LogSimulation } from "../expenditure/simulated-log.js";
import type { HallPerson } from "./hall-model.js";
import { trackRecord } from "./track-record.js";

const START = "2025-01-06";
const woman: HallPerson = { sex: "female", ageYears: 34, heightCm: 168, weightKg: 82, pal: 1.6 };
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

describe("trackRecord", () => {
  it("re-makes the forecast of 4 weeks ago and finds a noise-free log inside its band", () => {
    const sim = simulateLog({
      ...quiet,
      person: woman,
      days: 56,
      start: START,
      deficitKcal: 500,
      random: mulberry32(2),
    });
    const t = trackRecord({ log: sim.log, person: woman, today: addDays(START, 56) });
    expect(t).toBeDefined();
    expect(t?.madeOn).toBe(addDays(START, 28));
    expect(t?.forDate).toBe(addDays(START, 55));
    expect(t?.basis).toBe("measured");
    const truth = sim.truth.at(-1)?.trueWeightKg ?? 0;
    expect(Math.abs((t?.actualKg ?? 0) - truth)).toBeLessThan(0.05);
    // Within 0.25 kg: the model re-builds adaptive thermogenesis from zero (calibrated-forecast.ts),
    // so it forecasts slightly more loss than happens.
    expect(Math.abs(t?.errorKg ?? 9)).toBeLessThan(0.25);
    expect(t?.withinBand).toBe(
      (t?.actualKg ?? 0) >= (t?.lowKg ?? 0) && (t?.actualKg ?? 0) <= (t?.highKg ?? 0),
    );
    expect(t?.lowKg).toBeLessThan(t?.forecastKg ?? 0);
    expect(t?.highKg).toBeGreaterThan(t?.forecastKg ?? 0);
  });

  it("on noisy logs holds the weight now in its band most of the time", () => {
    let inside = 0;
    let err = 0;
    let n = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const sim = simulateLog({
        person: woman,
        days: 56,
        start: START,
        deficitKcal: 450,
        random: mulberry32(seed),
      });
      const t = trackRecord({ log: sim.log, person: woman, today: addDays(START, 56) });
      if (t === undefined) continue;
      n++;
      if (t.withinBand) inside++;
      err += Math.abs(t.errorKg);
    }
    expect(n).toBeGreaterThanOrEqual(18);
    expect(inside / n).toBeGreaterThanOrEqual(0.6);
    expect(err / n).toBeLessThan(0.8);
  });

  it("uses the formula when the log of 4 weeks ago was too short to measure", () => {
    const sim = simulateLog({
      person: woman,
      days: 38,
      start: START,
      deficitKcal: 500,
      random: mulberry32(3),
    });
    const t = trackRecord({ log: sim.log, person: woman, today: addDays(START, 38) });
    expect(t?.basis).toBe("formula");
  });

  it("says nothing without weigh-ins then or a week of complete diary days since", () => {
    // Four weeks ago is before the first weigh-in.
    const sim = simulateLog({
      person: woman,
      days: 27,
      start: START,
      deficitKcal: 500,
      random: mulberry32(4),
    });
    expect(trackRecord({ log: sim.log, person: woman, today: addDays(START, 27) })).toBeUndefined();
    const noDiary = simulateLog({
      ...quiet,
      person: woman,
      days: 56,
      start: START,
      deficitKcal: 500,
      random: mulberry32(4),
      completeChance: 0,
    });
    expect(trackRecord({ log: noDiary.log, person: woman, today: addDays(START, 56) })).toBeUndefined();
    expect(() =>
      trackRecord({ log: sim.log, person: woman, today: addDays(START, 27), horizonDays: 3 }),
    ).toThrow(/horizon/);
  });
});
