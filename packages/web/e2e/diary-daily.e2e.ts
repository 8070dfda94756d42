import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { CHICKEN, seedFood } from "./harness/api.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { DiaryDayModel } from "./pages/diary-day-page.js";
import { ProgressPage } from "./pages/progress-page.js";
import { WeighInHistoryModel } from "./pages/weigh-in-history-page.js";

// The phone context (360 × 740) of useBrowser: the diary as it is used three to six times a day.
const e2e = useBrowser();

// Per 100 g, USDA SR28 (NDB): kcal, protein; portions in grams from SR28.
const BREAKFAST = [
  // 01123: 143 kcal, 12.56 g (35 % of energy: a protein food); 1 large = 50 g.
  {
    food: { name: "Egg, whole, raw", per100g: { kcal: 143, proteinG: 12.56, fatG: 9.51, carbG: 0.72 } },
    portions: [{ label: "1 large egg", grams: 50 }],
    query: "egg",
    amount: ["2", "1 large egg (50 g)"],
  },
  // 01256: 59 kcal, 10.19 g (69 %: a protein food); 1 container = 170 g.
  {
    food: {
      name: "Greek yogurt, plain, nonfat",
      per100g: { kcal: 59, proteinG: 10.19, fatG: 0.39, carbG: 3.6 },
    },
    portions: [{ label: "1 container", grams: 170 }],
    query: "greek yog",
    amount: ["1", "1 container (170 g)"],
  },
  // 08120: 379 kcal, 13.15 g (14 %: not a protein food).
  {
    food: { name: "Oats, rolled, dry", per100g: { kcal: 379, proteinG: 13.15, fatG: 6.52, carbG: 67.7 } },
    portions: [],
    query: "oats",
    amount: ["40", "grams"],
  },
  // 09040: 89 kcal, 1.09 g; 1 medium = 118 g.
  {
    food: { name: "Banana, raw", per100g: { kcal: 89, proteinG: 1.09, fatG: 0.33, carbG: 22.84 } },
    portions: [{ label: "1 medium", grams: 118 }],
    query: "banana",
    amount: ["1", "1 medium (118 g)"],
  },
  // 14209: 1 kcal, 0.12 g; 1 cup = 237 g.
  {
    food: { name: "Coffee, brewed", per100g: { kcal: 1, proteinG: 0.12, fatG: 0.02, carbG: 0 } },
    portions: [{ label: "1 cup", grams: 237 }],
    query: "coffee",
    amount: ["1", "1 cup (237 g)"],
  },
  // 01079: 50 kcal, 3.3 g (26 %, but 3.3 g/100 g: dilute, not counted); 1 cup = 244 g.
  {
    food: { name: "Milk, reduced fat, 2 %", per100g: { kcal: 50, proteinG: 3.3, fatG: 1.98, carbG: 4.8 } },
    portions: [{ label: "1 cup", grams: 244 }],
    query: "milk",
    amount: ["0.5", "1 cup (244 g)"],
  },
] as const;

