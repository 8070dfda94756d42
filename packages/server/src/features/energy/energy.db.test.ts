import { expect, it } from "vitest";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { addDays } from "../shared/dates.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";

// Friday 2026-11-20, 12:00 UTC; the example profile lives in Europe/Berlin, so today is 11-20
// and the 28-day window is 2026-10-23..2026-11-19.
const NOW = Date.UTC(2026, 10, 20, 12);
const TODAY = "2026-11-20";
const profile = { ...EXAMPLE_PROFILE, goal: { weightKg: 68, rate: { kind: "pctPerWeek", value: 0.5 } } };
// Mifflin MD et al. 1990 (original coefficients), woman, 36 y, 168 cm; PAL 1.6 (FAO/WHO/UNU 2004).
const mifflinWoman = (kg: number) => 9.99 * kg + 6.25 * 168 - 4.92 * 36 - 161;

type Json = Record<string, unknown>;

async function person(t: TestApp, weightKg = 80): Promise<TestUser> {
  const u = await t.signUp();
  expect((await t.json(u, "PUT", "/api/users/me/profile", profile)).status).toBe(200);
  await t.json(u, "POST", "/api/users/me/weigh-ins", { date: addDays(TODAY, -1), weightKg });
  return u;
}

/** 28 complete diary days of `kcal` and a weigh-in every day at a steady weight. */
async function steadyMonth(t: TestApp, u: TestUser, kcal: number, weightKg: number): Promise<void> {
  for (let i = 1; i <= 28; i++) {
    const date = addDays(TODAY, -i);
    await t.json(u, "POST", "/api/users/me/weigh-ins", { date, weightKg });
    expect(
      (await t.json(u, "POST", `/api/users/me/diary/${date}/quick-add`, { meal: "lunch", kcal })).status,
    ).toBe(201);
    expect((await t.json(u, "PUT", `/api/users/me/diary/${date}/complete`, { complete: true })).status).toBe(
      200,
    );
  }
}

