import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Food } from "./food-repo.js";
import { scoreFood } from "./food-score.js";
import { planTerms } from "./search-plan.js";
import { rankPrior, searchTextOf, TEXT_MAX, tokenize } from "./search-text.js";

// Work is counted, never timed: every regex call reports the length of the text it ran on
// (String.prototype.replace/split/match/test all go through RegExp.prototype.exec once it is
// replaced), and normalize reports its input too. A 100,000-letter product name once made one
// ranking regex backtrack for 20 s; these properties fail if any such text reaches a pattern.
const seen = { calls: 0, longest: 0 };
const realExec = RegExp.prototype.exec;
const realNormalize = String.prototype.normalize;

beforeEach(() => {
  seen.calls = 0;
  seen.longest = 0;
  RegExp.prototype.exec = function exec(this: RegExp, text: string) {
    seen.calls += 1;
    seen.longest = Math.max(seen.longest, String(text).length);
    return realExec.call(this, text);
  };
  String.prototype.normalize = function normalize(this: string, form?: string) {
    seen.longest = Math.max(seen.longest, this.length);
    return realNormalize.call(this, form);
  };
});

afterEach(() => {
  RegExp.prototype.exec = realExec;
  String.prototype.normalize = realNormalize;
});

/** Pieces that make patterns work hard: runs of letters, quotes, brackets, separators, marks. */
const PIECES = [
  "a",
  "A",
  "'",
  "'S",
  "(",
  ")",
  ",",
  ", ",
  " ",
  "/",
  "-",
  "é",
  "e\u0301",
  "🍎",
  "ß",
  "ﬁ",
  "KRAFT",
  "\n",
];
const piece = fc.constantFrom(...PIECES);
/** A short ordinary-looking start, then one piece repeated to 100,000 units or more. */
const hostile = fc.record({
  head: fc.array(piece, { maxLength: 20 }),
  unit: piece,
  tail: fc.array(piece, { maxLength: 5 }),
});
type Hostile = { head: string[]; unit: string; tail: string[] };
const text = ({ head, unit, tail }: Hostile, units = 100_000) =>
  `${head.join("")}${unit.repeat(Math.ceil(units / unit.length))}${tail.join("")}`;
/** NFKD may lengthen what the patterns see: "ﬁ" becomes "fi", twice the units (the most among PIECES). */
const SEEN_MAX = 2 * TEXT_MAX;

function food(name: string): Food {
  return {
    id: "f1",
    source: "off",
    sourceId: "1",
    name: name.toLowerCase(),
    displayName: name,
    originalName: name,
    brand: name,
    category: null,
    barcode: null,
    per100g: {
      kcal: 100_000,
      proteinG: null,
      fatG: null,
      carbG: null,
      fiberG: null,
      sugarG: null,
      satFatG: null,
      sodiumMg: null,
    },
    tags: [],
    kcalEstimated: false,
    ownerUserId: null,
  };
}

const vocab = { has: (t: string) => t === "a" || t === "kraft" };

/** Regex calls made by `run`, and the longest text any of them (or normalize) saw. */
function work(run: () => unknown): { calls: number; longest: number } {
  seen.calls = 0;
  seen.longest = 0;
  run();
  return { calls: seen.calls, longest: seen.longest };
}

describe("search text does bounded work on any input", () => {
  it("tokenize, searchTextOf and rankPrior only ever look at the first TEXT_MAX units", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const long = text(h);
        expect(work(() => tokenize(long)).longest).toBeLessThanOrEqual(SEEN_MAX);
        expect(work(() => searchTextOf([long, long.toUpperCase(), null])).longest).toBeLessThanOrEqual(
          SEEN_MAX,
        );
        expect(
          work(() => rankPrior({ category: null, brand: long, name: long, source: "off" })).longest,
        ).toBeLessThanOrEqual(TEXT_MAX);
        // What they return cannot depend on the text past the bound either.
        expect(tokenize(text(h, 200_000))).toEqual(tokenize(long));
        expect(rankPrior({ category: null, brand: null, name: `${long} raw`, source: "off" })).toBe(
          rankPrior({ category: null, brand: null, name: long, source: "off" }),
        );
      }),
      { numRuns: 40, seed: 17 },
    );
  });

  it("scoring a stored food with a 100,000-unit name costs the same as with a 200,000-unit one", () => {
    const plans = planTerms("kraft a", vocab);
    fc.assert(
      fc.property(hostile, (h) => {
        const once = work(() => scoreFood(food(text(h)), plans, 0, 0));
        expect(once.longest).toBeLessThanOrEqual(SEEN_MAX);
        const twice = work(() => scoreFood(food(text(h, 200_000)), plans, 0, 0));
        expect(twice).toEqual(once);
        expect(scoreFood(food(text(h, 200_000)), plans, 0, 0)).toEqual(scoreFood(food(text(h)), plans, 0, 0));
      }),
      { numRuns: 40, seed: 17 },
    );
  });

  it("does no typo expansion for a word longer than 32 letters (≈54n candidates of length n)", () => {
    let lookups = 0;
    const counting = {
      has: (t: string) => {
        lookups += 1;
        return t === "a".repeat(199);
      },
    };
    const [long] = planTerms("a".repeat(200), counting);
    expect(long?.typos.size).toBe(0);
    expect(lookups).toBeLessThan(10);
    lookups = 0;
    const [short] = planTerms("chiken", {
      has: (t: string) => {
        lookups += 1;
        return t === "chicken";
      },
    });
    expect(short?.typos).toEqual(new Set(["chicken"]));
    expect(lookups).toBeGreaterThan(100);
  });
});
