import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { activityByCode, COMPENDIUM } from "./compendium.js";

// Values copied by hand from the Herrmann 2024 Compendium tables; each must match the table.
const PUBLISHED: readonly (readonly [string, number])[] = [
  ["02071", 5.0],
  ["02070", 7.3],
  ["15110", 5.8],
  ["15120", 7.8],
  ["18310", 6.0],
  ["18240", 5.8],
  ["18230", 9.8],
  ["12030", 8.5],
  ["12050", 9.3],
  ["12020", 7.5],
  ["01200", 6.8],
  ["01236", 10.8],
  ["01030", 8.0],
  ["17131", 6.8],
  ["02065", 9.3],
  ["02020", 7.5],
  ["02068", 11.0],
  ["02035", 5.0],
  ["02040", 7.5],
  ["02054", 3.5],
  ["02050", 6.0],
  ["02105", 2.8],
  ["02175", 2.3],
  ["17200", 4.8],
  ["02210", 7.0],
  ["02214", 11.0],
  ["02048", 5.0],
  ["02049", 9.0],
];

describe("Compendium table", () => {
  it.each(PUBLISHED)("code %s has MET %d", (code, met) => {
    const a = activityByCode(code);
    expect(a.met).toBe(met);
    expect(a.code).toBe(code);
    expect(a.name.length).toBeGreaterThan(3);
  });
  it("carries exactly the published codes", () => {
    expect(Object.keys(COMPENDIUM).sort()).toEqual(PUBLISHED.map(([c]) => c).sort());
  });
  it("rejects unknown codes and prototype keys", () => {
    expect(() => activityByCode("99999")).toThrow(InvalidInputError);
    expect(() => activityByCode("toString")).toThrow(InvalidInputError);
  });
});
