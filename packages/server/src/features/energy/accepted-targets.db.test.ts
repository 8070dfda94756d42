import { expect, it } from "vitest";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { addDays } from "../shared/dates.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";

// Friday 2026-11-20, 12:00 UTC (Europe/Berlin: today is 11-20).
const NOW = Date.UTC(2026, 10, 20, 12);
const TODAY = "2026-11-20";
const profile = { ...EXAMPLE_PROFILE, goal: { weightKg: 68, rate: { kind: "pctPerWeek", value: 0.5 } } };
// Mifflin–St Jeor 1990, woman, 36 y, 168 cm.
const mifflinWoman = (kg: number) => 9.99 * kg + 6.25 * 168 - 4.92 * 36 - 161;

type Targets = {
  targetKcal: number;
  fatServings: number;
  weightKg: number;
  acceptedBy: string;
  acceptedOn: string;
};

async function targets(t: TestApp, u: TestUser): Promise<Targets> {
  const r = await t.json(u, "GET", "/api/users/me/targets");
  expect(r.status).toBe(200);
  return r.json as Targets;
}

describeEachDialectApp(
  "accepted targets: only an accepted check-in or a plan edit moves them",
  (getT) => {
    it("back-dated weigh-ins and a tape measurement move nothing; accepting the check-in does", async () => {
      const t = getT();
      const u = await t.signUp();
      expect((await t.json(u, "PUT", "/api/users/me/profile", profile)).status).toBe(200);
      await t.json(u, "POST", "/api/users/me/weigh-ins", { date: addDays(TODAY, -1), weightKg: 80 });
      // 1.6 × 1511.08 = 2417.728 kcal/d maintenance; 0.5 % of 80 kg a week = 0.4 kg × 7700 / 7 = 440.
      const first = await targets(t, u);
      expect(first).toMatchObject({
        targetKcal: 1978,
        fatServings: 3,
        weightKg: 80,
        acceptedBy: "onboarding",
      });
      expect(first.acceptedOn).toBe(TODAY);

      // A month of back-dated weigh-ins, heavier, and a tape measurement (US Navy body fat).
      for (let i = 2; i <= 28; i++) {
        await t.json(u, "POST", "/api/users/me/weigh-ins", { date: addDays(TODAY, -i), weightKg: 86 });
      }
      const m = await t.json(u, "POST", "/api/users/me/measurements", {
        date: TODAY,
        waistMm: 900,
        neckMm: 330,
        hipMm: 1050,
      });
      expect(m.status).toBe(201);
      // The trend and the body fat changed what a fresh computation would give …
      const exp = (await t.json(u, "GET", "/api/users/me/expenditure")).json as { expenditureKcal: number };
      expect(exp.expenditureKcal).not.toBe(Math.round(1.6 * mifflinWoman(80)));
      // … but the targets on screen are the accepted ones, to the last field.
      expect(await targets(t, u)).toEqual(first);
      const day = (await t.json(u, "GET", `/api/users/me/diary/${TODAY}`)).json as {
        targets: { kcalTarget: number };
      };
      expect(day.targets.kcalTarget).toBe(1978);

      // The check-in proposes; nothing changes until it is accepted.
      for (let i = 1; i <= 28; i++) {
        const date = addDays(TODAY, -i);
        expect(
          (await t.json(u, "POST", `/api/users/me/diary/${date}/quick-add`, { meal: "lunch", kcal: 1700 }))
            .status,
        ).toBe(201);
        expect(
          (await t.json(u, "PUT", `/api/users/me/diary/${date}/complete`, { complete: true })).status,
        ).toBe(200);
      }
      const ci = (await t.json(u, "POST", "/api/users/me/check-ins")).json as {
        weekStart: string;
        targetKcal: number;
        proposedKcal: number;
      };
      expect(ci.targetKcal).toBe(1978);
      expect(ci.proposedKcal).not.toBe(1978);
      expect((await targets(t, u)).targetKcal).toBe(1978);
      const decline = await t.json(u, "POST", `/api/users/me/check-ins/${ci.weekStart}/decision`, {
        accept: false,
      });
      expect(decline.status).toBe(200);
      expect(await targets(t, u)).toEqual(first);

      await t.json(u, "POST", `/api/users/me/check-ins/${ci.weekStart}/decision`, { accept: true });
      const after = await targets(t, u);
      expect(after).toMatchObject({ targetKcal: ci.proposedKcal, acceptedBy: "check-in", acceptedOn: TODAY });
      expect(after.weightKg).not.toBe(80); // re-based on today's trend weight at acceptance
      const f = (await t.json(u, "GET", "/api/users/me/forecast?days=28")).json as { intakeKcal: number };
      expect(f.intakeKcal).toBe(ci.proposedKcal);
    });

    it("a plan edit re-plans the targets; a change of units does not", async () => {
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", profile);
      await t.json(u, "POST", "/api/users/me/weigh-ins", { date: addDays(TODAY, -1), weightKg: 80 });
      const first = await targets(t, u);
      await t.json(u, "PUT", "/api/users/me/profile", { ...profile, unitSystem: "imperial" });
      expect(await targets(t, u)).toEqual(first);
      // PAL 1.4: 1.4 × 1511.08 = 2115.512, minus 440 = 1675.512 → 1676 kcal/d, 2 fat servings (< 1800).
      const r = await t.json(u, "PUT", "/api/users/me/profile", { ...profile, pal: 1.4 });
      expect(r.status).toBe(200);
      expect(await targets(t, u)).toMatchObject({
        targetKcal: 1676,
        fatServings: 2,
        acceptedBy: "plan-edit",
      });
      // A refused edit saves nothing and re-plans nothing.
      const bad = await t.json(u, "PUT", "/api/users/me/profile", { ...profile, pal: 1.4, heightMm: 10 });
      expect(bad.status).toBe(422);
      expect((await targets(t, u)).targetKcal).toBe(1676);
    });
  },
  { now: () => NOW },
);
