import { describe, expect, it } from "vitest";
import { HttpError } from "./errors.js";
import { firstLongString, nestsDeeperThan, parseJson } from "./body.js";

describe("nestsDeeperThan", () => {
  it("counts objects and arrays, not brackets inside strings", () => {
    expect(nestsDeeperThan('{"a":[1,{"b":[]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[1,{"b":[]}]}', 3)).toBe(true);
    expect(nestsDeeperThan(`{"a":"${"[".repeat(50)}"}`, 1)).toBe(false);
    expect(nestsDeeperThan(`{"a":"\\"${"{".repeat(50)}"}`, 1)).toBe(false);
    expect(nestsDeeperThan(`["\\\\",${"[".repeat(3)}]]]]`, 3)).toBe(true);
    expect(nestsDeeperThan("[[],[],[]]", 2)).toBe(false);
  });
});

describe("firstLongString", () => {
  it("names the first string or key over the limit", () => {
    expect(firstLongString({ a: "xx", b: [1, "yyyy"] }, 3, "body")).toBe("body.b.1");
    expect(firstLongString({ abcd: 1 }, 3, "body")).toBe("body.abcd…");
    expect(firstLongString({ a: "xxx", b: ["yyy"] }, 3, "body")).toBeUndefined();
  });
});

describe("parseJson", () => {
  const limits = { maxDepth: 2, maxStringChars: 5 };
  const code = (text: string): string => {
    try {
      parseJson(text, limits);
      return "ok";
    } catch (e) {
      return e instanceof HttpError ? `${e.status} ${e.code} ${e.message}` : String(e);
    }
  };
  it("answers 400 for malformed, too deep or too long, naming the rule", () => {
    expect(code('{"a":[1]}')).toBe("ok");
    expect(code("{")).toMatch(/^400 malformed_json/);
    expect(code('{"a":[[1]]}')).toBe("400 json_too_deep body: JSON may nest at most 2 levels");
    expect(code('{"name":"abcdef"}')).toBe(
      "400 string_too_long body.name: a string may hold at most 5 characters",
    );
    expect(parseJson("  ", limits)).toBeUndefined();
  });
});
