import { describe, expect, it } from "vitest";
import { hallBaseline, simulateHall } from "@leanback/core/energy/hall-model";
import { forbesEnergyDensity } from "@leanback/core/expenditure/energy-density";
import { memoryIo } from "../io.js";
import { main } from "../main.js";

const WOMAN = ["--sex", "female", "--age", "40", "--height-cm", "165", "--weight-kg", "80", "--pal", "1.6"];
const START = ["--start-date", "2026-01-01"];
const person = { sex: "female", ageYears: 40, heightCm: 165, weightKg: 80, pal: 1.6 } as const;

interface PlanJson {
  maintenanceKcal: number;
  targetKcal: number;
  floorKcal: number;
  basis: string;
  proteinGPerDay: number;
  proteinGPerMeal: number;
  proteinBasis: string;
  proteinPortions: { name: string; grams: number }[];
  fatServings: number;
  vegetableServings: number;
  goalKg: number | null;
  goalDate: string | null;
  maintenanceAfterKcal: number;
  feasible?: boolean;
  forecast: { month: number; date: string; weightKg: number; lowKg: number; highKg: number }[];
}

async function run(args: string[]) {
  const io = memoryIo();
  const code = await main(["plan", ...args], io);
  return { code, out: io.out(), err: io.err() };
}
async function plan(args: string[]): Promise<PlanJson> {
  const r = await run([...args, "--json"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as PlanJson;
}

describe("leanback plan", () => {
  it("default: 500 kcal/d below maintenance; Mifflin 9.99·80 + 6.25·165 − 4.92·40 − 161 = 1472.65, × 1.6 = 2356", async () => {
    const p = await plan([...WOMAN, ...START]);
    expect(p.maintenanceKcal).toBe(2356);
    expect(p.targetKcal).toBe(1856); // 2356.24 − 500
    expect(p.floorKcal).toBe(1300);
    // No body fat or goal: 1.6 g/kg (Morton 2018) of 68.1 kg, BMI 25 at 165 cm (25 × 1.65²), not of 80 kg.
    expect(p.proteinBasis).toBe("bmi-25-weight");
    expect(p.proteinGPerDay).toBe(109); // 68.06 × 1.6 = 108.9
    expect(p.proteinGPerMeal).toBe(36);
    // 36 g a meal: 36 ÷ 0.31 = 116 g of chicken breast, 36 ÷ 0.102 = 353 g of Greek yogurt (USDA SR28).
    expect(p.proteinPortions.slice(0, 2)).toEqual([
      { name: "chicken breast (roasted)", grams: 115 },
      { name: "Greek yogurt (plain, nonfat)", grams: 355 },
    ]);
    expect(p.fatServings).toBe(3);
    expect(p.vegetableServings).toBe(3);
    // 12 calendar months without a goal; month 0 is today's weight; the band widens.
    expect(p.forecast).toHaveLength(13);
    expect(p.forecast[0]).toEqual({ month: 0, date: "2026-01-01", weightKg: 80, lowKg: 80, highKg: 80 });
    expect(p.forecast[1]?.date).toBe("2026-02-01");
    const last = p.forecast.at(-1);
    expect(last?.date).toBe("2027-01-01");
    expect((last?.highKg ?? 0) - (last?.lowKg ?? 0)).toBeGreaterThan(2);
    for (let i = 1; i < p.forecast.length; i++)
      expect(p.forecast[i]?.weightKg).toBeLessThanOrEqual(p.forecast[i - 1]?.weightKg ?? 0);
  });
  it("with --body-fat, protein is 2.0 g/kg of fat-free mass: 80 kg at 40 % → 48 kg → 96 g", async () => {
    const p = await plan([...WOMAN, ...START, "--body-fat", "40", "--goal-kg", "70"]);
    expect(p.proteinBasis).toBe("fat-free-mass");
    expect(p.proteinGPerDay).toBe(96);
    expect(p.proteinGPerMeal).toBe(32);
  });
  it("--rate-pct 0.5: 0.4 kg/week × Forbes density of the baseline fat mass / 7 below maintenance", async () => {
    const p = await plan([...WOMAN, ...START, "--rate-pct", "0.5"]);
    const b = hallBaseline(person);
    expect(p.targetKcal).toBe(Math.round(b.intakeKcal - (0.4 * forbesEnergyDensity(b.fatKg)) / 7));
  });
  it("with --goal-kg the forecast runs to the goal month and gives the goal date and maintenance after it", async () => {
    const p = await plan([...WOMAN, ...START, "--goal-kg", "72"]);
    expect(p.goalDate).not.toBeNull();
    const goalRow = p.forecast.find((r) => r.date >= (p.goalDate ?? ""));
    expect(goalRow?.weightKg).toBeLessThanOrEqual(72.05);
    expect(p.maintenanceAfterKcal).toBeLessThan(p.maintenanceKcal);
    expect(p.maintenanceAfterKcal).toBeGreaterThan(p.targetKcal);
  });
  it("--goal-date solves the intake on Hall's model so the goal is met on the date", async () => {
    const p = await plan([...WOMAN, ...START, "--goal-kg", "72", "--goal-date", "2026-07-02"]);
    expect(p.feasible).toBe(true);
    expect(p.goalDate).toBe("2026-07-02");
    const end = simulateHall(person, { days: 182, intake: () => p.targetKcal }).at(-1);
    expect(end?.weightKg).toBeCloseTo(72, 1);
  });
  it("a goal date that is too soon is replaced by the earliest safe date, and says why", async () => {
    const p = await plan([...WOMAN, ...START, "--goal-kg", "70", "--goal-date", "2026-03-01"]);
    expect(p.feasible).toBe(false);
    expect(p.basis).toContain("too soon");
    expect((p.goalDate ?? "") > "2026-03-01").toBe(true);
    expect(p.targetKcal).toBeGreaterThanOrEqual(1300);
  });
  it("never plans below the floor; --floor may raise it", async () => {
    const small = [
      "--sex",
      "female",
      "--age",
      "70",
      "--height-cm",
      "150",
      "--weight-kg",
      "50",
      "--pal",
      "1.4",
    ];
    const p = await plan([...small, ...START]);
    expect(p.targetKcal).toBe(1300);
    expect(p.basis).toContain("floor");
    expect((await plan([...WOMAN, ...START, "--floor", "2000"])).targetKcal).toBe(2000);
  });
  it("prints a human summary with maintenance, target, servings, forecast and goal", async () => {
    const r = await run([...WOMAN, ...START, "--goal-kg", "75"]);
    expect(r.code).toBe(0);
    for (const s of [
      "Maintenance today:  2356 kcal/d",
      "Daily target:       1856 kcal/d",
      // 1.6 × the 75 kg goal = 120 g; 40 g a meal by each food's own protein density.
      "Protein:            120 g/d (1.6 g per kg of your 75 kg goal weight): about 40 g of protein at each of 3 meals, e.g. 130 g chicken breast (roasted) or 390 g Greek yogurt (plain, nonfat) or 315 g eggs (hard-boiled)",
      "Healthy fats:",
      "Vegetables:",
      "month  date",
      "Goal 75 kg: around",
      "Maintenance after the goal:",
    ])
      expect(r.out).toContain(s);
  });
  it.each([
    [
      ["--rate-pct", "0.5", "--goal-date", "2026-06-01", "--goal-kg", "70"],
      "--rate-pct and --goal-date are alternatives",
    ],
    [["--goal-date", "2026-06-01", "--goal-kg", "70"], "--goal-date needs --goal-kg and --start-date"],
    [["--goal-kg", "85"], "--goal-kg: goal must be below today's weight"],
    [["--rate-pct", "2"], "--rate-pct: rate must be 0.1–1.0 % of body weight a week"],
    [["--floor", "1100"], "--floor: the calorie floor for women must be 1200–4000 kcal/d"],
    [["--start-date", "2026-02-30"], "--start-date: must be a real date"],
  ])("exits 2 on %j", async (extra, message) => {
    const r = await run([...WOMAN, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
  it("exits 2 when a person flag is missing", async () => {
    const r = await run(["--sex", "female", "--age", "40", "--height-cm", "165", "--pal", "1.6"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--weight-kg is required");
  });
});
