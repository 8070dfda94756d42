import { InvalidInputError } from "@leanback/core/errors";
import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../http/route.js";
import { isoDate } from "../features/shared/dates.js";
import { examplePost } from "../features/shared/examples.js";
import { noContent } from "../features/shared/schemas.js";
import { addFoodEntry, copyEntries, dayView, markDayComplete, quickAdd, removeEntry } from "./diary.js";
import { editEntry } from "./diary-edit.js";
import {
  copySchema,
  dayQuerySchema,
  dayViewSchema,
  entryInputSchema,
  entryPatchSchema,
  entrySchema,
  quickAddSchema,
  treatPlanSchema,
  treatSchema,
} from "./food-schemas.js";
import { exampleFood } from "./food-routes.js";
import { planTargets } from "./plan-targets.js";
import { findProfile } from "../features/profile/profile.js";
import { isoWeekOf, localDate } from "../features/shared/dates.js";
import type { UseCaseDeps } from "../features/shared/deps.js";
import { recordTreat, removeTreat, upcomingTreats } from "./treats.js";

/** Today in the person's zone (the server decides what is past), else the caller's day. */
async function todayOf(deps: UseCaseDeps, userId: string, fallback: string): Promise<string> {
  const p = await findProfile(deps, userId);
  return p === undefined ? fallback : localDate(deps.now(), p.timezone);
}

const storedTreatSchema = z.object({
  id: z.string(),
  date: z.string(),
  kcal: z.number(),
  planned: z.boolean(),
  label: z.string().nullable(),
  adjustments: z.array(z.object({ date: z.string(), changeKcal: z.number() })).readonly(),
});

const dateParam = z.strictObject({ date: isoDate });
const entryIdParam = z.strictObject({ id: z.string().min(1).max(64) });

async function exampleEntry(fx: ExampleFixture): Promise<string> {
  const foodId = await exampleFood(fx);
  const e = (await examplePost(fx, "/api/users/me/diary/2026-11-20/entries", {
    meal: "breakfast",
    foodId,
    grams: 40,
  })) as { id: string };
  return e.id;
}

const day = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/diary/{date}",
  summary: "The day's diary: entries, exact totals per meal and day, targets, servings",
  tags: ["diary"],
  access: "owner-or-trainer-read",
  params: dateParam,
  query: dayQuerySchema,
  response: dayViewSchema,
  status: 200,
  handler: async (ctx) =>
    // Targets: the ones asked for in the query, else the plan's targets in force (none before onboarding).
    dayView(
      ctx.deps,
      ctx.subjectUserId,
      ctx.params.date,
      ctx.query.kcalTarget === undefined
        ? await planTargets(ctx.deps, ctx.subjectUserId, ctx.params.date)
        : { kcal: ctx.query.kcalTarget, proteinG: ctx.query.proteinTargetG ?? null },
    ),
  example: async () => ({ params: { date: "2026-11-20" }, query: { kcalTarget: 1800, proteinTargetG: 120 } }),
});

const addEntry = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/diary/{date}/entries",
  summary: 'Log a food in grams, ounces (portion "oz") or portions (clientId makes replays safe)',
  tags: ["diary"],
  access: "owner",
  params: dateParam,
  body: entryInputSchema,
  response: entrySchema,
  status: 201,
  handler: async (ctx) => addFoodEntry(ctx.deps, ctx.subjectUserId, { date: ctx.params.date, ...ctx.body }),
  example: async (fx) => ({
    params: { date: "2026-11-20" },
    body: { meal: "breakfast" as const, foodId: await exampleFood(fx), portion: "1 cup", count: 1 },
  }),
});

const quick = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/diary/{date}/quick-add",
  summary: "Quick-add calories without a food",
  tags: ["diary"],
  access: "owner",
  params: dateParam,
  body: quickAddSchema,
  response: entrySchema,
  status: 201,
  handler: async (ctx) => quickAdd(ctx.deps, ctx.subjectUserId, { date: ctx.params.date, ...ctx.body }),
  example: async () => ({ params: { date: "2026-11-20" }, body: { meal: "snacks" as const, kcal: 180 } }),
});

const editEntryRoute = defineRoute({
  method: "PATCH",
  path: "/api/users/{userId}/diary/entries/{id}",
  summary: "Change an entry's day, meal or amount (grams or portions; kcal for a quick add), in place",
  tags: ["diary"],
  access: "owner",
  params: entryIdParam,
  body: entryPatchSchema,
  response: entrySchema,
  status: 200,
  handler: async (ctx) => editEntry(ctx.deps, ctx.subjectUserId, ctx.params.id, ctx.body),
  example: async (fx) => ({
    params: { id: await exampleEntry(fx) },
    body: { grams: 55, meal: "lunch" as const },
  }),
});

