import { z } from "zod";
import { getTreatSettings, saveTreatSettings } from "@leanback/db/food/treats-repo";
import { defineRoute, type RouteModule } from "../http/route.js";
import { TREAT_DEFAULTS } from "./treats.js";

/**
 * The person's treat limits. The protocol's treats are occasional and planned: by default one a
 * week of at most 1000 kcal above the day's target; a person may allow up to three a week (the
 * table's own check) and up to 1500 kcal.
 */
export const treatSettingsSchema = z.strictObject({
  maxKcal: z.number().int().min(100).max(1500),
  maxPerWeek: z.number().int().min(1).max(3),
});

const viewSchema = treatSettingsSchema.extend({ isDefault: z.boolean() });

const path = "/api/users/{userId}/treat-settings";

const get = defineRoute({
  method: "GET",
  path,
  summary: "Treat limits: the largest treat (kcal above the day's target) and treats a week",
  tags: ["diary"],
  access: "owner-or-trainer-read",
  response: viewSchema,
  status: 200,
  handler: async (ctx) => {
    const s = await getTreatSettings(ctx.deps.db, ctx.subjectUserId);
    return s === undefined ? { ...TREAT_DEFAULTS, isDefault: true } : { ...s, isDefault: false };
  },
  example: async () => ({}),
});

const put = defineRoute({
  method: "PUT",
  path,
  summary: "Set the treat limits; treats already planned stay as they are",
  tags: ["diary"],
  access: "owner",
  body: treatSettingsSchema,
  response: viewSchema,
  status: 200,
  handler: async (ctx) => {
    await saveTreatSettings(ctx.deps.db, ctx.subjectUserId, ctx.body, ctx.deps.now());
    return { ...ctx.body, isDefault: false };
  },
  example: async () => ({ body: { maxKcal: 800, maxPerWeek: 1 } }),
});

export const treatSettingsRoutes: RouteModule = [get, put];
