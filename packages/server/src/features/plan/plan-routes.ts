import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { ensureExampleProfile, examplePost } from "../shared/examples.js";
import { agendaSchema, icsQuery, planCalendar, todayAgenda } from "./agenda.js";
import {
  generatePlan,
  generateSchema,
  planViewSchema,
  regeneratePlan,
  regenerateSchema,
  requireCurrentPlan,
} from "./plan.js";
import { z } from "zod";

const base = "/api/users/{userId}/plan";

async function examplePlan(fx: ExampleFixture): Promise<void> {
  await ensureExampleProfile(fx);
  await examplePost(fx, "/api/users/me/plan", { weeks: 4 });
}

const generate = defineRoute({
  method: "POST",
  path: base,
  summary: "Generate a plan from the profile and make it current (trainers with an accepted link may too)",
  tags: ["plan"],
  access: "owner-or-trainer-write",
  body: generateSchema,
  response: planViewSchema,
  status: 201,
  handler: async (ctx) => generatePlan(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async (fx) => {
    await ensureExampleProfile(fx);
    return { body: { startDate: "2026-11-23", weeks: 4, seed: "example" } };
  },
});

const regenerate = defineRoute({
  method: "POST",
  path: `${base}/regenerate`,
  summary: "Generate the current plan again from the (changed) profile, same start and length",
  tags: ["plan"],
  access: "owner-or-trainer-write",
  body: regenerateSchema,
  response: planViewSchema,
  status: 201,
  handler: async (ctx) => regeneratePlan(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async (fx) => {
    await examplePlan(fx);
    return { body: { seed: "another" } };
  },
});

const current = defineRoute({
  method: "GET",
  path: base,
  summary: "The current plan (404 before one is generated)",
  tags: ["plan"],
  access: "owner-or-trainer-read",
  response: planViewSchema,
  status: 200,
  handler: async (ctx) => requireCurrentPlan(ctx.deps, ctx.subjectUserId),
  example: async (fx) => {
    await examplePlan(fx);
    return {};
  },
});

const today = defineRoute({
  method: "GET",
  path: `${base}/today`,
  summary: "Today's sessions (in the profile's time zone) and today's targets",
  tags: ["plan"],
  access: "owner-or-trainer-read",
  response: agendaSchema,
  status: 200,
  handler: async (ctx) => todayAgenda(ctx.deps, ctx.subjectUserId),
  example: async (fx) => {
    await examplePlan(fx);
    return {};
  },
});

const ics = defineRoute({
  method: "GET",
  path: `${base}/calendar.ics`,
  summary: "The current plan as an iCalendar download (?time=HH:MM, default 07:00)",
  tags: ["plan"],
  access: "owner-or-trainer-read",
  query: icsQuery,
  response: z.string(),
  status: 200,
  responseContentType: "text/calendar; charset=utf-8",
  handler: async (ctx) =>
    new Response(await planCalendar(ctx.deps, ctx.subjectUserId, ctx.query), {
      status: 200,
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'attachment; filename="leanback-plan.ics"',
      },
    }),
  example: async (fx) => {
    await examplePlan(fx);
    return { query: { time: "18:30" } };
  },
});

export const planRoutes: RouteModule = [generate, regenerate, current, today, ics];
