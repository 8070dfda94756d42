import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { CHICKEN, seedFood } from "./harness/api.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { DiaryModel } from "./pages/diary-page.js";

const e2e = useBrowser();

describe("food diary", () => {
  it("finds “chiken brest” while typing, logs a portion and the totals change", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    for (const food of [CHICKEN, { name: "Chickpeas, boiled", per100g: { kcal: 164, proteinG: 8.9 } }])
      await seedFood(context, food);
    const diary = new DiaryModel(page);
    await diary.goto();
    const before = await diary.totalKcal();
    expect(before).toBe(0);

    await diary.openAdd("lunch");
    await diary.type("chiken brest");
    await diary.listbox().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]); // with the listbox open
    const names = await diary.options().allTextContents();
    expect(names[0]).toMatch(/^Chicken breast, roasted/);
    // Keyboard: the first option is active; ArrowDown/ArrowUp move aria-activedescendant.
    const box = diary.searchBox();
    const first = await diary.options().nth(0).getAttribute("id");
    expect(await box.getAttribute("aria-activedescendant")).toBe(first);
    if (names.length > 1) {
      await box.press("ArrowDown");
      expect(await box.getAttribute("aria-activedescendant")).toBe(
        await diary.options().nth(1).getAttribute("id"),
      );
      await box.press("ArrowUp");
    }
    await box.press("Enter");

    await diary.chooseAmount("1", "1 breast, bone removed (172 g)");
    // 172 g × 165 kcal / 100 g = 283.8 → 284 kcal
    expect(await page.getByTestId("portion-preview").textContent()).toMatch(
      /^172 g · 284 kcal · 53\.3 g protein/,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await diary.addPicked();

    await expect.poll(() => diary.totalKcal()).toBe(284);
    expect(await diary.mealEntries("lunch").first().textContent()).toMatch(
      /Chicken breast, roasted.*1 breast, bone removed \(172 g\) · 284 kcal/,
    );
    // The food is now a recent one, offered without searching.
    await diary.openAdd("dinner");
    await page.getByRole("button", { name: "Chicken breast, roasted" }).first().waitFor();
  });

  it("edits a logged entry's amount and meal in place; a bad amount is named and nothing changes", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const food = await seedFood(context, CHICKEN);
    const day = "2026-11-19";
    const logged = await context.request.post(`/api/users/me/diary/${day}/entries`, {
      data: { meal: "lunch", foodId: food.id, grams: 100 },
    });
    expect(logged.status()).toBe(201);
    const diary = new DiaryModel(page);
    await diary.goto(day);
    expect(await diary.totalKcal()).toBe(165);

    // A refused amount: the field says why, the entry keeps its 100 g.
    const editor = await diary.openEditor("Chicken breast, roasted", "lunch");
    await editor.getByLabel("Grams").fill("0");
    await editor.getByRole("button", { name: "Save" }).click();
    await editor.getByRole("alert").filter({ hasText: "Grams must be a number above 0." }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]); // with the editor open
    await editor.getByRole("button", { name: "Cancel" }).click();
    expect(await diary.mealEntries("lunch").first().textContent()).toMatch(/100 g · 165 kcal/);

    // 150 g × 165 kcal / 100 g = 247.5 → 248 kcal.
    await diary.editEntry("Chicken breast, roasted", "lunch", { amountLabel: "Grams", amount: "150" });
    await expect.poll(() => diary.totalKcal()).toBe(248);
    expect(await diary.mealEntries("lunch").first().textContent()).toMatch(/150 g · 248 kcal/);
    // Moved to dinner: the same entry (one in the day), no longer under lunch.
    await diary.editEntry("Chicken breast, roasted", "lunch", {
      amountLabel: "Grams",
      amount: "150",
      toMeal: "Dinner",
    });
    await diary.mealEntries("dinner").filter({ hasText: "Chicken breast, roasted" }).waitFor();
    expect(await diary.mealEntries("lunch").count()).toBe(0);
    const stored = (await (await context.request.get(`/api/users/me/diary/${day}`)).json()) as {
      entries: Array<{ meal: string; grams: number }>;
    };
    expect(stored.entries).toEqual([expect.objectContaining({ meal: "dinner", grams: 150 })]);
  });

  it("offers a food logged on another device as a recent one, with the amount logged there", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const food = await seedFood(context, CHICKEN);
    // Logged through the API, as another device would: this browser's own list knows nothing of it.
    const logged = await context.request.post("/api/users/me/diary/2026-11-18/entries", {
      data: { meal: "dinner", foodId: food.id, grams: 125 },
    });
    expect(logged.status()).toBe(201);
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.openAdd("lunch");
    await page.getByRole("button", { name: "Chicken breast, roasted" }).first().click();
    const amount = diary.portionForm().getByLabel("Amount");
    await expect.poll(() => amount.inputValue()).toBe("125");
  });

  it("quick-adds calories and marks the day complete", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.quickAdd("250");
    await page.getByRole("status").filter({ hasText: "Added 250 kcal to snacks." }).waitFor();
    await expect.poll(() => diary.totalKcal()).toBe(250);
    await page.getByRole("checkbox", { name: /Day complete/ }).check();
    await page
      .getByRole("status")
      .filter({ hasText: /^Day marked complete/ })
      .waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const day = (await (await context.request.get(`/api/users/me/diary/${today}`)).json()) as {
      complete: boolean;
    };
    expect(day.complete).toBe(true);
  });

  it("an entry added offline is kept in the outbox and counted once back online", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    await seedFood(context, CHICKEN);
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.openAdd("dinner");
    await diary.type("chicken");
    await diary.options().first().click();
    await diary.chooseAmount("200", "grams");
    await context.setOffline(true);
    await diary
      .portionForm()
      .getByRole("button", { name: /^Add to / })
      .click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Offline: Chicken breast, roasted is saved on this device/ })
      .waitFor();
    await context.setOffline(false);
    // 200 g × 165 kcal / 100 g = 330 kcal, once the outbox has delivered it and the day reloads.
    await expect.poll(() => diary.totalKcal(), { timeout: 10_000 }).toBe(330);
  });

  it("makes an own food and a recipe from it, then logs the recipe", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const diary = new DiaryModel(page);
    await diary.goto();
    await page.getByText("Add your own food").click();
    const own = page.getByRole("form", { name: "Add your own food" });
    await own.getByLabel("Name", { exact: true }).fill("Rolled oats test");
    await own.getByLabel("Calories per 100 g").fill("380");
    await own.getByLabel("Protein per 100 g").fill("13");
    await own.getByRole("button", { name: "Save food" }).click();
    // A saved food opens straight in the portion picker.
    await diary.portionForm().getByRole("heading", { name: "Rolled oats test" }).waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();

    await page.getByText("Make a recipe").click();
    const recipe = page.getByRole("form", { name: "New recipe" });
    await recipe.getByLabel("Recipe name").fill("Porridge test");
    await recipe
      .getByRole("combobox", { name: "Find an ingredient" })
      .pressSequentially("rolled oats", { delay: 20 });
    await recipe.getByRole("option", { name: /^Rolled oats test/ }).click();
    await recipe.getByLabel("Grams of Rolled oats test").fill("50");
    await recipe.getByRole("button", { name: "Add ingredient" }).click();
    await recipe.getByLabel("Cooked weight (optional)").fill("250");
    await recipe.getByRole("button", { name: "Save recipe" }).click();
    await diary.portionForm().getByRole("heading", { name: "Porridge test" }).waitFor();
    await diary.chooseAmount("250", "grams");
    // The whole pot: 50 g oats × 380 kcal / 100 g = 190 kcal, whatever the cooked weight.
    expect(await page.getByTestId("portion-preview").textContent()).toMatch(/^250 g · 190 kcal/);
    await diary.addPicked();
    await expect.poll(() => diary.totalKcal()).toBe(190);
  });

  it("copies a meal to tomorrow once (a second copy adds nothing) and shows it on the next day", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.quickAdd("300", "breakfast");
    await page.getByRole("status").filter({ hasText: "Added 300 kcal to breakfast." }).waitFor();
    const copy = page.getByTestId("meal-breakfast").getByRole("button", { name: "Copy to tomorrow" });
    await copy.click();
    await page.getByRole("status").filter({ hasText: "Copied 1 to tomorrow's breakfast." }).waitFor();
    await copy.click();
    await page.getByRole("status").filter({ hasText: "Already copied: nothing new." }).waitFor();
    // A fresh load of the next day (client-side navigation would show today's data until it loads).
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await page.getByRole("link", { name: "Next day" }).getAttribute("href")).toBe(
      `/diary?date=${tomorrow}`,
    );
    await diary.goto(tomorrow);
    await expect.poll(() => diary.totalKcal()).toBe(300);
    expect(await diary.mealEntries("breakfast").count()).toBe(1);
  });
});

