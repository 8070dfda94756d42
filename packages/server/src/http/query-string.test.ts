import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery, type QueryObject } from "./query-string.js";

/** The reference: the platform's own parse, folded the same way. */
function viaUrlSearchParams(search: string): QueryObject {
  const out: QueryObject = Object.create(null) as QueryObject;
  for (const [key, value] of new URLSearchParams(search)) {
    const seen = out[key];
    if (seen === undefined) out[key] = value;
    else if (typeof seen === "string") out[key] = [seen, value];
    else seen.push(value);
  }
  return out;
}

describe("parseQuery", () => {
  it("splits plain pairs, repeats into arrays, keeps empty values and skips empty pairs", () => {
    expect(parseQuery("from=2026-11-01&to=2026-11-20")).toEqual({ from: "2026-11-01", to: "2026-11-20" });
    expect(parseQuery("tag=a&tag=b&tag=c")).toEqual({ tag: ["a", "b", "c"] });
    expect(parseQuery("a&b=&&c=1=2")).toEqual({ a: "", b: "", c: "1=2" });
    expect(parseQuery("")).toEqual({});
  });

  it("decodes percent escapes and + the platform's way", () => {
    expect(parseQuery("q=chicken+breast&n=%C3%A9t%C3%A9&bad=%zz")).toEqual({
      q: "chicken breast",
      n: "été",
      bad: "%zz",
    });
  });

  it("treats __proto__ as an ordinary key, never as the object's prototype", () => {
    const q = parseQuery("__proto__=x&constructor=y");
    expect(Object.getPrototypeOf(q)).toBeNull();
    expect(Object.keys(q)).toEqual(["__proto__", "constructor"]);
    expect(q["__proto__"]).toBe("x");
  });

  it("agrees with URLSearchParams on arbitrary query strings", () => {
    const piece = fc.constantFrom("a", "b", "=", "&", "+", "%", "%2", "%41", "%E2%82%AC", "é", "_", " ", "");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const search = parts.join("");
        expect(parseQuery(search)).toEqual(viaUrlSearchParams(search));
      }),
      { numRuns: 2000 },
    );
  });
});
