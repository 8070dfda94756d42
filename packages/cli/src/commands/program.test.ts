import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { main } from "../main.js";
import { programCommand } from "./program.js";

const run = async (argv: string[]) => {
  const io = memoryIo();
  const code = await main(["program", ...argv], io, [programCommand]);
  return { code, out: io.out(), err: io.err() };
};

const base = [
  "--days",
  "mon,wed,fri,sat",
  "--equipment",
  "dumbbells,pullup-bar",
  "--level",
  "beginner",
  "--minutes",
  "45",
  "--weeks",
  "12",
];

const dir = mkdtempSync(join(tmpdir(), "leanback-program-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("leanback program", () => {
  it("prints a readable plan with the week-1 table", async () => {
    const r = await run([...base, "--cardio", "rowing,boxing", "--exclude", "no-jumping", "--seed", "s"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^leanback plan plan-[0-9a-f]{8} — 12 weeks, beginner/);
    expect(r.out).toContain("Back every session: upper back");
    expect(r.out).not.toContain("§");
    // rowing needs a rower: the plan says so; boxing without a bag is shadow boxing
    expect(r.out).toMatch(/Not possible with your equipment or exclusions: rowing;/);
    expect(r.out).toContain("Shadow boxing");
    expect(r.out).toMatch(/Week 1 at a glance\nday\s+session\s+min\s+cardio min/);
  });

  it("applies the unit only when rendering: the protocol's 4.5 kg row start reads 10 lb", async () => {
    const kg = await run([...base, "--seed", "u"]);
    const lb = await run([...base, "--seed", "u", "--unit", "lb"]);
    expect(kg.out).toMatch(/One-arm dumbbell row \(supported\) — .*, 5 kg/);
    expect(lb.out).toMatch(/One-arm dumbbell row \(supported\) — .*, 10 lb/);
  });

  it("calibrates starting loads with --body-weight and --sex", async () => {
    const plain = await run([...base, "--level", "advanced", "--seed", "w"]);
    const heavy = await run([
      ...base,
      "--level",
      "advanced",
      "--seed",
      "w",
      "--body-weight",
      "85",
      "--sex",
      "male",
    ]);
    expect(heavy.code).toBe(0);
    const kgs = (out: string) => [...out.matchAll(/, (\d+(?:\.\d+)?) kg$/gm)].map((m) => Number(m[1]));
    // Without a body weight only the protocol's beginner dumbbells (and their steps) appear.
    expect(Math.max(...kgs(plain.out))).toBeLessThan(10);
    expect(Math.max(...kgs(heavy.out))).toBeGreaterThan(2 * Math.max(...kgs(plain.out)));
    expect(heavy.out).toContain("Starting loads are conservative starting points");
    const bad = await run([...base, "--body-weight", "20"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/body weight must be 30–300 kg/);
  });

  it("prints JSON that matches the same seed's plan", async () => {
    const a = await run([...base, "--json", "--seed", "x"]);
    const b = await run([...base, "--json", "--seed", "x"]);
    expect(a.code).toBe(0);
    const plan = JSON.parse(a.out) as { weeks: unknown[]; input: { seed: string } };
    expect(plan.weeks).toHaveLength(12);
    expect(plan.input.seed).toBe("x");
    expect(a.out).toBe(b.out);
  });

  it("writes an iCalendar file with --ics", async () => {
    const file = join(dir, "plan.ics");
    const r = await run([...base, "--weeks", "2", "--ics", file, "--start", "2026-11-23", "--time", "18:15"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Wrote \d+ sessions over 2 weeks/);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    const events = cal.getAllSubcomponents("vevent");
    expect(events.length).toBe(Number(/Wrote (\d+)/.exec(r.out)?.[1]));
    expect(String(events[0]?.getFirstPropertyValue("dtstart"))).toBe("2026-11-23T18:15:00");
  });

  it("writes the iCalendar text to standard output with --ics - (and no file named -)", async () => {
    const io = memoryIo();
    const code = await main(
      ["program", ...base, "--weeks", "1", "--ics", "-", "--start", "2026-11-23"],
      { ...io, cwd: dir },
      [programCommand],
    );
    expect(code).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(io.out()));
    expect(cal.getAllSubcomponents("vevent").length).toBeGreaterThan(0);
    expect(existsSync(join(dir, "-"))).toBe(false);
  });

  it.each([
    [["--days", "mon,funday"], "--days"],
    [["--level", "expert"], "--level"],
    [["--minutes", "10"], "--minutes"],
    [["--equipment", "spaceship"], "--equipment"],
    [["--cardio", "flying"], "--cardio"],
    [["--exclude", "no-such-exercise"], "--exclude"],
    [["--weeks", "0"], "--weeks"],
    [["--pullups", "-1"], "--pullups"],
    [["--json", "--ics", "x.ics"], "--ics"],
  ])("exits 2 naming the flag for %j", async (bad, flag) => {
    const argv = [...base];
    for (let i = 0; i < bad.length; i++) {
      const k = argv.indexOf(bad[i] as string);
      if (k >= 0 && bad[i + 1] !== undefined && !String(bad[i + 1]).startsWith("--")) {
        argv[k + 1] = bad[i + 1] as string;
        i++;
      } else argv.push(bad[i] as string);
    }
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(flag);
  });

  it("requires --days", async () => {
    const r = await run(["--level", "beginner", "--minutes", "45"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--days");
  });
});
