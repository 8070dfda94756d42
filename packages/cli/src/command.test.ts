import { describe, expect, it } from "vitest";
import { optionalNumberFlag, type ParsedArgs } from "./command.js";
import { UsageError } from "./io.js";

const args = (values: ParsedArgs["values"]): ParsedArgs => ({ values, positionals: [] });
const RANGE = { min: 3, max: 60, rule: "body fat must be 3–60 %" };

describe("optionalNumberFlag", () => {
  it("is undefined when the flag is left out, and the number when it is given", () => {
    expect(optionalNumberFlag(args({}), "body-fat", RANGE)).toBeUndefined();
    expect(optionalNumberFlag(args({ "body-fat": "22.5" }), "body-fat", RANGE)).toBe(22.5);
  });

  it("rejects a given value outside the range, naming the flag and the rule", () => {
    for (const raw of ["2", "61", "", "x"]) {
      expect(() => optionalNumberFlag(args({ "body-fat": raw }), "body-fat", RANGE)).toThrow(
        new UsageError(`--body-fat: body fat must be 3–60 % (got "${raw}")`),
      );
    }
  });
});
