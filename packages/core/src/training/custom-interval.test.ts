import { describe, expect, it } from "vitest";
import { customIntervalSchema, customIntervalSpec, customIntervalSummary } from "./custom-interval.js";
import { buildTimeline } from "./interval-timeline.js";

const parse = (v: unknown) => customIntervalSchema.parse(v);

describe("custom interval timers", () => {
  it("unrolls warm-up, rounds of work and rest (no rest after the last), cool-down", () => {
    const c = parse({
      name: "Hill sprints",
      workSeconds: 45,
      restSeconds: 75,
      rounds: 3,
      warmupSeconds: 300,
      cooldownSeconds: 240,
    });
    const t = buildTimeline(customIntervalSpec(c));
    expect(
      t.segments.map((s) => [s.kind, s.duration, s.round ? `${s.round.index}/${s.round.of}` : ""]),
    ).toEqual([
      ["get-ready", 10, ""],
      ["warmup", 300, ""],
      ["work", 45, "1/3"],
      ["rest", 75, "1/3"],
      ["work", 45, "2/3"],
      ["rest", 75, "2/3"],
      ["work", 45, "3/3"],
      ["cooldown", 240, ""],
    ]);
    expect(t.totalSeconds).toBe(10 + 300 + 3 * 45 + 2 * 75 + 240);
    expect(t.name).toBe("Hill sprints");
  });

  it("without rest, warm-up or cool-down is work back to back", () => {
    const t = buildTimeline(
      customIntervalSpec(parse({ name: "EMOM", workSeconds: 60, restSeconds: 0, rounds: 4 })),
    );
    expect(t.segments.map((s) => s.kind)).toEqual(["get-ready", "work", "work", "work", "work"]);
    expect(t.totalSeconds).toBe(250);
  });

  it("summarises in the person's words", () => {
    expect(customIntervalSummary(parse({ name: "x", workSeconds: 20, restSeconds: 10, rounds: 8 }))).toBe(
      "20 s work / 10 s rest × 8",
    );
    expect(
      customIntervalSummary(
        parse({
          name: "x",
          workSeconds: 90,
          restSeconds: 0,
          rounds: 5,
          warmupSeconds: 300,
          cooldownSeconds: 150,
        }),
      ),
    ).toBe("1:30 work × 5, 5:00 warm-up, 2:30 cool-down");
  });

  it("refuses values a timer cannot run, naming the field", () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ workSeconds: 0 }, "workSeconds"],
      [{ workSeconds: 12.5 }, "workSeconds"],
      [{ restSeconds: -1 }, "restSeconds"],
      [{ rounds: 0 }, "rounds"],
      [{ rounds: 101 }, "rounds"],
      [{ name: "  " }, "name"],
      [{ warmupSeconds: 4000 }, "warmupSeconds"],
      [{ colour: "red" }, ""],
    ];
    for (const [patch, field] of bad) {
      const r = customIntervalSchema.safeParse({
        name: "ok",
        workSeconds: 20,
        restSeconds: 10,
        rounds: 3,
        ...patch,
      });
      expect(r.success, field).toBe(false);
      if (field !== "") expect(r.error?.issues[0]?.path).toEqual([field]);
    }
  });
});
