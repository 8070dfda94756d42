import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mifflinStJeor } from "@leanback/core/energy/rmr";
import { addDays } from "@leanback/core/trend/iso-day";
import { trendWeights } from "@leanback/core/trend/trend-weight";
import { memoryIo } from "../io.js";
import { main } from "../main.js";

const dir = mkdtempSync(join(tmpdir(), "leanback-expenditure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

async function run(args: string[]) {
  const io = { ...memoryIo(), cwd: dir };
  const code = await main(["expenditure", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** 120 days: 2000 kcal/d eaten, weight falling 0.1 kg/d from 90 kg → 2000 + 7700·0.1 = 2770 kcal/d. */
function ramp(
  days = 120,
  row = (i: number) => `${addDays("2025-01-01", i)},${(90 - 0.1 * i).toFixed(3)},2000,true`,
) {
  return (
    ["date,weight_kg,intake_kcal,complete", ...Array.from({ length: days }, (_, i) => row(i))].join("\n") +
    "\n"
  );
}

describe("leanback expenditure", () => {
  it("--json prints the documented keys; a 0.1 kg/d loss on 2000 kcal/d is 2770 kcal/d over the last 28 days", async () => {
    const r = await run(["--log", file("ramp.csv", ramp()), "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual([
      "expenditureKcal",
      "low80Kcal",
      "high80Kcal",
      "from",
      "to",
      "daysUsed",
      "confidence",
    ]);
    // A noise-free line: the interval is only the model terms (5 % of ρ × the slope, ≈ ±50).
    expect(out.low80Kcal).toBeLessThan(2770);
    expect(out.high80Kcal).toBeGreaterThan(2770);
    expect((out.high80Kcal as number) - (out.low80Kcal as number)).toBeLessThan(200);
    expect(out).toEqual({
      expenditureKcal: 2770,
      low80Kcal: out.low80Kcal,
      high80Kcal: out.high80Kcal,
      from: "2025-04-03",
      to: "2025-04-30",
      daysUsed: 28,
      confidence: "high",
    });
  });
  it("honours --from/--to and reads empty cells and yes/no/1/0 flags", async () => {
    const csv = ramp(60, (i) => {
      const d = addDays("2025-01-01", i);
      if (i % 5 === 0) return `${d},,2000,yes`; // no weigh-in
      if (i % 7 === 0) return `${d},${(90 - 0.1 * i).toFixed(3)},1200,no`; // partial day, ignored
      return `${d},${(90 - 0.1 * i).toFixed(3)},2000,1`;
    });
    const r = await run([
      "--log",
      file("mixed.csv", csv),
      "--from",
      "2025-01-31",
      "--to",
      "2025-02-27",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { expenditureKcal: number; from: string; to: string; daysUsed: number };
    expect(out.from).toBe("2025-01-31");
    expect(out.to).toBe("2025-02-27");
    expect(out.daysUsed).toBe(28 - 3); // days 30..57: 42, 49, 56 are partial (35 is a no-weigh-in day)
    expect(Math.abs(out.expenditureKcal - 2770)).toBeLessThan(15); // the trend has ~30 days to settle
  });
  it("blends in RMR × PAL when the person is given and data are short", async () => {
    // Ten days of a noisy scale (±0.6 kg alternating): too short and too noisy to stand alone.
    const csv = ramp(
      10,
      (i) => `${addDays("2025-01-01", i)},${(90 - 0.1 * i + (i % 2 ? 0.6 : -0.6)).toFixed(3)},2000,true`,
    );
    const person = ["--sex", "male", "--age", "40", "--height-cm", "180", "--pal", "1.6"];
    const r = await run(["--log", file("short.csv", csv), ...person, "--body-fat", "25", "--json"]);
    expect(r.err).toBe("");
    const out = JSON.parse(r.out) as {
      expenditureKcal: number;
      daysUsed: number;
      confidence: string;
      low80Kcal: number;
      high80Kcal: number;
    };
    expect(out.daysUsed).toBe(10);
    expect(out.confidence).not.toBe("high");
    expect(out.low80Kcal).toBeLessThan(out.expenditureKcal);
    expect(out.high80Kcal).toBeGreaterThan(out.expenditureKcal);
    // Half prior: the prior alone, at the last trend weight, is 1.6 × Mifflin.
    const prior = 1.6 * mifflinStJeor({ sex: "male", ageYears: 40, heightCm: 180, weightKg: 89.5 });
    expect(Math.abs(out.expenditureKcal - prior)).toBeLessThan(400);
    expect(out.expenditureKcal).not.toBe(Math.round(prior));
  });
  it("with no usable intake the prior alone is RMR × PAL at the trend weight on the window's last day", async () => {
    const csv = ramp(60, (i) => `${addDays("2025-01-01", i)},${(90 - 0.1 * i).toFixed(3)},,`);
    const person = ["--sex", "male", "--age", "40", "--height-cm", "180", "--pal", "1.6"];
    const r = await run(["--log", file("prior.csv", csv), ...person, "--to", "2025-02-01", "--json"]);
    expect(r.err).toBe("");
    const out = JSON.parse(r.out) as { expenditureKcal: number; daysUsed: number; confidence: string };
    const weighIns = Array.from({ length: 60 }, (_, i) => ({
      date: addDays("2025-01-01", i),
      weightKg: Number((90 - 0.1 * i).toFixed(3)),
    }));
    const trendKg = trendWeights(weighIns).find((p) => p.date === "2025-02-01")?.trendKg ?? NaN;
    expect(out.expenditureKcal).toBe(
      Math.round(1.6 * mifflinStJeor({ sex: "male", ageYears: 40, heightCm: 180, weightKg: trendKg })),
    );
    expect(out.daysUsed).toBe(0);
    expect(out.confidence).toBe("low");
  });
  it("prints a human table with the data-quality report", async () => {
    const r = await run(["--log", file("ramp2.csv", ramp())]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/about 2770 kcal\/d, 80 % range 2[67]\d\d–2[78]\d\d \(high confidence\)/);
    expect(r.out).toContain("complete intake days used");
    expect(r.out).toContain("Confidence — high:");
  });
  it.each([
    ["bad date", "date,weight_kg,intake_kcal,complete\n2025-02-30,80,2000,true\n", "line 2, column date"],
    [
      "bad weight",
      "date,weight_kg,intake_kcal,complete\n2025-01-01,80,2000,true\n2025-01-02,eighty,2000,true\n",
      "line 3, column weight_kg",
    ],
    [
      "bad flag",
      "date,weight_kg,intake_kcal,complete\n2025-01-01,80,2000,maybe\n",
      "line 2, column complete",
    ],
    [
      "negative intake",
      "date,weight_kg,intake_kcal,complete\n2025-01-01,80,-5,true\n",
      "line 2, column intake_kcal",
    ],
    ["short row", "date,weight_kg,intake_kcal,complete\n2025-01-01,80\n", "line 2: expected 4 cells"],
    ["bad header", "day,weight,intake,complete\n2025-01-01,80,2000,true\n", 'line 1: unknown column "day"'],
    [
      "duplicate date",
      "date,weight_kg,intake_kcal,complete\n2025-01-01,80,,\n2025-01-01,81,,\n",
      "already appears on line 2",
    ],
  ])("exits 2 on %s, naming line and column", async (_name, csv, message) => {
    const r = await run(["--log", file("bad.csv", csv), "--json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });
  it("exits 2 on usage problems", async () => {
    expect((await run([])).err).toContain("--log is required");
    expect((await run(["--log", "missing.csv"])).code).toBe(2);
    const f = file("ok.csv", ramp());
    const partial = await run(["--log", f, "--sex", "male"]);
    expect(partial.code).toBe(2);
    expect(partial.err).toContain("missing --age, --height-cm, --pal");
    const window = await run(["--log", f, "--from", "2025-03-10", "--to", "2025-03-01"]);
    expect(window.code).toBe(2);
    expect(window.err).toContain("--from: from must not be after to");
    expect((await run(["--log", f, "--to", "2025-13-01"])).err).toContain("--to: must be a real date");
  });
  it("exits 2 when the log cannot give an estimate and no prior is given", async () => {
    const csv = ramp(20, (i) => `${addDays("2025-01-01", i)},${80 - i * 0.05},,`);
    const r = await run(["--log", file("nointake.csv", csv)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--log:");
  });
});
