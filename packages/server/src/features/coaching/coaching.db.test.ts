import { expect, it } from "vitest";
import type { Plan as Program } from "@leanback/core/training/program-types";
import { swapOptions } from "@leanback/core/training/swaps";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { addDays } from "../shared/dates.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";
import { EXAMPLE_WORKOUT } from "../workouts/workouts-routes.js";
import type { ClientSummary } from "./client-summary.js";

// Thursday 3 December 2026, 12:00 UTC (13:00 in the example profile's Berlin).
const NOW = Date.UTC(2026, 11, 3, 12);
const TODAY = "2026-12-03";

async function link(t: TestApp, trainer: TestUser, client: TestUser): Promise<string> {
  const inv = await t.json(trainer, "POST", "/api/trainer/invitations", { email: client.email });
  const token = (inv.json as { token: string }).token;
  const r = await t.json(client, "POST", "/api/trainer/invitations/accept", { token });
  return (r.json as { link: { id: string } }).link.id;
}

/** A client on a loss plan since Monday 9 November, weighing 80 kg every day for 22 days. */
async function stalledClient(t: TestApp): Promise<{ user: TestUser; program: Program }> {
  const user = await t.signUp();
  expect((await t.json(user, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE)).status).toBe(200);
  for (let i = 0; i < 22; i++)
    await t.json(user, "POST", "/api/users/me/weigh-ins", { date: addDays("2026-11-12", i), weightKg: 80 });
  const plan = await t.json(user, "POST", "/api/users/me/plan", {
    startDate: "2026-11-09",
    weeks: 8,
    seed: "c",
  });
  expect(plan.status).toBe(201);
  return { user, program: (plan.json as { program: Program }).program };
}

