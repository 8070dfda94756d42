import { forecastBand } from "@leanback/core/energy/forecast-band";
import { hallBaseline, simulateHall } from "@leanback/core/energy/hall-model";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { main } from "../main.js";

const MAN = ["--sex", "male", "--age", "23", "--height-cm", "180", "--weight-kg", "100", "--pal", "1.5"];
const DAY_KEYS = [
  "day",
  "weightKg",
  "fatKg",
  "leanKg",
  "glycogenKg",
  "ecfKg",
  "expenditureKcal",
  "intakeKcal",
  "weightLowKg",
  "weightHighKg",
];

interface Day {
  day: number;
  weightKg: number;
  weightLowKg: number;
  weightHighKg: number;
  fatKg: number;
  intakeKcal: number;
  expenditureKcal: number;
}

async function json(args: string[]): Promise<{ bandPct: number; days: Day[] }> {
  const io = memoryIo();
  const code = await main(["forecast", ...args, "--json"], io);
  expect(io.err()).toBe("");
  expect(code).toBe(0);
  return JSON.parse(io.out()) as { bandPct: number; days: Day[] };
}

describe("leanback forecast --json", () => {
  it("prints {bandPct, days:[…]} with day 0 = baseline and the documented keys", async () => {
    const out = await json([...MAN, "--intake-change", "-500", "--days", "30"]);
    expect(Object.keys(out)).toEqual(["bandPct", "days"]);
    expect(out.days).toHaveLength(31);
    for (const [i, d] of out.days.entries()) {
      expect(Object.keys(d)).toEqual(DAY_KEYS);
      expect(d.day).toBe(i);
    }
    const ei0 = hallBaseline({
      sex: "male",
      ageYears: 23,
      heightCm: 180,
      weightKg: 100,
      pal: 1.5,
    }).intakeKcal;
    expect(out.days[0]).toMatchObject({ weightKg: 100, intakeKcal: Number(ei0.toFixed(1)) });
    expect(out.days[1]!.intakeKcal).toBeCloseTo(ei0 - 500, 1);
  });

  it("carries the intake-uncertainty band per day: equal at day 0, then around the central weight and widening", async () => {
    const out = await json([...MAN, "--intake-change", "-500", "--days", "180"]);
    const person = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 } as const;
    const band = forecastBand(person, { days: 180, intake: () => hallBaseline(person).intakeKcal - 500 });
    expect(out.bandPct).toBe(band.pct);
    expect(out.days[0]).toMatchObject({ weightLowKg: 100, weightHighKg: 100 });
    let width = 0;
    for (const d of out.days.slice(1)) {
      expect(d.weightLowKg).toBeLessThan(d.weightKg);
      expect(d.weightHighKg).toBeGreaterThan(d.weightKg);
      expect(d.weightHighKg - d.weightLowKg).toBeGreaterThan(width);
      width = d.weightHighKg - d.weightLowKg;
    }
    expect(out.days[180]!.weightLowKg).toBeCloseTo(band.lower[180]!.weightKg, 3);
    expect(out.days[180]!.weightHighKg).toBeCloseTo(band.upper[180]!.weightKg, 3);
  });

  it("matches the core model: Lancet 2011 Fig 3, −5 MJ/d for 6 months ≈ −20 kg", async () => {
    const out = await json([...MAN, "--intake-change=-1195", "--days", "182"]);
    const person = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 } as const;
    const ei0 = hallBaseline(person).intakeKcal;
    const core = simulateHall(person, { days: 182, intake: () => ei0 - 1195 });
    expect(out.days[182]!.weightKg).toBeCloseTo(core[182]!.weightKg, 3);
    expect(100 - out.days[182]!.weightKg).toBeGreaterThan(18.5);
    expect(100 - out.days[182]!.weightKg).toBeLessThan(21.5);
  });

  it("defaults to 365 days; no intake change keeps weight", async () => {
    const out = await json([...MAN, "--intake-change", "0"]);
    expect(out.days).toHaveLength(366);
    for (const d of out.days) expect(d.weightKg).toBe(100);
  });

  it("--stop-after D returns to baseline intake after day D, and weight turns back up", async () => {
    const out = await json([...MAN, "--intake-change=-700", "--days", "120", "--stop-after", "60"]);
    expect(out.days[60]!.intakeKcal).toBeCloseTo(out.days[0]!.intakeKcal - 700, 1);
    expect(out.days[61]!.intakeKcal).toBe(out.days[0]!.intakeKcal);
    expect(out.days[120]!.weightKg).toBeGreaterThan(out.days[61]!.weightKg);
  });

  it("--sodium proportional sheds more water early; --activity-change +20 loses weight at unchanged intake", async () => {
    const constant = await json([...MAN, "--intake-change=-500", "--days", "7"]);
    const prop = await json([...MAN, "--intake-change=-500", "--days", "7", "--sodium", "proportional"]);
    expect(prop.days[7]!.weightKg).toBeLessThan(constant.days[7]!.weightKg - 0.1);
    const active = await json([...MAN, "--intake-change", "0", "--activity-change", "20", "--days", "90"]);
    expect(active.days[90]!.weightKg).toBeLessThan(99);
  });

  it("--body-fat replaces the BMI estimate", async () => {
    const out = await json([...MAN, "--intake-change", "0", "--days", "1", "--body-fat", "20"]);
    expect(out.days[0]!.fatKg).toBe(20);
  });
});

