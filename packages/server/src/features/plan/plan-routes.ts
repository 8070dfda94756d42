import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { examplePost } from "../shared/examples.js";
import { ensureExampleProfile } from "../profile/profile-examples.js";
import { agendaSchema, todayAgenda } from "./agenda.js";
import {
  generatePlan,
  generateSchema,
  planViewSchema,
  regeneratePlan,
  regenerateSchema,
  removeSwap,
  requireCurrentPlan,
  setSwap,
  swapParams,
  swapSchema,
  type PlanView,
} from "./plan.js";
import type { Plan as Program } from "@leanback/core/training/program-types";
import { swapOptions } from "@leanback/core/training/swaps";

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

/** Generates the example plan and picks a strength exercise of it with a valid stand-in. */
async function exampleSwap(fx: ExampleFixture): Promise<{ from: string; to: string }> {
  await examplePlan(fx);
  const r = await fx.request(fx.subject, "GET", "/api/users/me/plan");
  const plan = r.json as PlanView;
  const program = plan.program as unknown as Program;
  const profile = (await fx.request(fx.subject, "GET", "/api/users/me/profile")).json as {
    equipment: string[];
    exclusions: string[];
  };
  for (const w of program.weeks)
    for (const s of w.sessions)
      for (const i of s.items) {
        if (i.type !== "strength") continue;
        const to = swapOptions(i.exerciseId, profile.equipment, profile.exclusions)[0];
        if (to !== undefined) return { from: i.exerciseId, to: to.id };
      }
  throw new Error("example plan has no swappable exercise");
}

const putSwap = defineRoute({
  method: "PUT",
  path: `${base}/swaps/{exerciseId}`,
  summary:
    "Swap a strength exercise of the current plan for one of its variation group (422 naming `to` when not allowed)",
  tags: ["plan"],
  access: "owner-or-trainer-write",
  params: swapParams,
  body: swapSchema,
  response: planViewSchema,
  status: 200,
  handler: async (ctx) => setSwap(ctx.deps, ctx.subjectUserId, ctx.params.exerciseId, ctx.body),
  example: async (fx) => {
    const { from, to } = await exampleSwap(fx);
    return { params: { exerciseId: from }, body: { to } };
  },
});

const deleteSwap = defineRoute({
  method: "DELETE",
  path: `${base}/swaps/{exerciseId}`,
  summary: "Undo the swap of an exercise (the original or its stand-in); no-op without one",
  tags: ["plan"],
  access: "owner-or-trainer-write",
  params: swapParams,
  response: planViewSchema,
  status: 200,
  handler: async (ctx) => removeSwap(ctx.deps, ctx.subjectUserId, ctx.params.exerciseId),
  example: async (fx) => {
    const { from, to } = await exampleSwap(fx);
    await fx.request(fx.subject, "PUT", `/api/users/me/plan/swaps/${from}`, { to });
    return { params: { exerciseId: from } };
  },
});

export const planRoutes: RouteModule = [generate, regenerate, current, today, putSwap, deleteSwap];