describe("amounts that cannot explode", () => {
  // USDA SR28 16098, peanut butter, smooth: 588 kcal/100 g (the seeded food rounds to 598 here);
  // 2 tbsp = 32 g.
  const PEANUT_BUTTER = {
    name: "Peanut butter, smooth",
    per100g: { kcal: 598, proteinG: 22.2, fatG: 51.4, carbG: 22.3 },
    portions: [{ label: "2 tbsp", grams: 32 }],
  };

  it("switching 100 g to “2 tbsp” gives 1 × 2 tbsp (191 kcal), and 100 × 2 tbsp asks once before logging", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    await seedFood(context, PEANUT_BUTTER);
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.openAdd("breakfast");
    await diary.type("peanut butter");
    await diary.options().first().click();
    const form = diary.portionForm();
    expect(await form.getByLabel("Amount").inputValue()).toBe("100");
    await form.getByLabel("Unit").selectOption({ label: "2 tbsp (32 g)" });
    expect(await form.getByLabel("Amount").inputValue()).toBe("1");
    // 32 g × 598 / 100 = 191.4 kcal, on screen before Add.
    expect(await page.getByTestId("portion-preview").textContent()).toMatch(/^32 g · 191 kcal/);

    await form.getByLabel("Amount").fill("100");
    await form.getByRole("button", { name: /^Add to / }).click();
    expect(await page.getByTestId("amount-confirm").textContent()).toMatch(
      /^3200 g \(19,136 kcal\) is far more/,
    );
    expect(await diary.totalKcal()).toBe(0); // nothing logged yet

    // Changing the amount withdraws the question; asked again, a second Add logs it as typed.
    await form.getByLabel("Amount").fill("99");
    expect(await page.getByTestId("amount-confirm").count()).toBe(0);
    await form.getByLabel("Amount").fill("100");
    await form.getByRole("button", { name: /^Add to / }).click();
    await page.getByTestId("amount-confirm").waitFor();
    await diary.addPicked();
    await expect.poll(() => diary.totalKcal()).toBe(19136);
  });
});
