import { describe, expect, it } from "vitest";
import { runTrials, type TrialMethod } from "./estimator-trial.js";

// The simulation suite (docs/adr/0012): fixed seeds, four people, bias and 80 % coverage. Bounds
// are looser than the targets (|bias| ≤ 30 kcal/d from 21 days, coverage 75–85 %) so that a small
// change to the simulation does not flip them; bench/expenditure-accuracy.ts prints the full table.
describe("expenditure estimators on simulated logs", () => {
  const stats = runTrials({ seeds: 25, days: [14, 21, 28, 56] });
  const get = (method: TrialMethod, days: number) => {
    const s = stats.find((x) => x.method === method && x.days === days);
    if (!s) throw new Error(`no stats for ${method} at ${days} days`);
    return s;
  };

  it("the window estimate is unbiased from 21 days and close at 14", () => {
    expect(Math.abs(get("window", 14).biasKcal)).toBeLessThan(80);
    for (const d of [21, 28, 56]) expect(Math.abs(get("window", d).biasKcal)).toBeLessThan(40);
  });

  it("its 80 % interval holds the truth about 80 % of the time", () => {
    for (const d of [14, 21, 28, 56]) {
      const c = get("window", d).coverage80 ?? 0;
      expect(c).toBeGreaterThan(0.68);
      expect(c).toBeLessThan(0.92);
    }
  });

  it("a plain regression's textbook interval, blind to water and correlated days, covers less", () => {
    for (const d of [21, 28, 56])
      expect(get("plain28", d).coverage80 ?? 1).toBeLessThan(get("window", d).coverage80 ?? 0);
  });

  it("every trial gives an estimate", () => {
    for (const s of stats) expect(s.n).toBeGreaterThan(90);
  });
});
