import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@leanback/core/errors";
import { boundedRangeQuery, latestDateAnywhere, resolveRange } from "./bounded-range.js";

const rule = { maxDays: 400, defaultDays: 30 };

describe("resolveRange", () => {
  it("ends a range without `to` on the latest date begun anywhere (UTC+14)", () => {
    expect(latestDateAnywhere(Date.UTC(2026, 11, 3, 9, 59))).toBe("2026-12-03");
    expect(latestDateAnywhere(Date.UTC(2026, 11, 3, 10, 0))).toBe("2026-12-04");
  });

  it("fills a missing from with defaultDays up to `to`, both ends counted", () => {
    expect(resolveRange({}, Date.UTC(2026, 11, 3, 0), rule)).toEqual({
      from: "2026-11-04",
      to: "2026-12-03",
    });
    expect(resolveRange({ to: "2026-01-31" }, 0, rule)).toEqual({ from: "2026-01-02", to: "2026-01-31" });
  });

  it("answers maxDays days and refuses one more on query.from", () => {
    expect(resolveRange({ from: "2025-01-01", to: "2026-02-04" }, 0, rule)).toEqual({
      from: "2025-01-01",
      to: "2026-02-04",
    });
    const refuse = () => resolveRange({ from: "2025-01-01", to: "2026-02-05" }, 0, rule);
    expect(refuse).toThrow(InvalidInputError);
    expect(refuse).toThrow("query.from: from..to may span at most 400 days");
  });
});

describe("boundedRangeQuery", () => {
  const q = boundedRangeQuery(400);
  it("names from for a span over the maximum and to for a reversed range", () => {
    const over = q.safeParse({ from: "2025-01-01", to: "2026-02-05" });
    expect(over.success ? [] : over.error.issues.map((i) => i.path.join("."))).toEqual(["from"]);
    const reversed = q.safeParse({ from: "2026-02-05", to: "2026-02-04" });
    expect(reversed.success ? [] : reversed.error.issues.map((i) => i.path.join("."))).toEqual(["to"]);
    expect(q.safeParse({ from: "2025-01-01", to: "2026-02-04" }).success).toBe(true);
    // A date that is not a real one is named, not measured (measuring it would throw).
    const bad = q.safeParse({ from: "2020-01-01", to: "2026-02-30" });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join("."))).toEqual(["to"]);
    const badFrom = q.safeParse({ from: "2026-13-01", to: "2026-11-01" });
    expect(badFrom.success ? [] : badFrom.error.issues.map((i) => i.path.join("."))).toEqual(["from"]);
  });
});
