import { describe, expect, it } from "vitest";
import { buildAliasIndex, matchAliases } from "./alias-match.js";

const index = buildAliasIndex(
  (
    [
      ["porridge", "08121"],
      ["oatmeal", "08121"],
      ["rice", "20045"],
      ["brown rice", "20037"],
      ["ice cream", "19095"],
      ["apple", "09003"],
      ["apple juice", "09016"],
      ["chicken breast", "05064"],
      ["cornflakes", "08020"],
      ["corn", "11168"],
    ] as const
  ).map(([phrase, sourceId]) => ({ phrase, source: "usda-sr28" as const, sourceId })),
);
const ids = (q: string, skip?: (w: string) => boolean) =>
  matchAliases(index, q, skip ? { skipUncovered: skip } : {}).map((h) => h.sourceId);

describe("matchAliases", () => {
  it("finds a whole alias with full strength and an exact match kind", () => {
    expect(matchAliases(index, "Porridge")).toEqual([
      { source: "usda-sr28", sourceId: "08121", strength: 1, kind: "exact" },
    ]);
  });

  it("ranks the food the query names fully above one it names in part", () => {
    expect(ids("rice")).toEqual(["20045", "20037"]);
    expect(matchAliases(index, "rice")[1]?.strength).toBe(0.5);
  });

  it("takes typos that keep the first letter, but not a shorter word inside another", () => {
    expect(ids("oatmel")).toEqual(["08121"]);
    expect(ids("chiken breast")).toEqual(["05064"]);
    expect(matchAliases(index, "oatmel")[0]?.kind).toBe("typo");
    expect(ids("rice")).not.toContain("19095");
  });

  it("completes the word being typed, more strongly the more of it is typed", () => {
    expect(ids("chicken bre")).toEqual(["05064"]);
    const corn = matchAliases(index, "corn");
    expect(corn.map((h) => h.sourceId)).toEqual(["11168", "08020"]);
    expect(corn[1]?.kind).toBe("prefix");
    expect(ids("po")).toEqual([]);
  });

  it("needs every query word: a more specific query is not an alias hit", () => {
    expect(ids("chicken breast fried")).toEqual([]);
    expect(ids("breast chicken")).toEqual(["05064"]);
  });

  it("drops partial hits whose missing words name another product", () => {
    expect(ids("apple", (w) => w === "juice")).toEqual(["09003"]);
    expect(ids("apple")).toEqual(["09003", "09016"]);
    expect(ids("apple juice", (w) => w === "juice")).toEqual(["09016"]);
  });

  it("answers nothing for an empty query", () => {
    expect(ids(" ,; ")).toEqual([]);
  });
});
