import { expect, it } from "vitest";
import { localClock } from "@leanback/core/reminders/reminder-schedule";
import { listSubscriptions, saveSubscription } from "@leanback/db/repos/push";
import { describeEachDialectApp } from "../../testing/fixture.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";
import type { PushMessage, PushTransport } from "./push-service.js";
import { runReminderRound } from "./reminder-round.js";

// Monday 2026-11-30 00:00 in Berlin (UTC+1).
const WEEK_START = Date.UTC(2026, 10, 29, 23, 0);
let clock = WEEK_START;
const sent: Array<{ endpoint: string; message: PushMessage; at: number }> = [];
let answer = 201;
const fake: PushTransport = async (sub, message) => {
  sent.push({ endpoint: sub.endpoint, message, at: clock });
  return answer;
};

const key65 = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 9)]).toString("base64url");
const key16 = Buffer.alloc(16, 1).toString("base64url");
const sub = (name: string) => ({
  endpoint: `https://push.example.org/${name}`,
  keys: { p256dh: key65, auth: key16 },
});
const profile = { ...EXAMPLE_PROFILE, timezone: "Europe/Berlin" };

describeEachDialectApp(
  "Web Push reminders",
  (getT) => {
    it("validates subscriptions and reminder times, naming the field and the rule", async () => {
      const t = getT();
      const u = await t.signUp();
      const http = await t.json(u, "PUT", "/api/users/me/push-subscriptions", {
        ...sub("a"),
        endpoint: "http://10.0.0.1/x",
      });
      expect(http.status).toBe(422);
      expect(JSON.stringify(http.json)).toMatch(/endpoint.*https/);
      const short = await t.json(u, "PUT", "/api/users/me/push-subscriptions", {
        ...sub("a"),
        keys: { p256dh: key16, auth: key16 },
      });
      expect(JSON.stringify(short.json)).toMatch(/keys\.p256dh.*65 bytes/);
      const time = await t.json(u, "PUT", "/api/users/me/reminder-settings", {
        weighInTime: "7:30",
        sessionTime: null,
        checkInTime: null,
        quietStart: null,
        quietEnd: null,
      });
      expect(time.status).toBe(422);
      expect(JSON.stringify(time.json)).toMatch(/weighInTime.*HH:MM/);
      const half = await t.json(u, "PUT", "/api/users/me/reminder-settings", {
        weighInTime: null,
        sessionTime: null,
        checkInTime: null,
        quietStart: "22:00",
        quietEnd: null,
      });
      expect(JSON.stringify(half.json)).toMatch(/quietEnd.*start and an end/);
      expect((await t.json(u, "GET", "/api/users/me/reminder-settings")).json).toMatchObject({
        weighInTime: null,
      });
      expect(await listSubscriptions(t.deps.db, u.userId)).toEqual([]);
    });

    it("keeps one VAPID key pair in the database for every instance", async () => {
      const t = getT();
      const u = await t.signUp();
      const a = (await t.json(u, "GET", "/api/push/public-key")).json as { publicKey: string };
      expect(Buffer.from(a.publicKey, "base64url")).toHaveLength(65);
      const row = await t.deps.db.selectFrom("push_vapid_keys").selectAll().execute();
      expect(row.map((r) => r.public_key)).toEqual([a.publicKey]);
      expect((await t.json(null, "GET", "/api/push/public-key")).status).toBe(401);
    });

    it("a simulated week on two instances sends each reminder once, at the person's local time", async () => {
      const t = getT();
      const u = await t.signUp();
      clock = WEEK_START - 86_400_000; // Sunday: set up
      await t.json(u, "PUT", "/api/users/me/profile", profile);
      await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-29", weightKg: 80 });
      expect((await t.json(u, "POST", "/api/users/me/plan", {})).status).toBe(201);
      expect((await t.json(u, "PUT", "/api/users/me/push-subscriptions", sub("phone"))).status).toBe(200);
      expect((await t.json(u, "PUT", "/api/users/me/push-subscriptions", sub("laptop"))).status).toBe(200);
      const settings = {
        weighInTime: "07:30",
        sessionTime: "17:30",
        checkInTime: "09:00",
        quietStart: "22:00",
        quietEnd: "06:00",
      };
      expect((await t.json(u, "PUT", "/api/users/me/reminder-settings", settings)).status).toBe(200);
      // The days the plan has sessions this week (from the API, not the scheduler's code).
      const planned: string[] = [];
      for (let d = 0; d < 7; d++) {
        const date = localClock(WEEK_START + d * 86_400_000 + 12 * 3_600_000, "Europe/Berlin").date;
        clock = Date.parse(`${date}T11:00:00Z`);
        const today = (await t.json(u, "GET", "/api/users/me/plan/today")).json as { sessions: unknown[] };
        if (today.sessions.length > 0) planned.push(date);
      }
      expect(planned.length).toBeGreaterThanOrEqual(2);
      sent.length = 0;

      // Two instances share the database; each runs a round every 30 minutes of the week.
      const instance = () => ({ db: t.deps.db, now: () => clock, newId: t.deps.newId });
      const [one, two] = [instance(), instance()];
      for (let m = 0; m < 7 * 24 * 60; m += 30) {
        clock = WEEK_START + m * 60_000;
        // Wednesday 06:30 local: weighed in before the reminder, so Wednesday has none.
        if (m === 2 * 1440 + 6 * 60 + 30) {
          await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-12-02", weightKg: 79.6 });
        }
        await Promise.all([runReminderRound(one, fake), runReminderRound(two, fake)]);
      }
      const byTag = new Map<string, number[]>();
      for (const s of sent.filter((x) => x.endpoint.endsWith("/phone"))) {
        byTag.set(s.message.tag, [...(byTag.get(s.message.tag) ?? []), s.at]);
      }
      // Every reminder exactly once per device, both devices alike.
      expect([...byTag.values()].every((ats) => ats.length === 1)).toBe(true);
      expect(sent.filter((x) => x.endpoint.endsWith("/laptop"))).toHaveLength(sent.length / 2);
      const local = (tag: string) => {
        const at = byTag.get(tag)?.[0];
        return at === undefined ? null : localClock(at, "Europe/Berlin");
      };
      const days = [
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-04",
        "2026-12-05",
        "2026-12-06",
      ];
      for (const d of days) {
        if (d === "2026-12-02") expect(local(`weigh-in-${d}`)).toBeNull();
        else
          expect(local(`weigh-in-${d}`)).toEqual({
            date: d,
            weekday: days.indexOf(d) + 1,
            minute: 7 * 60 + 30,
          });
        if (planned.includes(d)) expect(local(`session-${d}`)?.minute).toBe(17 * 60 + 30);
        else expect(local(`session-${d}`)).toBeNull();
      }
      expect(local("check-in-2026-11-30")?.minute).toBe(9 * 60);
      expect([...byTag.keys()].filter((k) => k.startsWith("check-in"))).toEqual(["check-in-2026-11-30"]);
      expect(byTag.size).toBe(6 + planned.length + 1);
    }, 180_000);

    it("removes a subscription the push service reports gone (410) and sends to it no more", async () => {
      const t = getT();
      const u = await t.signUp();
      await saveSubscription(
        t.deps.db,
        {
          id: t.deps.newId(),
          userId: u.userId,
          endpoint: "https://push.example.org/old",
          p256dh: key65,
          auth: key16,
          userAgent: null,
        },
        clock,
      );
      answer = 410;
      try {
        const r = await t.json(u, "POST", "/api/users/me/push-subscriptions/test");
        expect(r.json).toEqual({ sent: 0, removed: 1, failed: 0 });
      } finally {
        answer = 201;
      }
      expect(await listSubscriptions(t.deps.db, u.userId)).toEqual([]);
      expect((await t.json(u, "POST", "/api/users/me/push-subscriptions/test")).json).toEqual({
        sent: 0,
        removed: 0,
        failed: 0,
      });
      // Unsubscribing removes only the caller's own device.
      const other = await t.signUp();
      await t.json(other, "PUT", "/api/users/me/push-subscriptions", sub("other"));
      await t.json(u, "POST", "/api/users/me/push-subscriptions/remove", { endpoint: sub("other").endpoint });
      expect(await listSubscriptions(t.deps.db, other.userId)).toHaveLength(1);
      await t.json(other, "POST", "/api/users/me/push-subscriptions/remove", {
        endpoint: sub("other").endpoint,
      });
      expect(await listSubscriptions(t.deps.db, other.userId)).toHaveLength(0);
    });
  },
  { now: () => clock, pushTransport: fake },
);
