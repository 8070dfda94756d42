import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { SettingsPage } from "./pages/settings-page.js";
import { TodayPage } from "./pages/today-page.js";

const e2e = useBrowser();

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

interface Day {
  targets: { kcalTarget: number };
}

describe("a planned treat moves the week and stays planned", () => {
  it("plans, shows the lowered target on Today and in the diary, survives a reload, deletes", async () => {
    await seedUser(e2e.context); // the sample profile is in UTC
    const today = new Date().toISOString().slice(0, 10);
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    // The week's Sunday; on a Sunday, next Sunday (today alone could not make room).
    const treatDay = addDays(today, weekday === 6 ? 7 : 6 - weekday);
    const todayMoves = weekday !== 6;
    const dayTarget = async (date: string) =>
      ((await (await e2e.context.request.get(`/api/users/me/diary/${date}`)).json()) as Day).targets
        .kcalTarget;

    const page = new TodayPage(e2e.page);
    await page.goto();
    const before = await page.calorieTarget();
    expect(before).toBeGreaterThan(1000);

    // A treat too big for the default limit (1000 kcal) is refused beside the calories field.
    await page.planTreat("1200", treatDay);
    await page
      .treatCard()
      .locator(".field--error")
      .filter({ hasText: /at most 1000 kcal/ })
      .waitFor();
    expect(await dayTarget(treatDay)).toBe(before);

    await page.planTreat("600", treatDay);
    await page.treatCard().getByRole("status").filter({ hasText: "Planned" }).waitFor();
    await page.plannedTreats().filter({ hasText: "+600 kcal" }).waitFor();
    expect(await dayTarget(treatDay)).toBeGreaterThan(before);
    if (todayMoves) {
      // Today gives its share: the target shown on Today is lower, without a reload.
      await expect.poll(() => page.calorieTarget()).toBeLessThan(before);
      expect(await dayTarget(today)).toBe(await page.calorieTarget());
    }

    // After a reload the plan is still there; planning the same day again does not stack.
    await page.goto();
    await expect.poll(() => page.plannedTreats().count()).toBe(1); // the list loads after the page
    const raised = await dayTarget(treatDay);
    await page.planTreat("600", treatDay);
    await page.treatCard().getByRole("status").filter({ hasText: "Planned" }).waitFor();
    expect(await dayTarget(treatDay)).toBe(raised);
    expect(await page.plannedTreats().count()).toBe(1);

    // Delete: every day gets its accepted target back.
    await page
      .plannedTreats()
      .getByRole("button", { name: /Delete the treat/ })
      .click();
    await expect.poll(() => page.plannedTreats().count()).toBe(0);
    expect(await dayTarget(treatDay)).toBe(before);
    await expect.poll(() => page.calorieTarget()).toBe(before);
  });

  it("the treat limits in Settings are kept and applied", async () => {
    await seedUser(e2e.context);
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    const card = e2e.page.getByRole("region", { name: "Treats" });
    await expect.poll(() => card.getByLabel("Largest treat").inputValue()).toBe("1000");
    await card.getByLabel("Treats a week").fill("9");
    await card.getByRole("button", { name: "Save treat limits" }).click();
    await card.locator(".field--error").filter({ hasText: /3/ }).waitFor();
    await card.getByLabel("Treats a week").fill("1");
    await card.getByLabel("Largest treat").fill("300");
    await card.getByRole("button", { name: "Save treat limits" }).click();
    await card.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    const today = new TodayPage(e2e.page);
    await today.goto();
    const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1);
    await today.planTreat("400", tomorrow);
    await today
      .treatCard()
      .locator(".field--error")
      .filter({ hasText: /at most 300 kcal/ })
      .waitFor();
    await settings.goto();
    await expect.poll(() => card.getByLabel("Largest treat").inputValue()).toBe("300");
  });
});
