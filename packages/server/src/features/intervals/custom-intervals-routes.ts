import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { examplePost } from "../shared/examples.js";
import { idParam, noContent } from "../shared/schemas.js";
import {
  createCustomInterval,
  customIntervalInputSchema,
  customIntervalReplaceSchema,
  customIntervals,
  customIntervalViewSchema,
  removeCustomInterval,
  replaceCustomInterval,
  requireCustomInterval,
} from "./custom-intervals.js";
import { nextSchema, pageOf, pageQuery, pageRequest, type PageRule } from "../shared/page.js";

const base = "/api/users/{userId}/intervals";

/** Hill sprints: 5 min warm-up, 45 s hard / 75 s easy × 6, 4 min cool-down. */
export const EXAMPLE_INTERVAL = {
  name: "Hill sprints",
  workSeconds: 45,
  restSeconds: 75,
  rounds: 6,
  warmupSeconds: 300,
  cooldownSeconds: 240,
};

async function exampleInterval(fx: ExampleFixture): Promise<string> {
  return ((await examplePost(fx, "/api/users/me/intervals", EXAMPLE_INTERVAL)) as { id: string }).id;
}

const create = defineRoute({
  method: "POST",
  path: base,
  summary:
    "Save an interval timer of one's own (work/rest seconds, rounds, warm-up, cool-down); clientId replays once",
  tags: ["intervals"],
  access: "owner",
  body: customIntervalInputSchema,
  response: customIntervalViewSchema,
  status: 201,
  handler: async (ctx) => createCustomInterval(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async () => ({ body: EXAMPLE_INTERVAL }),
});

const INTERVAL_PAGE: PageRule = { defaultLimit: 100, maxLimit: 200 };

const list = defineRoute({
  method: "GET",
  path: base,
  summary:
    "One's own interval timers, oldest first, each with its total length (?limit= default 100, at most 200; ?cursor= the answer's `next`)",
  tags: ["intervals"],
  access: "owner-or-trainer-read",
  query: pageQuery(INTERVAL_PAGE),
  response: z.strictObject({ intervals: z.array(customIntervalViewSchema), next: nextSchema }),
  status: 200,
  handler: async (ctx) => {
    const page = pageRequest(ctx.query, INTERVAL_PAGE);
    const { items, next } = pageOf(await customIntervals(ctx.deps, ctx.subjectUserId, page), page);
    return { intervals: items, next };
  },
  example: async () => ({}),
});

const get = defineRoute({
  method: "GET",
  path: `${base}/{id}`,
  summary: "One interval timer",
  tags: ["intervals"],
  access: "owner-or-trainer-read",
  params: idParam,
  response: customIntervalViewSchema,
  status: 200,
  handler: async (ctx) => requireCustomInterval(ctx.deps, ctx.subjectUserId, ctx.params.id),
  example: async (fx) => ({ params: { id: await exampleInterval(fx) } }),
});

const put = defineRoute({
  method: "PUT",
  path: `${base}/{id}`,
  summary: "Edit an interval timer (the whole timer again)",
  tags: ["intervals"],
  access: "owner",
  params: idParam,
  body: customIntervalReplaceSchema,
  response: customIntervalViewSchema,
  status: 200,
  handler: async (ctx) => replaceCustomInterval(ctx.deps, ctx.subjectUserId, ctx.params.id, ctx.body),
  example: async (fx) => ({
    params: { id: await exampleInterval(fx) },
    body: { ...EXAMPLE_INTERVAL, rounds: 8 },
  }),
});

const remove = defineRoute({
  method: "DELETE",
  path: `${base}/{id}`,
  summary: "Delete an interval timer",
  tags: ["intervals"],
  access: "owner",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await removeCustomInterval(ctx.deps, ctx.subjectUserId, ctx.params.id);
    return null;
  },
  example: async (fx) => ({ params: { id: await exampleInterval(fx) } }),
});

export const customIntervalRoutes: RouteModule = [create, list, get, put, remove];
