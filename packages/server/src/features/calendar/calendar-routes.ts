import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { examplePost } from "../shared/examples.js";
import { ensureExampleProfile } from "../profile/profile-examples.js";
import { icsQuery, userCalendar } from "./calendar-events.js";
import { feedLinkSchema, feedStatusSchema, feedStatus, renewFeed, revokeFeed } from "./calendar-feed.js";

const base = "/api/users/{userId}/calendar-feed";

/** Where this server is reached: PUBLIC_ORIGIN, else the request's scheme and Host. */
function originOf(request: Request, secure: boolean, publicOrigin: string | null): string {
  if (publicOrigin) return publicOrigin.replace(/(?<!\/)\/+$/, "");
  const url = new URL(request.url);
  return `${secure ? "https" : "http"}://${request.headers.get("host") ?? url.host}`;
}

const status = defineRoute({
  method: "GET",
  path: base,
  summary: "Whether you have a calendar subscription link, and since when",
  tags: ["calendar"],
  access: "owner",
  response: feedStatusSchema,
  status: 200,
  handler: async (ctx) => feedStatus(ctx.deps, ctx.subjectUserId),
  example: async () => ({}),
});

const renew = defineRoute({
  method: "POST",
  path: base,
  summary:
    "Make a new secret calendar subscription link (https and webcal), shown once; any earlier link stops working",
  tags: ["calendar"],
  access: "owner",
  response: feedLinkSchema,
  status: 201,
  handler: async (ctx) =>
    renewFeed(ctx.deps, ctx.subjectUserId, originOf(ctx.request, ctx.secure, ctx.deps.config.publicOrigin)),
  example: async () => ({}),
});

const revoke = defineRoute({
  method: "DELETE",
  path: base,
  summary: "End the calendar subscription link (subscribed calendars get 404 from then on)",
  tags: ["calendar"],
  access: "owner",
  response: z.null(),
  status: 204,
  handler: async (ctx) => {
    await revokeFeed(ctx.deps, ctx.subjectUserId);
    return null;
  },
  example: async () => ({}),
});

/** A plan and a live feed link for the subject; returns the link's token. */
async function exampleFeed(fx: ExampleFixture): Promise<string> {
  await ensureExampleProfile(fx);
  await examplePost(fx, "/api/users/me/plan", { weeks: 2 });
  return ((await examplePost(fx, "/api/users/me/calendar-feed", undefined)) as { token: string }).token;
}

const feed = defineRoute({
  method: "GET",
  path: "/api/calendar-feeds/{token}/leanback.ics",
  summary:
    "The calendar subscription feed: the current plan as iCalendar, for calendar apps (no session needed; ?time=HH:MM, ?alarm=minutes)",
  tags: ["calendar"],
  access: "feed-token",
  params: z.strictObject({ token: z.string() }),
  query: icsQuery,
  response: z.string(),
  status: 200,
  responseContentType: "text/calendar; charset=utf-8",
  handler: async (ctx) =>
    new Response(await userCalendar(ctx.deps, ctx.subjectUserId, ctx.query), {
      status: 200,
      headers: { "content-type": "text/calendar; charset=utf-8" },
    }),
  example: async (fx) => ({ params: { token: await exampleFeed(fx) }, query: { alarm: "30" } }),
});

/** The plan's one-off download lives here, beside the feed: both are the plan as iCalendar. */
const planIcs = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/plan/calendar.ics",
  summary:
    "The current plan as an iCalendar download (?time=HH:MM, default 07:00; ?alarm=minutes adds a reminder)",
  tags: ["plan"],
  access: "owner-or-trainer-read",
  query: icsQuery,
  response: z.string(),
  status: 200,
  responseContentType: "text/calendar; charset=utf-8",
  handler: async (ctx) =>
    new Response(await userCalendar(ctx.deps, ctx.subjectUserId, ctx.query), {
      status: 200,
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'attachment; filename="leanback-plan.ics"',
      },
    }),
  example: async (fx) => {
    await ensureExampleProfile(fx);
    await examplePost(fx, "/api/users/me/plan", { weeks: 4 });
    return { query: { time: "18:30" } };
  },
});

export const calendarRoutes: RouteModule = [planIcs, status, renew, revoke, feed];
