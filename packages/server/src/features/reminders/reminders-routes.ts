import { z } from "zod";
import { minutesOfDay } from "@leanback/core/reminders/reminder-schedule";
import { InvalidInputError } from "@leanback/core/errors";
import {
  deleteSubscription,
  getReminderSettings,
  saveReminderSettings,
  saveSubscription,
} from "@leanback/db/repos/push";
import { defineRoute, type RouteModule } from "../../http/route.js";
import type { ServerDeps } from "../../deps.js";
import { noContent } from "../shared/schemas.js";
import { sendToUser, vapidKeys, vapidSubject, webPushTransport, type PushTransport } from "./push-service.js";

const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${what} must be base64url`)
    .refine((s) => Buffer.from(s, "base64url").length === bytes, `${what} must be ${bytes} bytes`);

/** PushSubscription.toJSON() as the browser gives it (W3C Push API). */
export const subscriptionSchema = z.strictObject({
  endpoint: z
    .url({ protocol: /^https$/, error: "endpoint must be the https URL the browser's push service gave" })
    .max(2048),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({ p256dh: base64url(65, "keys.p256dh"), auth: base64url(16, "keys.auth") }),
});

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a 24-hour time HH:MM")
  .nullable();

export const reminderSettingsSchema = z.strictObject({
  weighInTime: hhmm,
  sessionTime: hhmm,
  checkInTime: hhmm,
  quietStart: hhmm,
  quietEnd: hhmm,
});

const OFF = { weighInTime: null, sessionTime: null, checkInTime: null, quietStart: null, quietEnd: null };

/** The transport the routes send with: injected in tests, else Web Push with the stored VAPID keys. */
async function transportOf(deps: ServerDeps): Promise<PushTransport> {
  if (deps.pushTransport) return deps.pushTransport;
  return webPushTransport(await vapidKeys(deps), vapidSubject(deps.config.publicOrigin));
}

const EXAMPLE_SUBSCRIPTION = {
  endpoint: "https://push.example.org/send/example-device",
  keys: {
    p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString("base64url"),
    auth: Buffer.alloc(16, 3).toString("base64url"),
  },
};

const publicKey = defineRoute({
  method: "GET",
  path: "/api/push/public-key",
  summary: "The server's VAPID public key, for PushManager.subscribe({ applicationServerKey })",
  tags: ["reminders"],
  access: "authenticated",
  response: z.strictObject({ publicKey: z.string() }),
  status: 200,
  handler: async (ctx) => ({ publicKey: (await vapidKeys(ctx.deps)).publicKey }),
  example: async () => ({}),
});

const subscribe = defineRoute({
  method: "PUT",
  path: "/api/users/{userId}/push-subscriptions",
  summary: "Subscribe this device to reminders (the browser's PushSubscription); again replaces its keys",
  tags: ["reminders"],
  access: "owner",
  body: subscriptionSchema,
  response: z.strictObject({ subscribed: z.literal(true) }),
  status: 200,
  handler: async (ctx) => {
    const b = ctx.body;
    await saveSubscription(
      ctx.deps.db,
      {
        id: ctx.deps.newId(),
        userId: ctx.subjectUserId,
        endpoint: b.endpoint,
        p256dh: b.keys.p256dh,
        auth: b.keys.auth,
        userAgent: ctx.request.headers.get("user-agent")?.slice(0, 300) ?? null,
      },
      ctx.deps.now(),
    );
    return { subscribed: true as const };
  },
  example: async () => ({ body: EXAMPLE_SUBSCRIPTION }),
});

const unsubscribe = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/push-subscriptions/remove",
  summary: "Unsubscribe a device (by its endpoint); nothing more is sent to it",
  tags: ["reminders"],
  access: "owner",
  body: z.strictObject({ endpoint: z.string().min(1).max(2048) }),
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await deleteSubscription(ctx.deps.db, ctx.body.endpoint, ctx.subjectUserId);
    return null;
  },
  example: async () => ({ body: { endpoint: EXAMPLE_SUBSCRIPTION.endpoint } }),
});

const testSend = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/push-subscriptions/test",
  summary:
    "Send a test reminder to every subscribed device now; devices the push service says are gone are removed",
  tags: ["reminders"],
  access: "owner",
  response: z.strictObject({ sent: z.int(), removed: z.int(), failed: z.int() }),
  status: 200,
  handler: async (ctx) =>
    sendToUser(ctx.deps, await transportOf(ctx.deps), ctx.subjectUserId, {
      title: "leanback reminders work",
      body: "This device will get your reminders.",
      url: "/settings",
      tag: "test",
    }),
  example: async () => ({}),
});

const getSettings = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/reminder-settings",
  summary: "Reminder times (local HH:MM, null = off) and quiet hours",
  tags: ["reminders"],
  access: "owner",
  response: reminderSettingsSchema,
  status: 200,
  handler: async (ctx) => (await getReminderSettings(ctx.deps.db, ctx.subjectUserId)) ?? OFF,
  example: async () => ({}),
});

const putSettings = defineRoute({
  method: "PUT",
  path: "/api/users/{userId}/reminder-settings",
  summary: "Set the reminder times and quiet hours (in the profile's time zone)",
  tags: ["reminders"],
  access: "owner",
  body: reminderSettingsSchema,
  response: reminderSettingsSchema,
  status: 200,
  handler: async (ctx) => {
    const b = ctx.body;
    if ((b.quietStart === null) !== (b.quietEnd === null)) {
      throw new InvalidInputError(
        b.quietStart === null ? "quietStart" : "quietEnd",
        "quiet hours need a start and an end",
      );
    }
    if (
      b.quietStart !== null &&
      b.quietEnd !== null &&
      minutesOfDay(b.quietStart) === minutesOfDay(b.quietEnd)
    ) {
      throw new InvalidInputError("quietEnd", "quiet hours must end at another time than they start");
    }
    await saveReminderSettings(ctx.deps.db, ctx.subjectUserId, b, ctx.deps.now());
    return b;
  },
  example: async () => ({
    body: {
      weighInTime: "07:30",
      sessionTime: "17:30",
      checkInTime: "09:00",
      quietStart: "22:00",
      quietEnd: "07:00",
    },
  }),
});

export const reminderRoutes: RouteModule = [
  publicKey,
  subscribe,
  unsubscribe,
  testSend,
  getSettings,
  putSettings,
];
