import ICAL from "ical.js";
import { expect, it } from "vitest";
import { hashToken } from "../../accounts/session-cookie.js";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";
import { parseWithPython, pythonIcalendarAvailable } from "./python-icalendar.js";

// 2026-11-20 is a Friday; the clock moves per step.
let now = Date.UTC(2026, 10, 20, 12);
const hasPython = pythonIcalendarAvailable();
if (!hasPython) console.warn("calendar feed: python3 icalendar not installed, its half of the check skipped");

interface FeedEvent {
  uid: string;
  sequence: number;
  lastModified: number;
  start: string;
  summary: string;
  description: string;
  alarms: ICAL.Component[];
}

function readFeed(text: string): { name: string; events: FeedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    const lm = v.getFirstPropertyValue("last-modified") as ICAL.Time;
    return {
      uid: e.uid,
      sequence: e.sequence,
      lastModified: lm.toJSDate().getTime(),
      start: e.startDate.toString(),
      summary: e.summary,
      description: e.description,
      alarms: v.getAllSubcomponents("valarm"),
    };
  });
  return { name: String(cal.getFirstPropertyValue("x-wr-calname")), events };
}

async function userWithPlan(t: TestApp): Promise<TestUser> {
  const u = await t.signUp();
  expect((await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE)).status).toBe(200);
  const plan = await t.json(u, "POST", "/api/users/me/plan", {
    startDate: "2026-11-23",
    weeks: 3,
    seed: "same",
  });
  expect(plan.status).toBe(201);
  return u;
}

async function newLink(t: TestApp, u: TestUser): Promise<{ token: string; url: string; webcalUrl: string }> {
  const r = await t.json(u, "POST", "/api/users/me/calendar-feed");
  expect(r.status).toBe(201);
  return r.json as { token: string; url: string; webcalUrl: string };
}

/** The feed as a calendar app fetches it: no cookie at all. */
async function fetchFeed(t: TestApp, url: string): Promise<Response> {
  const u = new URL(url);
  return t.request(null, "GET", u.pathname + u.search);
}

