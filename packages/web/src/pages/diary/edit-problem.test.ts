import { assertPlausible } from "@leanback/core/nutrition/entry-amount";
import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../../api/errors.js";
import { editProblem, sentence } from "./edit-problem.js";

const refused = (path: string, message: string) =>
  new ApiError(422, "validation", "validation", [{ path: `body.${path}`, message }]);

/** The server's real message for an implausible amount (core's assertPlausible). */
function implausibleMessage(): string {
  try {
    assertPlausible({ kcalPer100g: 598, portions: [{ label: "2 tbsp", grams: 32 }] }, 3200, {
      field: "count",
      unit: "2 tbsp",
      confirmed: false,
    });
  } catch (e) {
    return (e as Error & { rule: string }).rule;
  }
  throw new Error("expected a refusal");
}

describe("editProblem", () => {
  it("puts amount refusals beside the amount, in the person's words", () => {
    const p = editProblem(refused("count", implausibleMessage()));
    expect(p.field).toBe("amount");
    expect(p.needsConfirm).toBe(true);
    expect(p.text).toMatch(/^That is far more than people eat of this food at once \(3200 g/);
    expect(p.text).toMatch(/Check the amount, or press Save again to keep it\.$/);
    expect(p.text).not.toMatch(/confirm: true/);
    expect(editProblem(refused("count", "one entry can be at most 100 of a unit"))).toEqual({
      field: "amount",
      text: "One entry can be at most 100 of a unit.",
      needsConfirm: false,
    });
  });

  it("puts a refused day or meal beside the meal, anything else on the form", () => {
    expect(editProblem(refused("date", "the day is complete")).field).toBe("meal");
    expect(editProblem(new NetworkError())).toEqual({
      field: "form",
      text: "You appear to be offline.",
      needsConfirm: false,
    });
  });

  it("makes a rule a sentence", () => {
    expect(sentence("must be more than 0 g")).toBe("Must be more than 0 g.");
    expect(sentence("Enter an amount.")).toBe("Enter an amount.");
    expect(sentence("")).toBe("");
  });
});
