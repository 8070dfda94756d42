import { describe, expect, it } from "vitest";
import { z } from "zod";
import { droppedKeys, nulStrings, validate } from "./validate.js";

describe("input checks the route mechanism adds to zod", () => {
  it("lists every key a schema dropped, however deep, with its path", () => {
    const input = JSON.parse(
      '{"a":1,"role":"admin","items":[{"x":1,"__proto__":{"p":1}},{"x":2,"user_id":"u"}],"o":{"k":1,"extra":2}}',
    ) as unknown;
    const output = { a: 1, items: [{ x: 1 }, { x: 2 }], o: { k: 1 } };
    expect(droppedKeys(input, output, "body").map((i) => i.path)).toEqual([
      "body.role",
      "body.items.0.__proto__",
      "body.items.1.user_id",
      "body.o.extra",
    ]);
    expect(droppedKeys({ a: 1 }, { a: 1 }, "body")).toEqual([]);
  });

  it("finds NUL in values and in keys, inside arrays and objects", () => {
    expect(
      nulStrings({ ok: "fine", bad: "a\u0000b", list: ["x", "\u0000"], ["k\u0000"]: 1 }, "body"),
    ).toEqual([
      { path: "body.bad", message: "must not contain NUL characters" },
      { path: "body.list.1", message: "must not contain NUL characters" },
      { path: "body.k\u0000", message: "must not contain NUL characters" },
    ]);
    expect(nulStrings([1, null, true, "x"], "q")).toEqual([]);
  });

  it("validate: NUL first, then zod, then dropped keys", () => {
    const schema = z.object({ date: z.string() });
    expect(validate("query", schema, { date: "2026-11-21" })).toEqual({
      ok: true,
      value: { date: "2026-11-21" },
    });
    expect(validate("query", schema, { date: "x\u0000" })).toMatchObject({
      ok: false,
      issues: [{ path: "query.date" }],
    });
    expect(validate("query", schema, { date: "d", more: "1" })).toMatchObject({
      ok: false,
      issues: [{ path: "query.more", message: "unknown field" }],
    });
    expect(validate("query", schema, {})).toMatchObject({ ok: false, issues: [{ path: "query.date" }] });
  });
});
