import { describe, expect, it } from "vitest";
import { CHICKEN, seedFood } from "./harness/api.js";
import { useBrowser } from "./harness/browser.js";
import { PASSWORD, seedUser, uniqueEmail } from "./harness/users.js";
import { AuthPage } from "./pages/auth-page.js";
import { OnboardingPage } from "./pages/onboarding-page.js";
import { TodayPage } from "./pages/today-page.js";

const e2e = useBrowser();

/** USDA SR28 01256, Greek yogurt, plain, nonfat, per 100 g: 59 kcal, 10.2 g protein. */
const YOGURT = {
  name: "Greek yogurt, plain, nonfat",
  per100g: { kcal: 59, proteinG: 10.2, fatG: 0.4, carbG: 3.6 },
};

describe("protein a person can act on", () => {
  it("Today shows grams of protein a meal and portions of the foods they log, each by its own density", async () => {
    // SAMPLE_PROFILE: 92 kg at 25 % body fat → 69 kg fat-free mass × 2.0 = 138 g a day, 46 g a meal.
    await seedUser(e2e.context);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    for (const [food, times] of [
      [YOGURT, 2],
      [CHICKEN, 1],
    ] as const) {
      const { id } = await seedFood(e2e.context, food);
      for (let i = 0; i < times; i++) {
        const r = await e2e.context.request.post(`/api/users/me/diary/${yesterday}/entries`, {
          data: { meal: "breakfast", foodId: id, grams: 150 },
        });
        expect(r.status()).toBe(201);
      }
    }
    const today = new TodayPage(e2e.page);
    await today.goto();
    // 46 ÷ 0.102 = 451 → 450 g of yogurt (logged twice, first); 46 ÷ 0.31 = 148 → 150 g of chicken.
    expect(await today.proteinPerMeal().textContent()).toBe(
      "about 46 g protein a meal — e.g. 450 g Greek yogurt, plain, nonfat or 150 g Chicken breast, roasted",
    );
    expect(await today.targets().textContent()).toContain(
      "Protein: 138 g a day (2 g per kg of your fat-free mass, 69.0 kg)",
    );
  });
});

describe("a body-fat goal in onboarding", () => {
  it("comes to the weight of the model's fat/lean partition; the plan shows protein a meal with examples", async () => {
    const auth = new AuthPage(e2e.page);
    await auth.gotoSignUp();
    await auth.signUp(uniqueEmail("bodyfat"), PASSWORD);
    await e2e.page.waitForURL("**/onboarding");
    const wizard = new OnboardingPage(e2e.page);
    let shown: string | null = null;
    await wizard.complete({
      sex: "Male",
      birthDate: "1990-06-15",
      height: "180",
      weight: "92",
      bodyFat: "25",
      goalBodyFat: "15",
      onGoalStep: async () => {
        shown = await wizard.bodyFatGoalWeight().textContent();
      },
    });
    // 23 kg of fat at 92 kg; F = 0.15·W, W = 92 − (23 − F) − 10.4·ln(23/F) → 71.9 kg (lean held: 81.2).
    expect(shown).toMatch(/^That is about 71\.9 kg: some lean mass goes with the fat/);
    await wizard.summary().waitFor();
    const profile = (await (await e2e.context.request.get("/api/users/me/profile")).json()) as {
      goal: { weightKg: number };
    };
    expect(profile.goal.weightKg).toBe(71.91);
    // 69 kg fat-free mass × 2.0 = 138 g, 46 g a meal; nothing logged yet, so common foods.
    expect(await wizard.proteinPerMeal().textContent()).toBe(
      "about 46 g protein a meal — e.g. 150 g chicken breast (roasted) or 450 g Greek yogurt (plain, nonfat) or 365 g eggs (hard-boiled)",
    );
  });
});
