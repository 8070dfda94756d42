import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { examplePost } from "../shared/examples.js";
import { idParam, noContent } from "../shared/schemas.js";
import { boundedRangeQuery } from "../shared/bounded-range.js";
import {
  editWeighIn,
  listWeighInsFor,
  logWeighIn,
  removeWeighIn,
  trendSchema,
  TREND_RANGE,
  WEIGH_IN_RANGE,
  weighInInputSchema,
  weighInPatchSchema,
  weighInSchema,
  weightTrend,
} from "./weigh-ins.js";

const base = "/api/users/{userId}/weigh-ins";

let exampleDay = 0;
/** A weigh-in of the subject on a date no other example used, for edit/delete examples. */
async function exampleWeighIn(fx: ExampleFixture): Promise<string> {
  exampleDay += 1;
  const date = new Date(Date.UTC(2025, 0, 1) + exampleDay * 86_400_000).toISOString().slice(0, 10);
  const w = (await examplePost(fx, "/api/users/me/weigh-ins", { date, weightKg: 80 })) as { id: string };
  return w.id;
}

const create = defineRoute({
  method: "POST",
  path: base,
  summary: "Log the day's weight (a second one that day replaces it; clientId makes replays safe)",
  tags: ["weigh-ins"],
  access: "owner",
  body: weighInInputSchema,
  response: weighInSchema,
  status: 201,
  handler: async (ctx) => logWeighIn(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async () => ({ body: { date: "2026-11-20", weightKg: 81.4, note: "after coffee" } }),
});

const list = defineRoute({
  method: "GET",
  path: base,
  summary: "Weigh-ins, oldest first (?from=&to=, default the last 400 days, at most 400 days)",
  tags: ["weigh-ins"],
  access: "owner-or-trainer-read",
  query: boundedRangeQuery(WEIGH_IN_RANGE.maxDays),
  response: z.strictObject({ weighIns: z.array(weighInSchema) }),
  status: 200,
  handler: async (ctx) => ({ weighIns: await listWeighInsFor(ctx.deps, ctx.subjectUserId, ctx.query) }),
  example: async () => ({ query: { from: "2026-01-01" } }),
});

const trend = defineRoute({
  method: "GET",
  path: `${base}/trend`,
  summary:
    "Trend weight (10 % exponential smoothing, 120 days of lead-in) and the 28-day slope (?from=&to=, default the last 400 days, at most 400 points)",
  tags: ["weigh-ins"],
  access: "owner-or-trainer-read",
  query: boundedRangeQuery(TREND_RANGE.maxDays),
  response: trendSchema,
  status: 200,
  handler: async (ctx) => weightTrend(ctx.deps, ctx.subjectUserId, ctx.query),
  example: async () => ({}),
});

const patch = defineRoute({
  method: "PATCH",
  path: `${base}/{id}`,
  summary: "Correct a weigh-in's date, weight or note",
  tags: ["weigh-ins"],
  access: "owner",
  params: idParam,
  body: weighInPatchSchema,
  response: weighInSchema,
  status: 200,
  handler: async (ctx) => editWeighIn(ctx.deps, ctx.subjectUserId, ctx.params.id, ctx.body),
  example: async (fx) => ({ params: { id: await exampleWeighIn(fx) }, body: { weightKg: 79.9 } }),
});

const remove = defineRoute({
  method: "DELETE",
  path: `${base}/{id}`,
  summary: "Delete a weigh-in",
  tags: ["weigh-ins"],
  access: "owner",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await removeWeighIn(ctx.deps, ctx.subjectUserId, ctx.params.id);
    return null;
  },
  example: async (fx) => ({ params: { id: await exampleWeighIn(fx) } }),
});

export const weighInRoutes: RouteModule = [create, list, trend, patch, remove];
