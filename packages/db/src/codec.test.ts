import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@leanback/core/errors";
import {
  fromBool01,
  fromJsonTextOrNull,
  requireIsoDate,
  toBool01,
  toJsonText,
  toJsonTextOrNull,
} from "./codec.js";

describe("codec", () => {
  it("accepts real calendar dates, leap days included", () => {
    expect(requireIsoDate("date", "2024-02-29")).toBe("2024-02-29");
    expect(requireIsoDate("date", "2000-02-29")).toBe("2000-02-29");
  });

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-1-01",
    "26-01-01",
    "2026-01-01T00:00",
    "",
  ])("rejects %j naming the field", (d) => {
    expect(() => requireIsoDate("weekStart", d)).toThrow(InvalidInputError);
    try {
      requireIsoDate("weekStart", d);
    } catch (e) {
      expect((e as InvalidInputError).field).toBe("weekStart");
    }
  });

  it("round-trips booleans through 0/1", () => {
    expect([toBool01(true), toBool01(false)]).toEqual([1, 0]);
    expect([fromBool01(1), fromBool01(0), fromBool01(true), fromBool01(null)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it("round-trips JSON and refuses what JSON cannot hold", () => {
    const v = { a: [1, 2.5, "ü"], b: null, c: { d: true } };
    expect(fromJsonTextOrNull(toJsonText("goal", v))).toEqual(v);
    expect(toJsonTextOrNull("goal", null)).toBeNull();
    expect(() => toJsonText("goal", () => 1)).toThrow(InvalidInputError);
    expect(() => toJsonText("goal", 10n)).toThrow(TypeError);
  });
});