describe("the diary, used every day on a phone", () => {
  it("six breakfast foods in a row, 5 oz read back and offered again, over target said as over, Undo for Remove, 44 px targets", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    for (const b of BREAKFAST) await seedFood(context, { ...b.food, portions: b.portions });
    await seedFood(context, CHICKEN);
    const targets = await context.request.get("/api/users/me/targets");
    const targetKcal = Math.round(((await targets.json()) as { targetKcal: number }).targetKcal);
    const diary = new DiaryDayModel(page);
    await diary.goto();

    // One opening of the panel: each Add leaves it open with the search box focused.
    await diary.openAdd("breakfast");
    for (const b of BREAKFAST) {
      await diary.addFood(b.query, b.food.name, b.amount[0], b.amount[1]);
      await diary.addPanel("breakfast").waitFor();
      expect(await diary.searchFocused(), `search focused after ${b.food.name}`).toBe(true);
      expect(await diary.searchBox().inputValue()).toBe("");
    }
    // 2 eggs 100 g = 143; yogurt 170 g = 100.3; oats 40 g = 151.6; banana 118 g = 105.02;
    // coffee 237 g = 2.37; milk 122 g = 61 → 563.29 kcal.
    await expect.poll(() => diary.totalKcal()).toBe(563);
    expect(await diary.mealEntries("breakfast").count()).toBe(6);
    expect(await diary.entryAmount("breakfast", "Egg, whole, raw")).toBe("2 large eggs (100 g) · 143 kcal");
    expect(await diary.entryAmount("breakfast", "Oats, rolled, dry")).toBe("40 g · 152 kcal");
    expect(await diary.entryAmount("breakfast", "Milk")).toBe("0.5 cups (122 g) · 61 kcal");
    // Eggs and Greek yogurt are protein foods by their protein density: 100 + 170 g.
    await page.getByText("Breakfast: 270 g").waitFor();

    // Lunch: 5 oz of chicken, read back as 5 oz with the grams beside it.
    await diary.openAdd("lunch");
    await diary.addFood("chicken", CHICKEN.name, "5", "ounces");
    // 5 oz = 141.748 g × 1.65 = 233.88 → 234 kcal; the day 563.29 + 233.88 = 797.17 → 797.
    await expect.poll(() => diary.totalKcal()).toBe(797);
    expect(await diary.entryAmount("lunch", CHICKEN.name)).toBe("5 oz (142 g) · 234 kcal");
    expect(await diary.calorieState()).toEqual({
      text: `${(targetKcal - 797).toLocaleString("en")} kcal left`,
      state: "left",
    });

    // Next time the unit is offered first — from the server's recent foods, not this device's.
    await page.evaluate(() => localStorage.clear());
    await diary.goto();
    await diary.openAdd("dinner");
    await page.getByRole("button", { name: CHICKEN.name }).first().click();
    expect(await diary.portionForm().getByLabel("Unit").inputValue()).toBe("oz");
    expect(await diary.portionForm().getByLabel("Amount").inputValue()).toBe("5");
    await diary.portionForm().getByRole("button", { name: "Cancel" }).click();

    // An edit far above what people eat is refused beside the amount, in plain words.
    const editor = await diary.openEditor(CHICKEN.name, "lunch");
    await editor.getByLabel("Ounces").fill("60");
    await editor.getByRole("button", { name: "Save" }).click();
    const problem = editor.locator(".field", { has: page.getByLabel("Ounces") }).getByRole("alert");
    expect(await problem.textContent()).toMatch(
      /^That is far more than people eat of this food at once .*Check the amount, or press Save again to keep it\.$/,
    );
    expect(await problem.textContent()).not.toMatch(/confirm: true/);
    await editor.getByRole("button", { name: "Cancel" }).click();
    expect(await diary.entryAmount("lunch", CHICKEN.name)).toBe("5 oz (142 g) · 234 kcal");

    // Remove, then Undo: the same entry (clientId, unit and amount) is back.
    const dayUrl = `/api/users/me/diary/${new Date().toISOString().slice(0, 10)}`;
    type Stored = {
      foodName: string;
      clientId: string;
      portionLabel: string | null;
      portionCount: number | null;
    };
    const stored = async () =>
      ((await (await context.request.get(dayUrl)).json()) as { entries: Stored[] }).entries;
    const banana = (await stored()).find((e) => e.foodName === "Banana, raw");
    await diary.remove("Banana, raw", "breakfast");
    await diary.toast().filter({ hasText: "Removed Banana, raw from breakfast." }).waitFor();
    await expect.poll(() => diary.totalKcal()).toBe(692); // 797.17 − 105.02 = 692.15
    await diary.toast().getByRole("button", { name: "Undo" }).click();
    await page.getByRole("status").filter({ hasText: "Put back Banana, raw in breakfast." }).waitFor();
    await expect.poll(() => diary.totalKcal()).toBe(797);
    const back = (await stored()).find((e) => e.foodName === "Banana, raw");
    expect(back).toMatchObject({ clientId: banana?.clientId, portionLabel: "1 medium", portionCount: 1 });

    // Over the target: said in words and marked, not only coloured. 797.17 + q kcal is 150 over.
    const quick = targetKcal - 797 + 150;
    await diary.quickAdd(String(quick));
    await expect.poll(() => diary.totalKcal()).toBe(targetKcal + 150);
    expect(await diary.calorieState()).toEqual({ text: "Over by 150 kcal", state: "over" });
    expect(await page.getByTestId("total-kcal").getAttribute("class")).toContain("meter--over");
    // A quick add has no protein: the note says so in words, never a field name.
    const note = (await page.getByTestId("incomplete-note").textContent()) ?? "";
    expect(note).toMatch(/^Some entries of this day have no value for protein/);
    expect(note).not.toMatch(/[a-z][A-Z]/);
    // A refused quick add is said beside its box.
    await diary.quickAdd("0");
    const quickField = page.locator(".field", { has: page.getByLabel("Calories", { exact: true }) });
    expect(await quickField.getByRole("alert").textContent()).toBe("Enter calories from 1 to 20,000.");

    // Tap targets: every visible button, link, select and summary is at least 44 × 44 px.
    await diary.openAdd("dinner");
    await diary.openEditor(CHICKEN.name, "lunch");
    const { measured, small } = await diary.smallTapTargets();
    expect(measured).toBeGreaterThan(30);
    expect(small).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("lists weigh-ins on Progress, edits one, deletes one with Undo; a taken day is said beside the date", async () => {
    const { page, context } = e2e;
    const iso = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await seedUser(context, { date: iso(0), weightKg: 92 });
    for (const [n, kg] of [
      [3, 92.6],
      [2, 92.3],
      [1, 92.1],
    ] as const) {
      const r = await context.request.post("/api/users/me/weigh-ins", {
        data: { date: iso(n), weightKg: kg },
      });
      expect(r.status()).toBe(201);
    }
    const server = async () =>
      (
        (await (await context.request.get("/api/users/me/weigh-ins")).json()) as {
          weighIns: { date: string; weightKg: number }[];
        }
      ).weighIns.map((w) => `${w.date} ${w.weightKg}`);
    await page.clock.install();
    const progress = new ProgressPage(page);
    await progress.goto();
    const history = new WeighInHistoryModel(page);
    await history.rows().first().waitFor();
    expect(await history.lines()).toEqual([
      `${iso(0)} 92.0 kg`,
      `${iso(1)} 92.1 kg`,
      `${iso(2)} 92.3 kg`,
      `${iso(3)} 92.6 kg`,
    ]);

    // Edit yesterday's weight.
    const editor = await history.openEditor(iso(1));
    await editor.getByLabel("Weight").fill("91.8");
    await editor.getByRole("button", { name: "Save" }).click();
    await history.row(iso(1)).filter({ hasText: "91.8 kg" }).waitFor();
    expect(await server()).toContain(`${iso(1)} 91.8`);

    // Moving it onto a day that has one already: refused beside the date, nothing changes.
    const again = await history.openEditor(iso(1));
    await again.getByLabel("Date").fill(iso(2));
    await again.getByRole("button", { name: "Save" }).click();
    const dateField = again.locator(".field", { has: page.getByLabel("Date") });
    expect(await dateField.getByRole("alert").textContent()).toMatch(/already a weigh-in on/);
    await again.getByRole("button", { name: "Cancel" }).click();
    expect(await server()).toHaveLength(4);

    // Delete with Undo: back as it was.
    await history.delete(iso(2));
    await history
      .toast()
      .filter({ hasText: `Deleted the weigh-in of ${iso(2)}.` })
      .waitFor();
    await expect.poll(() => history.rows().count()).toBe(3);
    await history.toast().getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => history.rows().count()).toBe(4);
    expect(await server()).toContain(`${iso(2)} 92.3`);

    // Delete without Undo: the toast goes after its 6 s and the weigh-in stays deleted.
    await history.delete(iso(3));
    await history.toast().waitFor();
    await page.clock.runFor(6_100);
    await history.toast().waitFor({ state: "detached" });
    expect(await server()).toEqual([`${iso(2)} 92.3`, `${iso(1)} 91.8`, `${iso(0)} 92`]);
    expect(await history.lines()).toHaveLength(3);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
