import { describe, expect, it } from "vitest";
import { jsonLogger } from "./log.js";

describe("jsonLogger", () => {
  const capture = (minLevel: Parameters<typeof jsonLogger>[0], clock: () => number) => {
    const lines: string[] = [];
    return { lines, log: jsonLogger(minLevel, (l) => lines.push(l), clock) };
  };

  it("writes one JSON object a line: time, level, msg, then the fields", () => {
    const { lines, log } = capture("info", () => Date.parse("2026-11-21T08:00:00.123Z"));
    log.log("info", "request", { requestId: "a-1", route: "/api/x", status: 200, ms: 1.5 });
    log.log("warn", 'quote " and \n newline');
    expect(lines.every((l) => l.endsWith("\n") && !l.slice(0, -1).includes("\n"))).toBe(true);
    expect(JSON.parse(lines[0] ?? "")).toEqual({
      time: "2026-11-21T08:00:00.123Z",
      level: "info",
      msg: "request",
      requestId: "a-1",
      route: "/api/x",
      status: 200,
      ms: 1.5,
    });
    expect(JSON.parse(lines[1] ?? "")).toEqual({
      time: "2026-11-21T08:00:00.123Z",
      level: "warn",
      msg: 'quote " and \n newline',
    });
  });

  it("drops lines below the level; reformats the time when the clock moves", () => {
    let t = Date.parse("2026-11-21T08:00:00.000Z");
    const { lines, log } = capture("warn", () => t);
    log.log("info", "hidden");
    log.log("error", "one", {});
    t += 1;
    log.log("error", "two", { nested: { a: [1, null] } });
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      { time: "2026-11-21T08:00:00.000Z", level: "error", msg: "one" },
      { time: "2026-11-21T08:00:00.001Z", level: "error", msg: "two", nested: { a: [1, null] } },
    ]);
  });
});
