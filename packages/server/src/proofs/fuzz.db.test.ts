import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import type { Route } from "../http/route.js";
import { allRoutes } from "../http/routes.js";
import { describeEachDialectApp, type TestApp, type TestUser } from "../testing/fixture.js";
import { EXTRA_KEYS, hostileValue, MARKER, mutate, opArb, type Op } from "./hostile.js";
import { urlFor } from "./request-from-example.js";
import { anyRowContains, rowCounts, tableNames } from "./table-snapshot.js";

/**
 * Fuzzing every route of the registry: its example request, mutated with hostile values,
 * deleted fields and injected keys (user_id, role, __proto__ …), sent as the owner. Properties:
 * no answer ≥ 500 and no stack trace; a rejected request (≥ 400) changes no row count; an
 * injected key's value is never stored anywhere.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

interface Case {
  bodyOps: Op[];
  queryOps: Op[];
  param: { name: string; value: unknown } | null;
  me: boolean;
}

function caseArb(route: Route): fc.Arbitrary<Case> {
  const params = route.pathParams.filter((p) => p !== "userId");
  return fc.record({
    bodyOps: route.body ? fc.array(opArb, { minLength: 1, maxLength: 3 }) : fc.constant([]),
    queryOps: route.query || fc.constant(true) ? fc.array(opArb, { maxLength: 2 }) : fc.constant([]),
    param:
      params.length > 0
        ? fc.option(fc.record({ name: fc.constantFrom(...params), value: hostileValue }), { nil: null })
        : fc.constant(null),
    me: fc.boolean(),
  });
}

describeEachDialectApp("fuzz every route", (getT) => {
  let admin: TestUser;
  let tables: string[];
  beforeAll(async () => {
    const t = getT();
    admin = await t.signUp();
    tables = await tableNames(t.deps);
  });

  allRoutes().forEach((route, index) => {
    it(`${route.method} ${route.path}`, { timeout: 300_000 }, async () => {
      const t: TestApp = getT();
      // A fresh owner per route: a fuzzed password change may succeed and change the password.
      const base = route.access === "admin" ? admin : await t.signUp();
      // Fuzzed requests come from their own address, so failed logins throttle only that one.
      const address = `10.0.${index % 250}.${1 + Math.floor(index / 250)}`;
      let example = await route.example(t.exampleFixture(await t.login(base)));
      // A route that consumes its caller (account deletion) names a throwaway one in its example.
      let subject = example.caller ?? (await t.login(base));
      await fc.assert(
        fc.asyncProperty(caseArb(route), async (c) => {
          const body = route.body ? mutate(example.body, c.bodyOps) : undefined;
          const query = mutate(example.query ?? {}, c.queryOps);
          const params = { ...(example.params as Record<string, unknown> | undefined) };
          if (c.param)
            params[c.param.name] =
              typeof c.param.value === "string" ? c.param.value : JSON.stringify(c.param.value);
          let url: string;
          try {
            url = urlFor(
              route,
              { params, query: query && typeof query === "object" ? query : {}, body },
              c.me ? "me" : subject.userId,
            );
          } catch {
            return; // a mutation removed a path parameter: not a request we can send
          }
          const before = await rowCounts(t.deps, tables);
          const res = await t.request(
            route.access === "public" ? null : subject,
            route.method,
            url,
            undefined,
            {
              rawBody: body === undefined ? example.rawBody?.bytes : JSON.stringify(body),
              ...(body === undefined && example.rawBody
                ? { headers: { "content-type": example.rawBody.contentType } }
                : {}),
              address,
            },
          );
          const text = await res.text();
          expect(res.status, `${route.method} ${url} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(
            500,
          );
          expect(text).not.toMatch(/\n[ \t]+at /);
          if (res.status >= 400) {
            expect(
              await rowCounts(t.deps, tables),
              `${route.method} ${url} ${res.status} persisted rows`,
            ).toEqual(before);
          }
          if (res.status === 401 && route.access !== "public") {
            // e.g. logout succeeded, or the throwaway account was deleted: a fresh one.
            if (example.caller) {
              example = await route.example(t.exampleFixture(await t.login(base)));
              subject = example.caller ?? subject;
            } else subject = await t.login(base);
          }
        }),
        { numRuns: RUNS },
      );
      const where = await anyRowContains(t.deps, tables, MARKER);
      expect(where, `injected value stored in ${where}`).toBeNull();
    });
  });

  it("injected keys are the ones the brief names", () => {
    expect(EXTRA_KEYS).toEqual(expect.arrayContaining(["user_id", "role", "id", "__proto__"]));
  });
});