describeEachDialectApp(
  "energy API (targets, expenditure, forecast, check-in)",
  (getT) => {
    it("sets the target from Mifflin × PAL and the chosen rate, and never adds exercise back", async () => {
      const t = getT();
      const u = await person(t);
      const r = await t.json(u, "GET", "/api/users/me/targets");
      expect(r.status).toBe(200);
      const j = r.json as Json;
      const formula = 1.6 * mifflinWoman(80);
      // 0.5 %/week of 80 kg at 7700 kcal/kg (no body fat known: the fallback density).
      const deficit = (0.005 * 80 * 7700) / 7;
      expect(j.rmrKcal).toBeCloseTo(mifflinWoman(80), 6);
      expect(j.formulaKcal).toBeCloseTo(formula, 6);
      expect(j.targetKcal).toBe(Math.round(formula - deficit));
      expect(j).toMatchObject({
        source: "rate",
        date: TODAY,
        exerciseCaloriesAddedBack: false,
        floorKcal: 1300,
      });
      // No body fat known: 1.6 g/kg (Morton 2018) of the 68 kg goal, not of today's 80 kg.
      expect(j).toMatchObject({
        proteinGPerDay: Math.round(68 * 1.6),
        proteinGPerMeal: Math.round(Math.round(68 * 1.6) / 3),
        mealsPerDay: 3,
        proteinBasis: "goal-weight",
        proteinBasisKg: 68,
      });

      await t.json(u, "POST", "/api/users/me/workouts", {
        date: TODAY,
        title: "Back day",
        sets: [{ exerciseId: "row-dumbbell-one-arm", reps: 12, loadKg: 8, loadType: "external" }],
        cardio: [{ modality: "rowing", durationS: 1200, distanceM: 4200, metCode: "02071" }],
      });
      await t.json(u, "POST", "/api/users/me/workouts", {
        date: TODAY,
        title: "Long row",
        cardio: [{ modality: "rowing", durationS: 7200, metCode: "02070" }],
      });
      expect((await t.json(u, "GET", "/api/users/me/targets")).json).toEqual(j);
    });

    it("without diary data, expenditure is the formula alone and says so", async () => {
      const t = getT();
      const u = await person(t);
      const j = (await t.json(u, "GET", "/api/users/me/expenditure")).json as Json;
      expect(j).toMatchObject({
        intakeData: "none",
        adaptiveKcal: null,
        priorWeight: 1,
        daysUsed: 0,
        confidence: "low",
        from: "2026-10-23",
        to: "2026-11-19",
      });
      expect(j.expenditureKcal).toBe(Math.round(1.6 * mifflinWoman(80)));
      expect(j.note).toMatch(/No intake data/);
      // The check-in still runs on the formula, and says so in its explanation.
      const ci = (await t.json(u, "POST", "/api/users/me/check-ins")).json as {
        explanation: string;
        expenditure: { intakeData: string };
        expenditureKcal: number;
      };
      expect(ci.explanation).toMatch(/^No intake data/);
      expect(ci.expenditure.intakeData).toBe("none");
      expect(ci.expenditureKcal).toBe(Math.round(1.6 * mifflinWoman(80)));
    });

    it("at a steady weight, expenditure equals intake (energy balance), and the check-in acts on it", async () => {
      const t = getT();
      const u = await person(t, 80);
      await steadyMonth(t, u, 2000, 80);
      const e = (await t.json(u, "GET", "/api/users/me/expenditure")).json as Json;
      expect(e).toMatchObject({
        intakeData: "complete-days",
        daysUsed: 28,
        priorWeight: 0,
      });
      expect(e.trendKgPerWeek).toBeCloseTo(0, 6);
      expect(e.adaptiveKcal).toBeCloseTo(2000, 3);
      expect(e.expenditureKcal).toBe(2000);
      // A flat weight on a flat intake: the interval is the intake mean's and the model's only.
      expect(e.low80Kcal).toBeLessThanOrEqual(2000);
      expect(e.high80Kcal).toBeGreaterThanOrEqual(2000);

      const before = (await t.json(u, "GET", "/api/users/me/targets")).json as { targetKcal: number };
      const ci = await t.json(u, "POST", "/api/users/me/check-ins");
      expect(ci.status).toBe(201);
      const c = ci.json as {
        weekStart: string;
        targetKcal: number;
        proposedKcal: number;
        accepted: null;
        explanation: string;
      };
      expect(c.weekStart).toBe("2026-11-16"); // the Monday of this week
      expect(c.targetKcal).toBe(before.targetKcal);
      // Ideal = 2000 − 0.4 kg/week·7700/7 = 1560; the target moves half-way, by at most 150 kcal/d.
      const ideal = 2000 - (0.005 * 80 * 7700) / 7;
      const step = Math.max(-150, Math.min(150, (ideal - before.targetKcal) * 0.5));
      expect(c.proposedKcal).toBe(Math.max(1300, Math.round(before.targetKcal + step)));
      expect(c.accepted).toBeNull();
      // Nothing changes until the person accepts.
      expect(
        ((await t.json(u, "GET", "/api/users/me/targets")).json as { targetKcal: number }).targetKcal,
      ).toBe(before.targetKcal);
      const d = await t.json(u, "POST", `/api/users/me/check-ins/${c.weekStart}/decision`, { accept: true });
      expect(d.json).toMatchObject({ accepted: true, proposedKcal: c.proposedKcal });
      const after = (await t.json(u, "GET", "/api/users/me/targets")).json as Json;
      expect(after).toMatchObject({ targetKcal: c.proposedKcal, source: "check-in" });
      const list = (await t.json(u, "GET", "/api/users/me/check-ins")).json as { checkIns: unknown[] };
      expect(list.checkIns).toHaveLength(1);
    });

    it("forecasts on Hall's model: maintenance-level intake holds weight, a deficit loses inside the band", async () => {
      const t = getT();
      const u = await person(t, 80);
      const f = (await t.json(u, "GET", "/api/users/me/forecast?days=84")).json as {
        points: Array<{ date: string; weightKg: number; lowKg: number; highKg: number }>;
        intakeKcal: number;
        goalReachedOn: string | null;
      };
      expect(f.points).toHaveLength(13); // weeks 0..12
      expect(f.points[0]).toMatchObject({ date: TODAY, weightKg: 80 });
      const end = f.points.at(-1);
      expect(end?.date).toBe(addDays(TODAY, 84));
      expect(end?.weightKg).toBeLessThan(80);
      expect(end?.lowKg).toBeLessThan(end?.weightKg ?? 0);
      expect(end?.highKg).toBeGreaterThan(end?.weightKg ?? 0);
      // Round maintenance to whole kcal: the weight moves by well under 0.1 kg in 12 weeks.
      const m = Math.round(1.6 * mifflinWoman(80));
      const hold = (await t.json(u, "GET", `/api/users/me/forecast?days=84&intakeKcal=${m}`))
        .json as typeof f;
      expect(Math.abs((hold.points.at(-1)?.weightKg ?? 0) - 80)).toBeLessThan(0.1);
    });

    it("once the log allows, forecasts from the measured maintenance and reports its own track record", async () => {
      const t = getT();
      const u = await person(t, 80);
      const formula = (await t.json(u, "GET", "/api/users/me/forecast?days=28")).json as Json;
      expect(formula).toMatchObject({ basis: "formula", trackRecord: null, bandPct: 10 });
      expect(formula.maintenanceKcal).toBe(Math.round(1.6 * mifflinWoman(80)));
      // Eight weeks at a steady 80 kg on 2700 kcal/d: she burns 2700, far above the formula's ~2370.
      for (let i = 1; i <= 56; i++) {
        const date = addDays(TODAY, -i);
        await t.json(u, "POST", "/api/users/me/weigh-ins", { date, weightKg: 80 });
        expect(
          (await t.json(u, "POST", `/api/users/me/diary/${date}/quick-add`, { meal: "lunch", kcal: 2700 }))
            .status,
        ).toBe(201);
        expect(
          (await t.json(u, "PUT", `/api/users/me/diary/${date}/complete`, { complete: true })).status,
        ).toBe(200);
      }
      const f = (await t.json(u, "GET", "/api/users/me/forecast?days=28&intakeKcal=2700")).json as {
        basis: string;
        maintenanceKcal: number;
        bandPct: number;
        points: Array<{ weightKg: number }>;
        trackRecord: Json | null;
      };
      expect(f.basis).toBe("measured");
      expect(f.maintenanceKcal).toBe(2700);
      // At her measured maintenance the weight holds (on the formula it would climb ~1 kg).
      expect(Math.abs((f.points.at(-1)?.weightKg ?? 0) - 80)).toBeLessThan(0.05);
      expect(f.bandPct).toBeLessThan(10);
      expect(f.trackRecord).toMatchObject({
        madeOn: addDays(TODAY, -28),
        forDate: addDays(TODAY, -1),
        basis: "measured",
        intakeKcal: 2700,
        actualKg: 80,
        withinBand: true,
      });
      expect(Math.abs((f.trackRecord?.forecastKg as number) - 80)).toBeLessThan(0.05);
    });

    it("refuses a check-in on an implausible estimate (complete days with nothing logged): 409", async () => {
      const t = getT();
      const u = await person(t, 80);
      for (let i = 1; i <= 28; i++) {
        const date = addDays(TODAY, -i);
        await t.json(u, "POST", "/api/users/me/weigh-ins", { date, weightKg: 80 });
        expect(
          (await t.json(u, "PUT", `/api/users/me/diary/${date}/complete`, { complete: true })).status,
        ).toBe(200);
      }
      const e = (await t.json(u, "GET", "/api/users/me/expenditure")).json as Json;
      expect(e).toMatchObject({ intakeData: "complete-days", daysUsed: 28 });
      // Nothing eaten and nothing lost reads as an expenditure of nothing (or less, as water goes).
      expect(e.expenditureKcal).toBeLessThanOrEqual(0);
      const r = await t.json(u, "POST", "/api/users/me/check-ins");
      expect(r.status).toBe(409);
      expect(JSON.stringify(r.json)).toMatch(/implausible/);
      expect(
        ((await t.json(u, "GET", "/api/users/me/check-ins")).json as { checkIns: unknown[] }).checkIns,
      ).toEqual([]);
    });

    it("answers 404 without a profile, 409 without a weigh-in, 422 for bad queries and weeks", async () => {
      const t = getT();
      const none = await t.signUp();
      expect((await t.json(none, "GET", "/api/users/me/targets")).status).toBe(404);
      await t.json(none, "PUT", "/api/users/me/profile", profile);
      expect((await t.json(none, "GET", "/api/users/me/targets")).status).toBe(409);
      const u = await person(t);
      const bad = await t.json(u, "GET", "/api/users/me/forecast?days=3");
      expect(bad.status).toBe(422);
      expect((bad.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe("query.days");
      expect(
        (await t.json(u, "POST", "/api/users/me/check-ins/2026-02-30/decision", { accept: true })).status,
      ).toBe(422);
      expect(
        (await t.json(u, "POST", "/api/users/me/check-ins/2026-11-09/decision", { accept: true })).status,
      ).toBe(404);
    });
  },
  { now: () => NOW },
);
