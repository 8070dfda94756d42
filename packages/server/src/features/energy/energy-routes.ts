import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { addDays, isoDate, localDate } from "../shared/dates.js";
import { examplePost } from "../shared/examples.js";
import { ensureExampleProfile, EXAMPLE_PROFILE } from "../profile/profile-examples.js";
import { checkInHistory, checkInSchema, decide, decisionSchema, runCheckIn } from "./check-in.js";
import { expenditure, expenditureSchema } from "./expenditure.js";
import { forecast, forecastQuery, forecastSchema } from "./forecast.js";
import { currentTargets } from "./accepted-targets.js";
import { proteinPortionsFor, proteinPortionsSchema } from "./protein-portions.js";
import { targetsSchema } from "./targets.js";
import { nextSchema, pageOf, pageQuery, pageRequest, type PageRule } from "../shared/page.js";

/** Profile plus a weigh-in yesterday (in the profile's zone): the minimum the energy routes need. */
async function exampleEnergyData(fx: ExampleFixture): Promise<void> {
  await ensureExampleProfile(fx);
  const yesterday = addDays(localDate(fx.deps.now(), EXAMPLE_PROFILE.timezone ?? "UTC"), -1);
  await examplePost(fx, "/api/users/me/weigh-ins", { date: yesterday, weightKg: 74.5 });
}

const targets = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/targets",
  summary: "Today's calorie, protein and food-serving targets (exercise calories are never added back)",
  tags: ["energy"],
  access: "owner-or-trainer-read",
  response: targetsSchema,
  status: 200,
  handler: async (ctx) => currentTargets(ctx.deps, ctx.subjectUserId),
  example: async (fx) => {
    await exampleEnergyData(fx);
    return {};
  },
});

const portions = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/targets/protein-portions",
  summary: "A meal's protein as grams of the foods you log most, each by its own protein density",
  tags: ["energy"],
  access: "owner-or-trainer-read",
  response: proteinPortionsSchema,
  status: 200,
  handler: async (ctx) => proteinPortionsFor(ctx.deps, ctx.subjectUserId),
  example: async (fx) => {
    await exampleEnergyData(fx);
    return {};
  },
});

const exp = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/expenditure",
  summary:
    "Adaptive expenditure over the last 28 days from weigh-ins and complete diary days, with its 80 % range",
  tags: ["energy"],
  access: "owner-or-trainer-read",
  response: expenditureSchema,
  status: 200,
  handler: async (ctx) => expenditure(ctx.deps, ctx.subjectUserId),
  example: async (fx) => {
    await exampleEnergyData(fx);
    return {};
  },
});

const fc = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/forecast",
  summary:
    "Weight forecast on Hall's dynamic model from the measured maintenance once the log allows (else the formula, ±10 % band), with its 4-week track record (?days=&intakeKcal=)",
  tags: ["energy"],
  access: "owner-or-trainer-read",
  query: forecastQuery,
  response: forecastSchema,
  status: 200,
  handler: async (ctx) => forecast(ctx.deps, ctx.subjectUserId, ctx.query),
  example: async (fx) => {
    await exampleEnergyData(fx);
    return { query: { days: 28 } };
  },
});

const runCi = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/check-ins",
  summary: "Run this week's check-in: expenditure estimate and a damped proposal for next week's target",
  tags: ["energy"],
  access: "owner",
  response: checkInSchema,
  status: 201,
  handler: async (ctx) => runCheckIn(ctx.deps, ctx.subjectUserId),
  example: async (fx) => {
    await exampleEnergyData(fx);
    return {};
  },
});

/** Two years of weekly check-ins by default, ten at most. */
const CHECK_IN_PAGE: PageRule = { defaultLimit: 104, maxLimit: 520 };

const listCi = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/check-ins",
  summary: "Check-ins, newest week first (?limit= default 104, at most 520; ?cursor= the answer's `next`)",
  tags: ["energy"],
  access: "owner-or-trainer-read",
  query: pageQuery(CHECK_IN_PAGE),
  response: z.strictObject({ checkIns: z.array(checkInSchema), next: nextSchema }),
  status: 200,
  handler: async (ctx) => {
    const page = pageRequest(ctx.query, CHECK_IN_PAGE);
    const { items, next } = pageOf(await checkInHistory(ctx.deps, ctx.subjectUserId, page), page);
    return { checkIns: items, next };
  },
  example: async () => ({}),
});

const decideCi = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/check-ins/{weekStart}/decision",
  summary: "Accept (the proposal becomes the target) or decline a week's proposal",
  tags: ["energy"],
  access: "owner",
  params: z.strictObject({ weekStart: isoDate }),
  body: decisionSchema,
  response: checkInSchema,
  status: 200,
  handler: async (ctx) => decide(ctx.deps, ctx.subjectUserId, ctx.params.weekStart, ctx.body),
  example: async (fx) => {
    await exampleEnergyData(fx);
    const ci = (await examplePost(fx, "/api/users/me/check-ins", undefined)) as { weekStart: string };
    return { params: { weekStart: ci.weekStart }, body: { accept: true } };
  },
});

export const energyRoutes: RouteModule = [targets, portions, exp, fc, runCi, listCi, decideCi];
