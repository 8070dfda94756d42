import { beforeAll, expect, it } from "vitest";
import { MAX_JSON_DEPTH, MAX_JSON_STRING_CHARS } from "../http/body.js";
import { allRoutes } from "../http/routes.js";
import { describeEachDialectApp, type TestUser } from "../testing/fixture.js";
import { urlFor } from "./request-from-example.js";

/**
 * Every route that takes a JSON body, sent its own example request with the body replaced by a
 * hostile shape: nested far too deep, or carrying one very long string (or key). Each must
 * answer 400 naming the rule, never 500.
 */
const DEEP = 100_000;
const deepBody = `{"x":${"[".repeat(DEEP)}${"]".repeat(DEEP)}}`;
const justTooDeep = `{"x":${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)}}`;
const longValue = JSON.stringify({ name: "a".repeat(MAX_JSON_STRING_CHARS + 1) });
const longKey = JSON.stringify({ ["k".repeat(MAX_JSON_STRING_CHARS + 1)]: 1 });

describeEachDialectApp("JSON depth and string limits on every body route", (getT) => {
  let admin: TestUser;
  beforeAll(async () => {
    admin = await getT().signUp();
  });

  const bodyRoutes = allRoutes().filter((r) => r.body !== undefined);
  it("there are body routes to check", () => expect(bodyRoutes.length).toBeGreaterThan(10));

  bodyRoutes.forEach((route, index) => {
    it(`${route.method} ${route.path}`, async () => {
      const t = getT();
      const owner = route.access === "admin" ? admin : await t.signUp();
      const example = await route.example(t.exampleFixture(await t.login(owner)));
      const caller = example.caller ?? (await t.login(owner));
      const url = urlFor(route, example, caller.userId);
      const send = (rawBody: string) =>
        t.json(route.access === "public" ? null : caller, route.method, url, undefined, {
          rawBody,
          address: `10.9.${index % 250}.1`,
        });
      for (const [what, raw] of [
        ["deep", deepBody],
        ["one level too deep", justTooDeep],
      ] as const) {
        const r = await send(raw);
        expect(r, what).toMatchObject({ status: 400, json: { error: "json_too_deep" } });
      }
      // A route taking a whole document (the import) bounds its strings by its body limit.
      if (route.maxBodyBytes === undefined) {
        const v = await send(longValue);
        expect(v).toMatchObject({ status: 400, json: { error: "string_too_long" } });
        expect((v.json as { message: string }).message).toMatch(/^body\.name: /);
        expect((await send(longKey)).json).toMatchObject({ error: "string_too_long" });
      }
    });
  });
});
