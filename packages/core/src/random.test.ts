import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gaussian, hashText, mulberry32, pick, seededRandom } from "./random.js";

describe("hashText", () => {
  // FNV-1a 32-bit test vectors published by L. C. Noll (isthe.com/chongo/tech/comp/fnv).
  it("matches the published FNV-1a vectors", () => {
    expect(hashText("")).toBe("811c9dc5");
    expect(hashText("a")).toBe("e40c292c");
    expect(hashText("foobar")).toBe("bf9cf968");
  });
});

describe("mulberry32 and seededRandom", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it("seeds a text through its FNV-1a hash", () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const a = seededRandom(seed);
        const b = mulberry32(Number.parseInt(hashText(seed), 16));
        for (let i = 0; i < 5; i++) expect(a()).toBe(b());
      }),
    );
  });
});

describe("gaussian", () => {
  it("has mean ≈ 0 and standard deviation ≈ 1 over 20 000 draws", () => {
    const r = mulberry32(7);
    const xs = Array.from({ length: 20_000 }, () => gaussian(r));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

describe("pick", () => {
  it("returns a member of the list and throws on an empty one", () => {
    const r = seededRandom("pick");
    const items = ["a", "b", "c"] as const;
    for (let i = 0; i < 50; i++) expect(items).toContain(pick(r, items));
    expect(() => pick(r, [])).toThrow(RangeError);
  });
});
