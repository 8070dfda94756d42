import ICAL from "ical.js";
import { expect, it } from "vitest";
import { describeEachDialectApp } from "../../testing/fixture.js";
import { catalogue } from "@leanback/core/training/catalogue";
import { swapOptions } from "@leanback/core/training/swaps";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";

// The clock is moved per test; 2026-11-20 is a Friday.
let now = Date.UTC(2026, 10, 20, 12);

type Item = { type: string; exerciseId?: string; name?: string };
type Session = { day: string; kind: string; title: string; items: Item[] };
type PlanView = {
  id: string;
  startDate: string;
  weeks: number;
  seed: string;
  program: { weeks: Array<{ week: number; sessions: Session[] }> };
  swaps: Record<string, string>;
};

const strengthIds = (p: PlanView): string[] => [
  ...new Set(
    p.program.weeks.flatMap((w) =>
      w.sessions.flatMap((s) =>
        s.items.flatMap((i) => (i.type === "strength" && i.exerciseId ? [i.exerciseId] : [])),
      ),
    ),
  ),
];

/** A strength exercise of the plan on `day` with a stand-in the example profile allows. */
function swappable(p: PlanView, day: string): { from: string; to: string } {
  const items = p.program.weeks[0]?.sessions.filter((s) => s.day === day).flatMap((s) => s.items) ?? [];
  for (const i of items) {
    if (i.type !== "strength" || i.exerciseId === undefined) continue;
    const to = swapOptions(
      i.exerciseId,
      EXAMPLE_PROFILE.equipment ?? [],
      EXAMPLE_PROFILE.exclusions ?? [],
    )[0];
    if (to !== undefined) return { from: i.exerciseId, to: to.id };
  }
  throw new Error(`no swappable exercise on ${day}`);
}

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

    it("stores a swap with the plan and applies it to today's agenda and the .ics", async () => {
      now = Date.UTC(2026, 10, 20, 12); // Friday of week 1
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE);
      const p = (await t.json(u, "POST", "/api/users/me/plan", { startDate: "2026-11-16", weeks: 2 }))
        .json as PlanView;
      expect(p.swaps).toEqual({});
      const { from, to } = swappable(p, "fri");
      const r = await t.json(u, "PUT", `/api/users/me/plan/swaps/${from}`, { to });
      expect(r.status).toBe(200);
      expect((r.json as PlanView).swaps).toEqual({ [from]: to });
      const got = (await t.json(u, "GET", "/api/users/me/plan")).json as PlanView;
      expect(got.swaps).toEqual({ [from]: to });
      expect(got.program).toEqual(p.program); // stored as generated; the swap is applied on read

      const today = (await t.json(u, "GET", "/api/users/me/plan/today")).json as { sessions: Session[] };
      const ids = today.sessions.flatMap((s) => s.items.map((i) => i.exerciseId));
      expect(ids).toContain(to);
      expect(ids).not.toContain(from);

      // The stand-in's name shows up in more events than before the swap (it may already be elsewhere).
      const mentions = (ics: string): number =>
        new ICAL.Component(ICAL.parse(ics))
          .getAllSubcomponents("vevent")
          .filter((v) => String(v.getFirstPropertyValue("description")).includes(catalogue().byId(to).name))
          .length;
      const after = await (await t.request(u, "GET", "/api/users/me/plan/calendar.ics")).text();
      await t.json(u, "DELETE", `/api/users/me/plan/swaps/${from}`);
      const before = await (await t.request(u, "GET", "/api/users/me/plan/calendar.ics")).text();
      expect(mentions(after)).toBeGreaterThan(mentions(before));
      await t.json(u, "PUT", `/api/users/me/plan/swaps/${from}`, { to });

      // Swapping back to the original (or deleting) removes the swap; deleting again is a no-op.
      expect(
        ((await t.json(u, "PUT", `/api/users/me/plan/swaps/${to}`, { to: from })).json as PlanView).swaps,
      ).toEqual({});
      await t.json(u, "PUT", `/api/users/me/plan/swaps/${from}`, { to });
      const del = await t.json(u, "DELETE", `/api/users/me/plan/swaps/${from}`);
      expect(del.status).toBe(200);
      expect((del.json as PlanView).swaps).toEqual({});
      expect((await t.json(u, "DELETE", `/api/users/me/plan/swaps/${from}`)).status).toBe(200);
    });

    it("answers 422 naming `to` for another variation group and 404 for another user's plan", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE);
      const p = (await t.json(u, "POST", "/api/users/me/plan", { startDate: "2026-11-16", weeks: 2 }))
        .json as PlanView;
      const { from } = swappable(p, "fri");
      const group = catalogue().byId(from).variation.group;
      const foreign = catalogue().all.find(
        (e) => e.variation.group !== group && e.equipment.includes("none"),
      );
      expect(foreign).toBeDefined();
      const bad = await t.json(u, "PUT", `/api/users/me/plan/swaps/${from}`, { to: foreign?.id });
      expect(bad.status).toBe(422);
      expect((bad.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe("body.to");
      // An exercise that is not in the plan cannot be swapped.
      const notInPlan = catalogue().all.find((e) => !strengthIds(p).includes(e.id));
      const r = await t.json(u, "PUT", `/api/users/me/plan/swaps/${notInPlan?.id}`, { to: from });
      expect(r.status).toBe(422);
      expect(((await t.json(u, "GET", "/api/users/me/plan")).json as PlanView).swaps).toEqual({});

      const other = await t.signUp();
      const { to } = swappable(p, "fri");
      expect((await t.json(other, "PUT", `/api/users/${u.userId}/plan/swaps/${from}`, { to })).status).toBe(
        404,
      );
      expect((await t.json(other, "DELETE", `/api/users/${u.userId}/plan/swaps/${from}`)).status).toBe(404);
      expect(((await t.json(u, "GET", "/api/users/me/plan")).json as PlanView).swaps).toEqual({});
    });

    it("keeps the swaps that still hold when the plan is regenerated, and drops the others", async () => {
      now = Date.UTC(2026, 10, 20, 12);
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE);
      const p = (await t.json(u, "POST", "/api/users/me/plan", { startDate: "2026-11-16", weeks: 2 }))
        .json as PlanView;
      const { from, to } = swappable(p, "fri");
      await t.json(u, "PUT", `/api/users/me/plan/swaps/${from}`, { to });
      const again = (await t.json(u, "POST", "/api/users/me/plan/regenerate", {})).json as PlanView;
      expect(again.id).not.toBe(p.id);
      expect(again.swaps).toEqual({ [from]: to });
      // Excluding the stand-in makes the swap invalid: the next regenerate drops it.
      await t.json(u, "PUT", "/api/users/me/profile", {
        ...EXAMPLE_PROFILE,
        exclusions: [...(EXAMPLE_PROFILE.exclusions ?? []), to],
      });
      const third = (await t.json(u, "POST", "/api/users/me/plan/regenerate", {})).json as PlanView;
      expect(third.swaps).toEqual({});
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
