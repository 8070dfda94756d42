import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { parseInput } from "./input.js";

const schema = z.strictObject({
  weightKg: z.number().min(20, "weight must be 20–400 kg").max(400, "weight must be 20–400 kg"),
  sets: z.array(z.strictObject({ reps: z.number().int().min(1, "reps must be at least 1") })).optional(),
});

function failure(value: unknown): InvalidInputError {
  try {
    parseInput(schema, value);
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
  }
  throw new Error("expected an InvalidInputError");
}

describe("parseInput", () => {
  it("returns parsed data", () => {
    expect(parseInput(schema, { weightKg: 80 })).toEqual({ weightKg: 80 });
  });
  it("names the field and the rule", () => {
    const e = failure({ weightKg: 10 });
    expect(e.field).toBe("weightKg");
    expect(e.rule).toBe("weight must be 20–400 kg");
    expect(failure({ weightKg: 80, sets: [{ reps: 0 }] }).field).toBe("sets[0].reps");
  });
  it("rejects unknown fields by name", () => {
    const e = failure({ weightKg: 80, userId: "someone-else" });
    expect(e.field).toBe("userId");
  });
});
