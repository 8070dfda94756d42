import { describe, expect, it } from "vitest";
import { InvalidInputError, requireRange } from "./errors.js";

describe("requireRange", () => {
  it("returns values inside the range", () => {
    expect(requireRange("age", 30, 18, 100, "age must be 18–100")).toBe(30);
  });
  it.each([17, 101, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s naming the field and rule", (v) => {
    try {
      requireRange("age", v, 18, 100, "age must be 18–100");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).field).toBe("age");
      expect((e as InvalidInputError).message).toContain("age must be 18–100");
    }
  });
});
