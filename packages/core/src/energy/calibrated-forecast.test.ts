import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random.js";
import { addDays } from "../trend/iso-day.js";
import { simulateLog } from "../expenditure/simulated-log.js";
import { estimateExpenditure } from "../expenditure/window-estimate.js";
import { calibratedForecast, measuredMaintenance } from "./calibrated-forecast.js";
import { forecastBand } from "./forecast-band.js";
import { hallBaseline, type HallPerson } from "./hall-model.js";
import { measuredFrom } from "./track-record.js";

const person: HallPerson = { sex: "male", ageYears: 40, heightCm: 180, weightKg: 95, pal: 1.6 };

describe("measuredMaintenance", () => {
  it("adds back TEF and the adaptive thermogenesis built up (hand-computed)", () => {
    const m = { expenditureKcal: 2400, low80Kcal: 2300, high80Kcal: 2500, meanIntakeKcal: 1900 };
    // Long on the intake: k = 0.10 + 0.14 = 0.24 → (2400 − 456)/0.76.
    expect(measuredMaintenance({ ...m, daysOnIntake: 10000 }).kcal).toBeCloseTo(1944 / 0.76, 6);
    // Day one: only TEF, k = 0.1 → (2400 − 190)/0.9.
    const d0 = measuredMaintenance({ ...m, daysOnIntake: 0 });
    expect(d0.kcal).toBeCloseTo(2210 / 0.9, 6);
    expect(d0.low).toBeCloseTo(2110 / 0.9, 6);
    expect(d0.high).toBeCloseTo(2310 / 0.9, 6);
  });
  it("refuses an interval that does not hold the estimate", () => {
    expect(() =>
      measuredMaintenance({
        expenditureKcal: 2400,
        low80Kcal: 2450,
        high80Kcal: 2500,
        meanIntakeKcal: 1900,
        daysOnIntake: 5,
      }),
    ).toThrow(/interval/);
  });
});

describe("calibratedForecast", () => {
  it("without a measurement is the formula forecast with the ±10 % band", () => {
    const opts = { days: 56, intake: () => 2200 };
    const f = calibratedForecast(person, undefined, opts);
    expect(f.basis).toBe("formula");
    expect(f.band.central.at(-1)?.weightKg).toBe(forecastBand(person, opts).central.at(-1)?.weightKg);
  });

  it("runs the same deficit against the measured maintenance", () => {
    const ei0 = hallBaseline(person).intakeKcal;
    // Measured 300 kcal/d under the formula at a long-held intake of ei0 − 300: maintenance ei0 − 300.
    const measured = {
      expenditureKcal: ei0 - 300,
      low80Kcal: ei0 - 400,
      high80Kcal: ei0 - 200,
      meanIntakeKcal: ei0 - 300,
      daysOnIntake: 10000,
    };
    const f = calibratedForecast(person, measured, { days: 56, intake: () => ei0 - 300 });
    expect(f.basis).toBe("measured");
    expect(f.maintenanceKcal).toBeCloseTo(ei0 - 300, 6);
    // Eating its own maintenance, the weight holds; the band is the interval (±100/0.76 kcal/d).
    expect(Math.abs((f.band.central.at(-1)?.weightKg ?? 0) - 95)).toBeLessThan(0.05);
    expect(f.band.pct).toBeCloseTo((100 * 100) / 0.76 / ei0, 6);
  });

  it("forecasts people more active than the formula thinks better than the formula does", () => {
    // Ten simulated people with PAL 1.85 whom the formula takes for 1.6: 8 weeks logged, then the
    // next 4 weeks forecast at the intake they ate, beside the true weight (Hall model).
    let mine = 0;
    let formula = 0;
    let used = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const sim = simulateLog({
        person: { ...person, pal: 1.85 },
        days: 84,
        start: "2025-01-06",
        deficitKcal: 500,
        random: mulberry32(seed),
      });
      const to = addDays("2025-01-06", 55);
      const log = sim.log.filter((r) => r.date <= to);
      const est = estimateExpenditure(log, { to, bodyFatPct: hallBaseline(person).bodyFatPct });
      const measured = measuredFrom(est, log);
      if (measured === undefined) continue;
      used++;
      const start = { ...person, weightKg: est.trendEndKg ?? 0 };
      const since = sim.truth.slice(56);
      const eaten = since.reduce((a, d) => a + d.trueIntakeKcal, 0) / since.length - sim.underReportKcal;
      const opts = { days: 28, intake: () => eaten };
      const truth = sim.truth.at(-1)?.trueWeightKg ?? 0;
      mine += Math.abs(
        (calibratedForecast(start, measured, opts).band.central.at(-1)?.weightKg ?? 0) - truth,
      );
      formula += Math.abs(
        (calibratedForecast(start, undefined, opts).band.central.at(-1)?.weightKg ?? 0) - truth,
      );
    }
    expect(used).toBeGreaterThanOrEqual(8);
    expect(mine / used).toBeLessThan(0.7 * (formula / used));
  });
});
