import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextActive } from "./listbox-keys.js";

describe("nextActive", () => {
  it("moves and wraps like the WAI-ARIA combobox pattern", () => {
    expect(nextActive(-1, "ArrowDown", 3)).toBe(0);
    expect(nextActive(2, "ArrowDown", 3)).toBe(0);
    expect(nextActive(0, "ArrowUp", 3)).toBe(2);
    expect(nextActive(1, "Home", 3)).toBe(0);
    expect(nextActive(1, "End", 3)).toBe(2);
    expect(nextActive(1, "ArrowDown", 0)).toBe(-1);
  });

  it("always lands on an option (or none for an empty list)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 60 }),
        fc.constantFrom("ArrowDown", "ArrowUp", "Home", "End", "a"),
        fc.integer({ min: 0, max: 50 }),
        (cur, key, n) => {
          const next = nextActive(cur, key, n);
          if (n === 0) expect(next).toBe(-1);
          else expect(next).toBeLessThan(n);
          if (n > 0 && key !== "a") expect(next).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
