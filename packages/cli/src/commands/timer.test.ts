import { describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { main } from "../main.js";
import { timerCommand } from "./timer.js";

const run = async (...argv: string[]) => {
  const io = memoryIo();
  const code = await main(["timer", ...argv], io, [timerCommand]);
  return { code, out: io.out(), err: io.err() };
};

describe("leanback timer", () => {
  it("prints the boxing timeline as a table", async () => {
    const { code, out } = await run("--pattern", "boxing-30-30");
    expect(code).toBe(0);
    const lines = out.split("\n");
    const header = lines.find((l) => l.startsWith("start"));
    expect(header).toMatch(/^start\s+duration\s+segment\s+label\s+voice$/);
    // get-ready + 3 work + 2 rest rows
    expect(lines.filter((l) => /^\d+:\d\d\s/.test(l))).toHaveLength(6);
    expect(out).toMatch(/^0:10\s+0:30\s+work 1\/3\s+Punch as fast as you can\s+Round 1 of 3\. Go!/m);
    expect(out).toContain("Total 2:40 (6 segments)");
  });

  it("--json prints the timeline with offsets that sum to the total", async () => {
    const { code, out } = await run("--pattern", "boxing-30-30", "--json");
    expect(code).toBe(0);
    const t = JSON.parse(out) as { totalSeconds: number; segments: { start: number; duration: number }[] };
    const last = t.segments[t.segments.length - 1];
    expect(last && last.start + last.duration).toBe(t.totalSeconds);
  });

  it("--list lists every pattern, in JSON too", async () => {
    const { code, out } = await run("--list");
    expect(code).toBe(0);
    for (const id of ["boxing-30-30", "tabata", "emom", "circuit", "rowing-strength"])
      expect(out).toContain(id);
    const json = JSON.parse((await run("--list", "--json")).out) as { id: string }[];
    expect(json.map((p) => p.id)).toContain("running-intervals");
  });

  it("a bad pattern exits 2 naming --pattern and the choices", async () => {
    const { code, err } = await run("--pattern", "zumba");
    expect(code).toBe(2);
    expect(err).toContain("--pattern");
    expect(err).toContain("boxing-30-30");
    expect(err).toContain("tabata");
  });

  it("no pattern and no --list is a usage error", async () => {
    expect((await run()).code).toBe(2);
  });

  it("is registered in the leanback command list", async () => {
    const io = memoryIo();
    expect(await main(["timer", "--pattern", "tabata", "--json"], io)).toBe(0);
    expect((JSON.parse(io.out()) as { id: string }).id).toBe("tabata");
  });
});
