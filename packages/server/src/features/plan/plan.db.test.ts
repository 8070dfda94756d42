import ICAL from "ical.js";
import { expect, it } from "vitest";
import { describeEachDialectApp } from "../../testing/fixture.js";
import { EXAMPLE_PROFILE } from "../shared/examples.js";

// The clock is moved per test; 2026-11-20 is a Friday.
let now = Date.UTC(2026, 10, 20, 12);

type Session = { day: string; kind: string; title: string };
type PlanView = {
  id: string;
  startDate: string;
  weeks: number;
  seed: string;
  program: { weeks: Array<{ week: number; sessions: Session[] }> };
};

describeEachDialectApp(
  "plan API",
  (getT) => {
    it("generates from the profile, starting next Monday by default, and serves the current plan", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE);
      const r = await t.json(u, "POST", "/api/users/me/plan", { weeks: 4 });
      expect(r.status).toBe(201);
      const p = r.json as PlanView;
      expect(p).toMatchObject({ startDate: "2026-11-23", weeks: 4, seed: "leanback" });
      expect(p.program.weeks.map((w) => w.week)).toEqual([1, 2, 3, 4]);
      // The profile's four training days carry sessions; the others are rest days.
      const week1 = p.program.weeks[0]?.sessions ?? [];
      expect(week1.filter((s) => s.kind !== "rest").map((s) => s.day)).toEqual(["mon", "wed", "fri", "sat"]);
      expect((await t.json(u, "GET", "/api/users/me/plan")).json).toEqual(p);

      const again = (await t.json(u, "POST", "/api/users/me/plan/regenerate", { seed: "second" }))
        .json as PlanView;
      expect(again.id).not.toBe(p.id);
      expect(again).toMatchObject({ startDate: "2026-11-23", weeks: 4, seed: "second" });
      expect(((await t.json(u, "GET", "/api/users/me/plan")).json as PlanView).id).toBe(again.id);
    });

    it("returns the first plan for a replayed clientId", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE);
      const body = { weeks: 2, clientId: "plan-request-1" };
      const a = await t.json(u, "POST", "/api/users/me/plan", body);
      const b = await t.json(u, "POST", "/api/users/me/plan", { ...body, weeks: 6 });
      expect(a.status).toBe(201);
      expect(b.json).toEqual(a.json);
      expect(((await t.json(u, "GET", "/api/users/me/plan")).json as PlanView).weeks).toBe(2);
    });

    it("puts today's sessions on the agenda in the profile's time zone", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE); // Europe/Berlin
      const p = (await t.json(u, "POST", "/api/users/me/plan", { startDate: "2026-11-16", weeks: 2 }))
        .json as PlanView;
      const week1 = p.program.weeks[0]?.sessions ?? [];

      const fri = (await t.json(u, "GET", "/api/users/me/plan/today")).json as Record<string, unknown>;
      expect(fri).toMatchObject({ date: "2026-11-20", status: "active", week: 1, targets: null });
      expect(fri.sessions).toEqual(week1.filter((s) => s.day === "fri"));
      expect(fri.targetsMissing).toMatch(/weigh-in/);

      // 23:30 UTC on Friday is already Saturday in Berlin.
      now = Date.UTC(2026, 10, 20, 23, 30);
      await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-20", weightKg: 75 });
      const sat = (await t.json(u, "GET", "/api/users/me/plan/today")).json as Record<string, unknown>;
      expect(sat).toMatchObject({ date: "2026-11-21", week: 1, targetsMissing: null });
      expect(sat.sessions).toEqual(week1.filter((s) => s.day === "sat"));
      expect((sat.targets as { targetKcal: number }).targetKcal).toBeGreaterThan(1300);

      now = Date.UTC(2026, 10, 30, 12); // Monday of week 3: the 2-week plan is over
      expect((await t.json(u, "GET", "/api/users/me/plan/today")).json).toMatchObject({
        status: "finished",
        sessions: [],
      });
    });

    it("downloads a valid iCalendar file with one event per training session", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE);
      const p = (await t.json(u, "POST", "/api/users/me/plan", { startDate: "2026-11-23", weeks: 2 }))
        .json as PlanView;
      const res = await t.request(u, "GET", "/api/users/me/plan/calendar.ics?time=18:30");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
      const text = await res.text();
      const cal = new ICAL.Component(ICAL.parse(text));
      const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      const training = p.program.weeks.flatMap((w) => w.sessions.filter((s) => s.kind !== "rest"));
      expect(events).toHaveLength(training.length);
      const first = events.map((e) => e.startDate.toString()).sort()[0];
      expect(first).toBe("2026-11-23T18:30:00"); // Monday of week 1, floating local time
      expect((await t.json(u, "GET", "/api/users/me/plan/calendar.ics?time=25:00")).status).toBe(422);
    });

    it("answers 404 without a plan and 422 naming what the profile lacks", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await t.signUp();
      expect((await t.json(u, "GET", "/api/users/me/plan")).status).toBe(404);
      expect((await t.json(u, "GET", "/api/users/me/plan/today")).status).toBe(404);
      await t.json(u, "PUT", "/api/users/me/profile", { ...EXAMPLE_PROFILE, schedule: null });
      const r = await t.json(u, "POST", "/api/users/me/plan", {});
      expect(r.status).toBe(422);
      expect((r.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe("body.schedule");
      const w = await t.json(u, "POST", "/api/users/me/plan", { weeks: 0 });
      expect((w.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe("body.weeks");
      expect((await t.json(u, "POST", "/api/users/me/plan/regenerate", {})).status).toBe(404);
    });
  },
  { now: () => now },
);