describeEachDialectApp(
  "calendar subscription feed",
  (getT) => {
    it("serves the plan without a session to whoever has the link; only the token's hash is stored", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await userWithPlan(t);
      const link = await newLink(t, u);
      expect(link.url).toBe(`http://localhost/api/calendar-feeds/${link.token}/leanback.ics`);
      expect(link.webcalUrl).toBe(`webcal://localhost/api/calendar-feeds/${link.token}/leanback.ics`);
      const stored = await t.deps.db
        .selectFrom("calendar_feeds")
        .selectAll()
        .where("user_id", "=", u.userId)
        .execute();
      expect(stored.map((r) => r.token_hash)).toEqual([hashToken(link.token)]);

      const res = await fetchFeed(t, `${link.url}?alarm=30&time=06:45`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
      const text = await res.text();
      const feed = readFeed(text);
      expect(feed.name).toBe(`leanback — ${u.email.split("@")[0]}'s training`);
      expect(feed.events.length).toBeGreaterThan(3);
      expect(new Set(feed.events.map((e) => e.uid)).size).toBe(feed.events.length);
      for (const e of feed.events) {
        expect(e.sequence).toBe(0);
        expect(e.lastModified).toBe(now);
        expect(e.start.endsWith("T06:45:00")).toBe(true);
        expect(e.alarms).toHaveLength(1);
        const trigger = e.alarms[0]?.getFirstPropertyValue("trigger") as ICAL.Duration;
        expect(trigger.toSeconds()).toBe(-30 * 60);
        expect(e.alarms[0]?.getFirstPropertyValue("action")).toBe("DISPLAY");
      }
      // Without ?alarm no reminders.
      const plain = readFeed(await (await fetchFeed(t, link.url)).text());
      expect(plain.events.every((e) => e.alarms.length === 0)).toBe(true);

      if (hasPython) {
        const py = parseWithPython(text);
        expect(py.name).toBe(feed.name);
        expect(py.events.map((e) => e.uid)).toEqual(feed.events.map((e) => e.uid));
        expect(py.events.map((e) => e.sequence)).toEqual(feed.events.map(() => 0));
        expect(py.events.every((e) => e.alarms === 1 && e.start.endsWith("T06:45:00"))).toBe(true);
      }

      // A display name names the calendar.
      await t.deps.db.updateTable("users").set({ display_name: "Ana" }).where("id", "=", u.userId).execute();
      expect(readFeed(await (await fetchFeed(t, link.url)).text()).name).toBe("leanback — Ana's training");
      expect((await fetchFeed(t, `${link.url}?alarm=soon`)).status).toBe(422);
    });

    it("gives two people with the same inputs different UIDs", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const a = await userWithPlan(t);
      const b = await userWithPlan(t);
      const fa = readFeed(await (await fetchFeed(t, (await newLink(t, a)).url)).text());
      const fb = readFeed(await (await fetchFeed(t, (await newLink(t, b)).url)).text());
      // Same plan, same sessions …
      expect(fb.events.map((e) => e.summary)).toEqual(fa.events.map((e) => e.summary));
      // … but no UID in common, and the download (cookie) has the feed's UIDs.
      const ua = new Set(fa.events.map((e) => e.uid));
      expect(fb.events.filter((e) => ua.has(e.uid))).toEqual([]);
      const dl = readFeed(await (await t.request(a, "GET", "/api/users/me/plan/calendar.ics")).text());
      expect(dl.events.map((e) => e.uid)).toEqual(fa.events.map((e) => e.uid));
    });

    it("keeps UIDs across regenerating; a changed session gets SEQUENCE + 1 and a new LAST-MODIFIED", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await userWithPlan(t);
      const link = await newLink(t, u);
      const first = readFeed(await (await fetchFeed(t, link.url)).text());
      // Fetching again changes nothing.
      now += 60_000;
      const again = readFeed(await (await fetchFeed(t, link.url)).text());
      expect(again.events.map((e) => [e.uid, e.sequence, e.lastModified])).toEqual(
        first.events.map((e) => [e.uid, 0, first.events[0]?.lastModified]),
      );

      now = Date.UTC(2026, 10, 21, 9);
      expect((await t.json(u, "POST", "/api/users/me/plan/regenerate", { seed: "other" })).status).toBe(201);
      const regen = readFeed(await (await fetchFeed(t, link.url)).text());
      expect(regen.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
      const byUid = new Map(first.events.map((e) => [e.uid, e]));
      let changed = 0;
      for (const e of regen.events) {
        const was = byUid.get(e.uid);
        const same =
          was?.summary === e.summary && was?.description === e.description && was?.start === e.start;
        expect(e.sequence, e.uid).toBe(same ? 0 : 1);
        expect(e.lastModified, e.uid).toBe(same ? Date.UTC(2026, 10, 20, 12) : now);
        if (!same) changed++;
      }
      expect(changed).toBeGreaterThan(0);

      // A swap changes the sessions that use the exercise: their SEQUENCE goes up again.
      const plan = (await t.json(u, "GET", "/api/users/me/plan")).json as {
        program: {
          weeks: Array<{ sessions: Array<{ items: Array<{ type: string; exerciseId?: string }> }> }>;
        };
      };
      const { swapOptions } = await import("@leanback/core/training/swaps");
      let swap: { from: string; to: string } | undefined;
      for (const i of plan.program.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items))) {
        if (i.type !== "strength" || i.exerciseId === undefined) continue;
        const to = swapOptions(
          i.exerciseId,
          EXAMPLE_PROFILE.equipment ?? [],
          EXAMPLE_PROFILE.exclusions ?? [],
        )[0];
        if (to) {
          swap = { from: i.exerciseId, to: to.id };
          break;
        }
      }
      if (swap === undefined) throw new Error("no swappable exercise");
      now = Date.UTC(2026, 10, 22, 9);
      expect((await t.json(u, "PUT", `/api/users/me/plan/swaps/${swap.from}`, { to: swap.to })).status).toBe(
        200,
      );
      const swapped = readFeed(await (await fetchFeed(t, link.url)).text());
      const regenByUid = new Map(regen.events.map((e) => [e.uid, e]));
      const bumped = swapped.events.filter((e) => e.sequence === (regenByUid.get(e.uid)?.sequence ?? -1) + 1);
      expect(bumped.length).toBeGreaterThan(0);
      expect(bumped.every((e) => e.lastModified === now)).toBe(true);
      const untouched = swapped.events.filter((e) => regenByUid.get(e.uid)?.description === e.description);
      expect(untouched.every((e) => e.sequence === regenByUid.get(e.uid)?.sequence)).toBe(true);
      expect(bumped.length + untouched.length).toBe(swapped.events.length);
    });

    it("renewing ends the old link, revoking ends the feed; an unknown token is 404 to anyone", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await userWithPlan(t);
      const other = await t.signUp();
      expect((await t.json(u, "GET", "/api/users/me/calendar-feed")).json).toEqual({
        active: false,
        createdAt: null,
      });
      const old = await newLink(t, u);
      expect((await t.json(u, "GET", "/api/users/me/calendar-feed")).json).toEqual({
        active: true,
        createdAt: now,
      });
      const renewed = await newLink(t, u);
      expect(renewed.token).not.toBe(old.token);
      const gone = await fetchFeed(t, old.url);
      expect(gone.status).toBe(404);
      expect(await gone.json()).toEqual({ error: "not_found" });
      expect((await fetchFeed(t, renewed.url)).status).toBe(200);
      // Another account's session does not open someone's feed without the live token.
      const path = new URL(old.url).pathname;
      expect((await t.request(other, "GET", path)).status).toBe(404);
      expect((await t.request(u, "GET", path)).status).toBe(404);

      expect((await t.request(u, "DELETE", "/api/users/me/calendar-feed")).status).toBe(204);
      expect((await fetchFeed(t, renewed.url)).status).toBe(404);
      expect((await t.json(u, "GET", "/api/users/me/calendar-feed")).json).toEqual({
        active: false,
        createdAt: null,
      });
      // Another user cannot renew or revoke someone's link.
      expect((await t.json(other, "POST", `/api/users/${u.userId}/calendar-feed`)).status).toBe(404);
      expect((await t.json(null, "POST", "/api/users/me/calendar-feed")).status).toBe(401);
    });

    it("stops serving a disabled account's feed", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await userWithPlan(t);
      const link = await newLink(t, u);
      await t.deps.db.updateTable("users").set({ disabled_at: now }).where("id", "=", u.userId).execute();
      expect((await fetchFeed(t, link.url)).status).toBe(404);
    });
  },
  { now: () => now },
);