describe("leanback forecast (human)", () => {
  it("prints a weekly table with the band and the labelled 3500-kcal comparison", async () => {
    const io = memoryIo();
    expect(await main(["forecast", ...MAN, "--intake-change=-500", "--days", "28"], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/day\s+weight kg\s+range ±10 %/);
    expect(out).toMatch(/3500-rule kg/);
    expect(out).toMatch(/comparison/);
    const dayCells = out
      .split("\n")
      .filter((l) => /^\s*\d+\s/.test(l))
      .map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(dayCells).toEqual([0, 7, 14, 21, 28]);
  });
});

describe("leanback forecast: bad input exits 2 naming the flag and the rule", () => {
  /** MAN with `flag` set to `value` (replaced when present, appended otherwise). */
  function withFlag(flag: string, value: string): string[] {
    const args = [...MAN, "--intake-change", "0"];
    const at = args.indexOf(flag);
    if (at >= 0) args.splice(at, 2, `${flag}=${value}`);
    else args.push(`${flag}=${value}`);
    return args;
  }

  it.each([
    ["--height-cm", "20", "--height-cm: height must be 100–250 cm"],
    ["--pal", "1.2", "--pal: PAL must be 1.4–2.4"],
    ["--age", "12", "--age: age must be 18–100 years"],
    ["--weight-kg", "abc", "--weight-kg: weight must be 30–300 kg"],
    ["--days", "0", "--days: days must be 1–3650"],
    ["--days", "2.5", "--days: days must be 1–3650"],
    ["--body-fat", "80", "--body-fat: body fat must be 3–60 %"],
    ["--sodium", "low", "--sodium must be one of constant, proportional"],
    ["--activity-change", "500", "--activity-change: activity change must be −50…+100 %"],
    [
      "--intake-change",
      "-2500",
      "--intake-change: intake would be 524 kcal/d; it must stay at or above 800 kcal/d",
    ],
  ])("%s %s", async (flag, value, message) => {
    const io = memoryIo();
    expect(await main(["forecast", ...withFlag(flag, value)], io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe("");
  });

  it("a missing required flag is a usage error", async () => {
    const io = memoryIo();
    expect(await main(["forecast", ...MAN.slice(2), "--intake-change", "0"], io)).toBe(2);
    expect(io.err()).toContain("--sex is required");
  });
});
