import { describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { main } from "../main.js";

const MAN = ["--sex", "male", "--age", "23", "--height-cm", "180", "--weight-kg", "100", "--pal", "1.5"];
const WOMAN = ["--sex", "female", "--age", "40", "--height-cm", "160", "--weight-kg", "70", "--pal", "1.4"];

interface GoalJson {
  baselineKcal: number;
  intakeKcal: number | null;
  maintenanceKcal: number;
  feasible: boolean;
  earliestFeasibleDays: number | null;
  reasons: string[];
}

async function goal(args: string[]): Promise<GoalJson> {
  const io = memoryIo();
  const code = await main(["goal", ...args, "--json"], io);
  expect(io.err()).toBe("");
  expect(code).toBe(0);
  return JSON.parse(io.out()) as GoalJson;
}

describe("leanback goal --json", () => {
  it("has the documented keys; Lancet 2011 Fig 3: 80 kg in 6 months ≈ 12.7 − 5 MJ/d, kept by ≈10.9 MJ/d", async () => {
    const out = await goal([...MAN, "--goal-kg", "80", "--days", "182"]);
    expect(Object.keys(out).slice(0, 5)).toEqual([
      "baselineKcal",
      "intakeKcal",
      "maintenanceKcal",
      "feasible",
      "earliestFeasibleDays",
    ]);
    expect(out.baselineKcal).toBe(3024); // 1.5 × 2015.84
    const cutMj = ((out.baselineKcal - (out.intakeKcal ?? 0)) * 4.184) / 1000;
    expect(cutMj).toBeGreaterThan(4.6);
    expect(cutMj).toBeLessThan(5.4);
    expect((out.maintenanceKcal * 4.184) / 1000).toBeCloseTo(10.9, 0);
    expect(out.feasible).toBe(true);
    expect(out.earliestFeasibleDays).toBeLessThanOrEqual(182);
  });

  it("an infeasible goal says why and gives an earliest date that is itself feasible", async () => {
    const out = await goal([...WOMAN, "--goal-kg", "58", "--days", "60"]);
    expect(out.feasible).toBe(false);
    expect(out.reasons.length).toBeGreaterThan(0);
    expect(out.earliestFeasibleDays).toBeGreaterThan(60);
    const later = await goal([...WOMAN, "--goal-kg", "58", "--days", String(out.earliestFeasibleDays)]);
    expect(later.feasible).toBe(true);
    expect(later.intakeKcal).toBeGreaterThanOrEqual(1300);
  });

  it("prints the human summary", async () => {
    const io = memoryIo();
    expect(await main(["goal", ...WOMAN, "--goal-kg", "58", "--days", "60"], io)).toBe(0);
    expect(io.out()).toMatch(/Feasible: no — .*1300 kcal\/d floor/);
    expect(io.out()).toMatch(/Earliest safe goal date: in \d+ days/);
  });
});

describe("leanback goal: bad input exits 2", () => {
  it.each([
    [["--goal-kg", "10", "--days", "100"], "--goal-kg: goal must be 30–300 kg"],
    [["--goal-kg", "60", "--days", "0"], "--days: days must be 1–3650"],
    [["--goal-kg", "60", "--days", "1.5"], "--days: days must be 1–3650"],
    [["--days", "100"], "--goal-kg is required"],
  ])("%j", async (extra, message) => {
    const io = memoryIo();
    expect(await main(["goal", ...WOMAN, ...extra], io)).toBe(2);
    expect(io.err()).toContain(message);
  });

  it("a bad person flag names the flag", async () => {
    const io = memoryIo();
    const args = [
      ...WOMAN.slice(0, 4),
      "--height-cm",
      "20",
      ...WOMAN.slice(6),
      "--goal-kg",
      "60",
      "--days",
      "90",
    ];
    expect(await main(["goal", ...args], io)).toBe(2);
    expect(io.err()).toContain("--height-cm: height must be 100–250 cm");
  });

  it("refuses a goal below a healthy weight with the nearest safe goal (exit 2 naming --goal-kg)", async () => {
    const io = memoryIo();
    const woman = [
      "--sex",
      "female",
      "--age",
      "30",
      "--height-cm",
      "165",
      "--weight-kg",
      "55",
      "--pal",
      "1.5",
    ];
    expect(await main(["goal", ...woman, "--goal-kg", "45", "--days", "365"], io)).toBe(2);
    expect(io.err()).toContain("--goal-kg:");
    expect(io.err()).toContain("nearest safe goal is 50.4 kg");
    expect(io.out()).not.toContain("Feasible: yes");
  });

  it("names 80 → 85 kg a weight-gain goal and refuses it", async () => {
    const io = memoryIo();
    const man = ["--sex", "male", "--age", "40", "--height-cm", "180", "--weight-kg", "80", "--pal", "1.6"];
    expect(await main(["goal", ...man, "--goal-kg", "85", "--days", "100"], io)).toBe(2);
    expect(io.err()).toContain("weight-gain goal");
  });

  it("says a 0.1 kg goal tomorrow would be water and glycogen", async () => {
    const out = (await goal([...WOMAN, "--goal-kg", "69.9", "--days", "1"])) as GoalJson & {
      notes: string[];
    };
    expect(out.notes.join(" ")).toMatch(/water and glycogen/);
  });
});
