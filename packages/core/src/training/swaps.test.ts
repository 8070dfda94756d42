import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { catalogue } from "./catalogue.js";
import { swapOptions, validSwaps, validateSwap } from "./swaps.js";

const fieldOf = (f: () => void): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidInputError) return e.field;
    throw e;
  }
  return undefined;
};

describe("validateSwap", () => {
  it("accepts every option swapOptions offers, for every exercise of the catalogue", () => {
    const equipment = ["dumbbells", "pullup-bar", "bench", "band"];
    for (const e of catalogue().all) {
      for (const o of swapOptions(e.id, equipment, [])) {
        expect(fieldOf(() => validateSwap(e.id, o.id, equipment, []))).toBeUndefined();
      }
    }
  });

  it("names `to` for another variation group, missing equipment or an exclusion", () => {
    // goblet-squat is in the squat group, pullup in the pull-up group (data/exercises.json).
    expect(catalogue().byId("goblet-squat").variation.group).not.toBe(
      catalogue().byId("pullup").variation.group,
    );
    expect(fieldOf(() => validateSwap("pullup", "goblet-squat", ["dumbbells", "pullup-bar"], []))).toBe("to");
    // lat-pulldown-wide is a pull-up variation that needs a cable machine.
    expect(fieldOf(() => validateSwap("pullup", "lat-pulldown-wide", ["pullup-bar"], []))).toBe("to");
    expect(
      fieldOf(() => validateSwap("pullup", "lat-pulldown-wide", ["pullup-bar", "cable-machine"], [])),
    ).toBeUndefined();
    expect(fieldOf(() => validateSwap("pullup", "chinup", ["pullup-bar"], ["chinup"]))).toBe("to");
  });

  it("names the unknown side", () => {
    expect(fieldOf(() => validateSwap("nope", "chinup", ["pullup-bar"], []))).toBe("exerciseId");
    expect(fieldOf(() => validateSwap("pullup", "nope", ["pullup-bar"], []))).toBe("to");
  });
});

describe("validSwaps", () => {
  it("keeps the swaps that still hold and drops the rest", () => {
    const swaps = { pullup: "chinup", "goblet-squat": "pullup", nope: "chinup" };
    expect(validSwaps(swaps, ["pullup-bar"], [])).toEqual({ pullup: "chinup" });
    // Without the bar the pull-up swap no longer holds.
    expect(validSwaps(swaps, ["dumbbells"], [])).toEqual({});
  });
});