const removeEntryRoute = defineRoute({
  method: "DELETE",
  path: "/api/users/{userId}/diary/entries/{id}",
  summary: "Delete a diary entry",
  tags: ["diary"],
  access: "owner",
  params: entryIdParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await removeEntry(ctx.deps, ctx.subjectUserId, ctx.params.id);
    return null;
  },
  example: async (fx) => ({ params: { id: await exampleEntry(fx) } }),
});

const copy = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/diary/copy",
  summary: "Copy a day, or one meal (optionally into another meal), to another date; replays add nothing",
  tags: ["diary"],
  access: "owner",
  body: copySchema,
  response: z.object({ copied: z.number() }),
  status: 200,
  handler: async (ctx) => copyEntries(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async () => ({ body: { fromDate: "2026-11-20", toDate: "2026-11-21" } }),
});

const complete = defineRoute({
  method: "PUT",
  path: "/api/users/{userId}/diary/{date}/complete",
  summary: "Mark the day's diary complete (or not)",
  tags: ["diary"],
  access: "owner",
  params: dateParam,
  body: z.strictObject({ complete: z.boolean() }),
  response: z.object({ date: z.string(), complete: z.boolean() }),
  status: 200,
  handler: async (ctx) => markDayComplete(ctx.deps, ctx.subjectUserId, ctx.params.date, ctx.body.complete),
  example: async () => ({ params: { date: "2026-11-20" }, body: { complete: true } }),
});

const treat = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/treats",
  summary:
    "Plan (or record) a treat; the rest of the week is lowered to keep the budget, never below the floor",
  tags: ["diary"],
  access: "owner",
  body: treatSchema,
  response: treatPlanSchema,
  status: 201,
  handler: async (ctx) => {
    const b = ctx.body;
    const plan =
      b.targetKcal === undefined || b.floorKcal === undefined
        ? await planTargets(ctx.deps, ctx.subjectUserId)
        : null;
    const targetKcal = b.targetKcal ?? plan?.kcal;
    const floorKcal = b.floorKcal ?? plan?.floorKcal;
    if (targetKcal === undefined || floorKcal === undefined) {
      throw new InvalidInputError("targetKcal", "no plan targets yet: give targetKcal and floorKcal");
    }
    const dailyDeficitKcal = b.dailyDeficitKcal ?? plan?.dailyDeficitKcal;
    return recordTreat(ctx.deps, ctx.subjectUserId, {
      ...b,
      today: await todayOf(ctx.deps, ctx.subjectUserId, b.today),
      targetKcal,
      floorKcal,
      ...(dailyDeficitKcal !== undefined ? { dailyDeficitKcal } : {}),
    });
  },
  example: async () => ({
    body: {
      date: "2099-11-21",
      kcal: 600,
      planned: true,
      targetKcal: 1800,
      floorKcal: 1500,
      today: "2099-11-18",
    },
  }),
});

const listTreatsRoute = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/treats",
  summary: "Planned treats from this week on, with the day-by-day changes each makes",
  tags: ["diary"],
  access: "owner-or-trainer-read",
  response: z.strictObject({ treats: z.array(storedTreatSchema) }),
  status: 200,
  handler: async (ctx) => {
    const today = await todayOf(ctx.deps, ctx.subjectUserId, localDate(ctx.deps.now(), "UTC"));
    const treats = await upcomingTreats(ctx.deps, ctx.subjectUserId, isoWeekOf(today)[0] ?? today);
    return {
      treats: treats.map((t) => ({
        id: t.id,
        date: t.date,
        kcal: t.kcal,
        planned: t.planned,
        label: t.label,
        adjustments: t.adjustments,
      })),
    };
  },
  example: async () => ({}),
});

const deleteTreatRoute = defineRoute({
  method: "DELETE",
  path: "/api/users/{userId}/treats/{id}",
  summary: "Delete a planned treat: the days still ahead get their targets back; past days stay",
  tags: ["diary"],
  access: "owner",
  params: entryIdParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    const today = await todayOf(ctx.deps, ctx.subjectUserId, localDate(ctx.deps.now(), "UTC"));
    await removeTreat(ctx.deps, ctx.subjectUserId, ctx.params.id, today);
    return null;
  },
  example: async (fx) => {
    const r = (await examplePost(fx, "/api/users/me/treats", {
      date: "2099-11-21",
      kcal: 300,
      planned: true,
      targetKcal: 1800,
      floorKcal: 1500,
      today: "2099-11-18",
    })) as { treat: { id: string } };
    return { params: { id: r.treat.id } };
  },
});

export const diaryRoutes: RouteModule = [
  day,
  addEntry,
  quick,
  editEntryRoute,
  removeEntryRoute,
  copy,
  complete,
  treat,
  listTreatsRoute,
  deleteTreatRoute,
];
