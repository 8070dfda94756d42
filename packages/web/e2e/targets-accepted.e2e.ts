import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { ProgressPage } from "./pages/progress-page.js";
import { TodayPage } from "./pages/today-page.js";

const e2e = useBrowser();

const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

interface TargetsBody {
  targetKcal: number;
  fatServings: number;
  proteinGPerDay: number;
}

describe("targets change only when a check-in is accepted", () => {
  it("back-dated weigh-ins and a tape measurement move nothing; the accepted check-in moves Today", async () => {
    await seedUser(e2e.context, { date: isoDaysAgo(29), weightKg: 95 });
    const targets = async () =>
      (await (await e2e.context.request.get("/api/users/me/targets")).json()) as TargetsBody;
    const today = new TodayPage(e2e.page);
    await today.goto();
    const before = await targets();
    expect(await today.calorieTarget()).toBe(before.targetKcal);

    // Four weeks of intake and a falling weight (2,300 kcal/d, −0.07 kg/d) go in through the API…
    for (let i = 28; i >= 1; i--) {
      const date = isoDaysAgo(i);
      const q = await e2e.context.request.post(`/api/users/me/diary/${date}/quick-add`, {
        data: { meal: "lunch", kcal: 2300 },
      });
      expect(q.ok()).toBe(true);
      await e2e.context.request.put(`/api/users/me/diary/${date}/complete`, { data: { complete: true } });
      if (i % 3 === 0) {
        const w = await e2e.context.request.post("/api/users/me/weigh-ins", {
          data: { date, weightKg: Number((95 - 0.07 * (29 - i)).toFixed(2)) },
        });
        expect(w.status()).toBe(201);
      }
    }
    // …and a back-dated weigh-in and a tape measurement through the Progress forms.
    const progress = new ProgressPage(e2e.page);
    await progress.goto();
    await progress.logWeight(isoDaysAgo(2), "93.0");
    await progress.addMeasurements({ Waist: "101", Neck: "41" });

    // Nothing moved: not the API's targets, not Today.
    expect(await targets()).toEqual(before);
    await today.goto();
    expect(await today.calorieTarget()).toBe(before.targetKcal);

    // The check-in shows the estimate with its 80 % range and proposes; accepting moves Today.
    await e2e.page.goto("/checkin");
    await e2e.page.getByRole("button", { name: "Run this week's check-in" }).click();
    const card = e2e.page.getByTestId("check-in");
    await card.waitFor();
    expect(await e2e.page.getByTestId("check-in-expenditure").textContent()).toMatch(
      /^\d,\d{3} kcal\/d \(\d,\d{3}–\d,\d{3}\)$/,
    );
    const proposed = Number((await e2e.page.getByTestId("proposed-kcal").textContent())?.replace(/\D/g, ""));
    expect(proposed).not.toBe(before.targetKcal);
    expect(await targets()).toEqual(before); // proposing is not accepting
    await card.getByRole("button", { name: `Accept ${proposed} kcal/d` }).click();
    await card
      .getByRole("status")
      .filter({ hasText: `your target is now ${proposed} kcal/d` })
      .waitFor();
    expect((await targets()).targetKcal).toBe(proposed);
    await today.goto();
    expect(await today.calorieTarget()).toBe(proposed);
  });
});
