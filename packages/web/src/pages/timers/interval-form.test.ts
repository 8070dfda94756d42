import { describe, expect, it } from "vitest";
import { EMPTY_FIELDS, fieldsOf, intervalOf, parseDuration } from "./interval-form.js";

describe("interval builder fields", () => {
  it("reads seconds and m:ss", () => {
    expect(parseDuration("45")).toBe(45);
    expect(parseDuration(" 1:30 ")).toBe(90);
    expect(parseDuration("")).toBe(0);
    expect(parseDuration("1:75")).toBeNaN();
    expect(parseDuration("1.5")).toBeNaN();
    expect(parseDuration("abc")).toBeNaN();
  });

  it("turns the form into core's interval and back", () => {
    const r = intervalOf({ ...EMPTY_FIELDS, name: " Hill sprints ", work: "45", rest: "1:15", rounds: "6" });
    expect(r).toEqual({
      ok: true,
      value: {
        name: "Hill sprints",
        workSeconds: 45,
        restSeconds: 75,
        rounds: 6,
        warmupSeconds: 300,
        cooldownSeconds: 180,
      },
    });
    if (r.ok)
      expect(fieldsOf(r.value)).toEqual({
        name: "Hill sprints",
        work: "45",
        rest: "1:15",
        rounds: "6",
        warmup: "5:00",
        cooldown: "3:00",
      });
  });

  it("names the first wrong field", () => {
    const bad = (patch: Partial<typeof EMPTY_FIELDS>) => {
      const r = intervalOf({ ...EMPTY_FIELDS, name: "x", ...patch });
      return r.ok ? null : r.field;
    };
    expect(bad({ name: "" })).toBe("name");
    expect(bad({ work: "3" })).toBe("work");
    expect(bad({ work: "half a minute" })).toBe("work");
    expect(bad({ rest: "61:00" })).toBe("rest");
    expect(bad({ rounds: "0" })).toBe("rounds");
    expect(bad({ rounds: "2.5" })).toBe("rounds");
    expect(bad({ warmup: "-1" })).toBe("warmup");
    expect(bad({ cooldown: "x" })).toBe("cooldown");
    expect(bad({})).toBeNull();
  });
});
