import { describe, expect, it } from "vitest";
import { addDays } from "../trend/iso-day.js";
import { clientFlags, clientTrend } from "./client-flags.js";

const daily = (from: string, kg: readonly number[]) =>
  kg.map((weightKg, i) => ({ date: addDays(from, i), weightKg }));

describe("clientTrend", () => {
  it("reads the trend weight of the last weigh-in and the rate of the last two weeks", () => {
    // Hand-computed: 80 on day 0, 79 on day 2 → day 1 interpolated at 79.5; trend 80 → 79.95 →
    // 79.855; slope (79 − 80) / 2 = −0.5 kg/day = −3.5 kg/week.
    const t = clientTrend("2025-01-03", [
      { date: "2025-01-01", weightKg: 80 },
      { date: "2025-01-03", weightKg: 79 },
    ]);
    expect(t.trendKg).toBeCloseTo(79.855, 10);
    expect(t.kgPerWeek).toBeCloseTo(-3.5, 10);
  });

  it("ignores weigh-ins older than 14 days for the rate, and has none without two days", () => {
    const t = clientTrend("2026-01-30", [
      { date: "2026-01-01", weightKg: 90 }, // 29 days back: outside the window
      { date: "2026-01-16", weightKg: 80 }, // 14 days back: inside
      { date: "2026-01-30", weightKg: 79 },
    ]);
    expect(t.kgPerWeek).toBeCloseTo(-0.5, 10);
    expect(clientTrend("2026-01-30", [{ date: "2026-01-30", weightKg: 79 }]).kgPerWeek).toBeNull();
    expect(clientTrend("2026-01-30", [])).toEqual({ trendKg: null, kgPerWeek: null });
  });

  it("does not read weigh-ins dated after today", () => {
    const t = clientTrend("2026-01-02", [
      { date: "2026-01-01", weightKg: 80 },
      { date: "2026-01-02", weightKg: 80 },
      { date: "2026-01-03", weightKg: 70 },
    ]);
    expect(t).toEqual({ trendKg: 80, kgPerWeek: 0 });
  });
});

describe("clientFlags", () => {
  const base = { today: "2026-01-22", lastLogDate: "2026-01-22", plannedKgPerWeek: -0.5 };

  it("flags a stall: three weeks of flat weigh-ins on a loss plan", () => {
    const flat = daily(
      "2026-01-01",
      Array.from({ length: 22 }, () => 80),
    );
    expect(clientFlags({ ...base, weighIns: flat })).toEqual(["stalled"]);
    // Maintenance or no goal: flat is the plan, not a stall.
    expect(clientFlags({ ...base, weighIns: flat, plannedKgPerWeek: 0 })).toEqual([]);
    expect(clientFlags({ ...base, weighIns: flat, plannedKgPerWeek: null })).toEqual([]);
  });

  it("calls 0.1 kg in 21 days a stall and 0.3 kg not", () => {
    // Two weigh-ins 21 days apart: the line falls by exactly their difference.
    const two = (kg: number) => [
      { date: "2026-01-01", weightKg: 80 },
      { date: "2026-01-22", weightKg: kg },
    ];
    expect(clientFlags({ ...base, weighIns: two(79.9) })).toEqual(["stalled"]);
    expect(clientFlags({ ...base, weighIns: two(79.7) })).toEqual([]);
  });

  it("needs weigh-ins spanning 14 days before it calls a stall", () => {
    const short = daily(
      "2026-01-10",
      Array.from({ length: 13 }, () => 80),
    ); // spans 12 days
    expect(clientFlags({ ...base, weighIns: short })).toEqual([]);
    const enough = daily(
      "2026-01-08",
      Array.from({ length: 15 }, () => 80),
    ); // spans 14 days
    expect(clientFlags({ ...base, weighIns: enough })).toEqual(["stalled"]);
  });

  it("flags losing faster than 1 % of the trend weight a week", () => {
    // 80 → 78 in 14 days = 1 kg/week; the trend weight is under 80, so 1 % is under 0.8 kg.
    const fast = [
      { date: "2026-01-08", weightKg: 80 },
      { date: "2026-01-22", weightKg: 78 },
    ];
    expect(clientFlags({ ...base, weighIns: fast })).toEqual(["too-fast"]);
    // 80 → 78.6 in 14 days = 0.7 kg/week: within 1 % of a trend weight above 79 kg.
    const ok = [
      { date: "2026-01-08", weightKg: 80 },
      { date: "2026-01-22", weightKg: 78.6 },
    ];
    expect(clientFlags({ ...base, weighIns: ok })).toEqual([]);
  });

  it("flags 7 days or more without any log", () => {
    const w = [{ date: "2026-01-15", weightKg: 80 }];
    expect(clientFlags({ ...base, weighIns: w, lastLogDate: "2026-01-15" })).toEqual(["no-log"]);
    expect(clientFlags({ ...base, weighIns: w, lastLogDate: "2026-01-16" })).toEqual([]);
    expect(clientFlags({ ...base, weighIns: [], lastLogDate: null })).toEqual(["no-log"]);
  });

  it("refuses a last log after today", () => {
    expect(() => clientFlags({ ...base, weighIns: [], lastLogDate: "2026-01-23" })).toThrow(/lastLogDate/);
  });
});
