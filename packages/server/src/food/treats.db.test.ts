import { expect, it } from "vitest";
import { describeEachDialectApp } from "../testing/fixture.js";
import { EXAMPLE_PROFILE } from "../features/profile/profile-examples.js";

// Wednesday 2026-11-18, 12:00 UTC (Europe/Berlin: today is 11-18). The week is 11-16..11-22.
const NOW = Date.UTC(2026, 10, 18, 12);
const profile = { ...EXAMPLE_PROFILE, goal: { weightKg: 68, rate: { kind: "pctPerWeek", value: 0.5 } } };
type Day = { targets: { kcalTarget: number } };

describeEachDialectApp(
  "treats that move the week",
  (getT) => {
    it("stores, lists, lowers the days ahead (diary and Today), refuses what cannot fit, deletes", async () => {
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", profile);
      await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-17", weightKg: 80 });
      // Accepted target 1978 kcal/d (1.6 × Mifflin 1511.08 − 440), floor 1300.
      expect(
        ((await t.json(u, "GET", "/api/users/me/targets")).json as { targetKcal: number }).targetKcal,
      ).toBe(1978);
      await t.json(u, "PUT", "/api/users/me/diary/2026-11-19/complete", { complete: true });
      const treat = { date: "2026-11-21", kcal: 600, planned: true, today: "2026-11-18" };
      const r = await t.json(u, "POST", "/api/users/me/treats", treat);
      expect(r.status).toBe(201);
      // Adjustable: Wed 18 (today), Fri 20, Sun 22 (Thu 19 is complete, Mon–Tue past): 200 each.
      const kcal = async (date: string) =>
        ((await t.json(u, "GET", `/api/users/me/diary/${date}`)).json as Day).targets.kcalTarget;
      expect(await kcal("2026-11-16")).toBe(1978);
      expect(await kcal("2026-11-18")).toBe(1778);
      expect(await kcal("2026-11-19")).toBe(1978);
      expect(await kcal("2026-11-20")).toBe(1778);
      expect(await kcal("2026-11-21")).toBe(2578);
      expect(await kcal("2026-11-22")).toBe(1778);
      const today = (await t.json(u, "GET", "/api/users/me/targets")).json as Record<string, number>;
      expect(today).toMatchObject({ targetKcal: 1778, baseTargetKcal: 1978, treatChangeKcal: -200 });

      // Planning it twice does not stack; a second day the same week is over the weekly limit.
      expect((await t.json(u, "POST", "/api/users/me/treats", treat)).status).toBe(201);
      expect(await kcal("2026-11-21")).toBe(2578);
      const list = (await t.json(u, "GET", "/api/users/me/treats")).json as { treats: Array<{ id: string }> };
      expect(list.treats).toHaveLength(1);
      const twice = await t.json(u, "POST", "/api/users/me/treats", { ...treat, date: "2026-11-20" });
      expect(twice.status).toBe(422);
      expect(JSON.stringify(twice.json)).toMatch(/date.*at most 1 treat a week/);
      // Too big for the size setting (1000 kcal default).
      const big = await t.json(u, "POST", "/api/users/me/treats", { ...treat, kcal: 1500 });
      expect(big.status).toBe(422);
      expect(JSON.stringify(big.json)).toMatch(/kcal/);
      // A completed day cannot take a treat.
      const done = await t.json(u, "POST", "/api/users/me/treats", { ...treat, date: "2026-11-19" });
      expect(done.status).toBe(422);
      expect(await kcal("2026-11-21")).toBe(2578);

      const id = list.treats[0]?.id ?? "";
      expect((await t.json(u, "DELETE", `/api/users/me/treats/${id}`)).status).toBe(204);
      expect(await kcal("2026-11-21")).toBe(1978);
      expect(await kcal("2026-11-20")).toBe(1978);
      expect(((await t.json(u, "GET", "/api/users/me/treats")).json as { treats: unknown[] }).treats).toEqual(
        [],
      );
    });

    it("refuses, naming kcal, a treat the floor cannot absorb", async () => {
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", { ...profile, floorKcal: 1900 });
      await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-17", weightKg: 80 });
      // 1978 − 1900 = 78 kcal a day to give on Wed, Thu, Fri, Sun: 312 kcal at most.
      const r = await t.json(u, "POST", "/api/users/me/treats", {
        date: "2026-11-21",
        kcal: 400,
        planned: true,
        today: "2026-11-18",
      });
      expect(r.status).toBe(422);
      expect(JSON.stringify(r.json)).toMatch(/at most 312 kcal/);
      expect(((await t.json(u, "GET", "/api/users/me/treats")).json as { treats: unknown[] }).treats).toEqual(
        [],
      );
    });

    it("keeps the person's treat limits: size and frequency apply, lowering them keeps what is planned", async () => {
      const t = getT();
      const u = await t.signUp();
      await t.json(u, "PUT", "/api/users/me/profile", profile);
      await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-17", weightKg: 80 });
      expect((await t.json(u, "GET", "/api/users/me/treat-settings")).json).toEqual({
        maxKcal: 1000,
        maxPerWeek: 1,
        isDefault: true,
      });
      const bad = await t.json(u, "PUT", "/api/users/me/treat-settings", { maxKcal: 5000, maxPerWeek: 0 });
      expect(bad.status).toBe(422);
      expect(JSON.stringify(bad.json)).toMatch(/maxKcal/);
      expect(
        ((await t.json(u, "GET", "/api/users/me/treat-settings")).json as { isDefault: boolean }).isDefault,
      ).toBe(true);

      const set = await t.json(u, "PUT", "/api/users/me/treat-settings", { maxKcal: 400, maxPerWeek: 2 });
      expect(set.status).toBe(200);
      const treat = { date: "2026-11-21", kcal: 500, planned: true, today: "2026-11-18" };
      const big = await t.json(u, "POST", "/api/users/me/treats", treat);
      expect(big.status).toBe(422);
      expect(JSON.stringify(big.json)).toMatch(/at most 400 kcal/);
      expect((await t.json(u, "POST", "/api/users/me/treats", { ...treat, kcal: 300 })).status).toBe(201);
      // Two a week are allowed now (the default is one).
      const second = await t.json(u, "POST", "/api/users/me/treats", {
        ...treat,
        kcal: 200,
        date: "2026-11-20",
      });
      expect(second.status).toBe(201);

      // Lowering the frequency refuses a third treat; treats already planned stay.
      await t.json(u, "PUT", "/api/users/me/treat-settings", { maxKcal: 400, maxPerWeek: 1 });
      const third = await t.json(u, "POST", "/api/users/me/treats", {
        ...treat,
        kcal: 200,
        date: "2026-11-22",
      });
      expect(third.status).toBe(422);
      expect(JSON.stringify(third.json)).toMatch(/at most 1 treat a week/);
      // Treats already planned stay.
      expect(
        ((await t.json(u, "GET", "/api/users/me/treats")).json as { treats: unknown[] }).treats,
      ).toHaveLength(2);
    });
  },
  { now: () => NOW },
);