describeEachDialectApp(
  "trainer workspace",
  (getT) => {
    it("a coach signs up without a body profile and lists clients with adherence and flags", async () => {
      const t = getT();
      const email = `coach-${t.unique("c")}@example.org`;
      const signUp = await t.json(null, "POST", "/api/auth/signup", {
        email,
        password: "correct horse battery",
        coaches: true,
      });
      expect(signUp.status).toBe(201);
      expect((signUp.json as { user: { coaches: boolean } }).user.coaches).toBe(true);
      const trainer = await t.login({ userId: "", email, password: "correct horse battery" });
      const { user: a, program } = await stalledClient(t);
      const b = await t.signUp(); // accepted, never onboarded, never logged anything
      await link(t, trainer, a);
      await link(t, trainer, b);

      const r = await t.json(trainer, "GET", "/api/trainer/clients");
      expect(r.status).toBe(200);
      const list = (r.json as { clients: ClientSummary[] }).clients;
      const rowA = list.find((c) => c.userId === a.userId);
      const rowB = list.find((c) => c.userId === b.userId);
      expect(rowA?.today).toBe(TODAY);
      // This week: Monday 30 Nov – Thursday 3 Dec; the plan's week 4 sessions on Mon and Wed.
      const week4 = program.weeks.find((w) => w.week === 4);
      const planned = (week4?.sessions ?? []).filter(
        (s) => (s.day === "mon" || s.day === "wed") && s.kind !== "rest",
      );
      expect(planned.length).toBeGreaterThan(0);
      expect(rowA?.thisWeek).toEqual({
        from: "2026-11-30",
        to: TODAY,
        days: 4,
        sessionsPlanned: planned.length,
        sessionsDone: 0,
        diaryDaysComplete: 0,
        weighInDays: 4,
      });
      expect(rowA?.fourWeeks).toMatchObject({ from: "2026-11-09", days: 25, weighInDays: 22 });
      expect(rowA?.trendKg).toBe(80);
      expect(rowA?.kgPerWeek).toBe(0);
      expect(rowA?.plannedKgPerWeek).toBeLessThan(0);
      expect(rowA?.lastLogDate).toBe(TODAY);
      expect(rowA?.flags).toEqual(["stalled"]);
      expect(rowB).toMatchObject({ hasProfile: false, trendKg: null, lastLogDate: null, flags: ["no-log"] });

      // A workout counts as a log even from before the 4-week window: 26 days ago still flags, 6 does not.
      await t.json(b, "POST", "/api/users/me/workouts", { ...EXAMPLE_WORKOUT, date: "2026-11-07" });
      const again = async () =>
        (
          (await t.json(trainer, "GET", "/api/trainer/clients")).json as { clients: ClientSummary[] }
        ).clients.find((c) => c.userId === b.userId);
      expect(await again()).toMatchObject({ lastLogDate: "2026-11-07", flags: ["no-log"] });
      await t.json(b, "POST", "/api/users/me/workouts", { ...EXAMPLE_WORKOUT, date: "2026-11-27" });
      expect(await again()).toMatchObject({ lastLogDate: "2026-11-27", flags: [] });
    });

    it("comments reach the client; plan changes need consent and land in the audit; ending the link stops all", async () => {
      const t = getT();
      const trainer = await t.signUp();
      const { user: client, program } = await stalledClient(t);
      const linkId = await link(t, trainer, client);
      const base = `/api/users/${client.userId}`;

      const c = await t.json(trainer, "POST", `${base}/comments`, {
        subject: "session",
        subjectKey: "2026-12-02/0",
        body: "Slow the lowering on the rows.",
      });
      expect(c.status).toBe(201);
      const seen = await t.json(client, "GET", "/api/users/me/comments");
      expect((seen.json as { comments: unknown[] }).comments).toEqual([
        expect.objectContaining({
          author: "trainer",
          authorEmail: trainer.email,
          body: "Slow the lowering on the rows.",
          mine: false,
        }),
      ]);
      const bad = await t.json(trainer, "POST", `${base}/comments`, {
        subject: "session",
        subjectKey: "wed",
        body: "x",
      });
      expect(bad.status).toBe(422);

      const profile = EXAMPLE_PROFILE as { equipment: string[] };
      let swap: { from: string; to: string } | undefined;
      for (const w of program.weeks)
        for (const s of w.sessions)
          for (const i of s.items) {
            const to =
              i.type === "strength" ? swapOptions(i.exerciseId, profile.equipment, [])[0] : undefined;
            if (swap === undefined && i.type === "strength" && to) swap = { from: i.exerciseId, to: to.id };
          }
      if (!swap) throw new Error("no swappable exercise in the test plan");
      const put = () => t.json(trainer, "PUT", `${base}/plan/swaps/${swap.from}`, { to: swap.to });
      expect((await put()).status).toBe(404); // read-only link
      expect((await t.json(client, "GET", "/api/users/me/trainer-audit")).json).toEqual({
        entries: [],
        next: null,
      });
      const consent = await t.json(client, "PUT", `/api/trainer/links/${linkId}/plan-consent`, {
        allow: true,
      });
      expect((consent.json as { link: { planConsent: boolean } }).link.planConsent).toBe(true);
      expect(
        (await t.json(trainer, "PUT", `/api/trainer/links/${linkId}/plan-consent`, { allow: true })).status,
      ).toBe(404);
      expect((await put()).status).toBe(200);
      const audit = (await t.json(client, "GET", "/api/users/me/trainer-audit")).json as {
        entries: Array<{ trainerEmail: string; method: string; path: string }>;
      };
      expect(audit.entries).toEqual([
        expect.objectContaining({
          trainerEmail: trainer.email,
          method: "PUT",
          path: `${base}/plan/swaps/${swap.from}`,
        }),
      ]);
      // The client's own change is theirs, not a trainer's: no audit entry.
      await t.json(client, "DELETE", `/api/users/me/plan/swaps/${swap.from}`);
      expect(
        ((await t.json(client, "GET", "/api/users/me/trainer-audit")).json as { entries: unknown[] }).entries,
      ).toHaveLength(1);

      expect((await t.json(client, "DELETE", `/api/trainer/links/${linkId}`)).status).toBe(204);
      for (const path of [
        `${base}/comments`,
        `${base}/weigh-ins`,
        `${base}/plan`,
        `${base}/trainer-audit`,
        `${base}/profile`,
      ])
        expect((await t.json(trainer, "GET", path)).status, path).toBe(404);
      expect((await put()).status).toBe(404);
      expect(
        (await t.json(trainer, "POST", `${base}/comments`, { subject: "week", subjectKey: TODAY, body: "x" }))
          .status,
      ).toBe(404);
      expect(
        ((await t.json(trainer, "GET", "/api/trainer/clients")).json as { clients: unknown[] }).clients,
      ).toEqual([]);
    });
  },
  { now: () => NOW },
);
