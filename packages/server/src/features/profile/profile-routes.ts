import { defineRoute, type RouteModule } from "../../http/route.js";
import { ensureExampleProfile, EXAMPLE_PROFILE } from "./profile-examples.js";
import { requireProfile } from "./profile.js";
import { saveProfileAndReplan } from "./replan-on-save.js";
import { profileInputSchema, profileSchema } from "./profile-schema.js";

const get = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/profile",
  summary: "The profile (404 before onboarding)",
  tags: ["profile"],
  access: "owner-or-trainer-read",
  response: profileSchema,
  status: 200,
  handler: async (ctx) => requireProfile(ctx.deps, ctx.subjectUserId),
  example: async (fx) => {
    await ensureExampleProfile(fx);
    return {};
  },
});

const put = defineRoute({
  method: "PUT",
  path: "/api/users/{userId}/profile",
  summary: "Create or replace the profile (canonical units: mm, kg, kcal)",
  tags: ["profile"],
  access: "owner",
  body: profileInputSchema,
  response: profileSchema,
  status: 200,
  handler: async (ctx) => saveProfileAndReplan(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async () => ({ body: EXAMPLE_PROFILE }),
});

export const profileRoutes: RouteModule = [get, put];
