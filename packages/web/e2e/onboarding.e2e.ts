import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { serverWeighIns } from "./harness/api.js";
import { MOBILE, useBrowser } from "./harness/browser.js";
import { PASSWORD, seedUser, uniqueEmail } from "./harness/users.js";
import { AuthPage } from "./pages/auth-page.js";
import { OnboardingPage } from "./pages/onboarding-page.js";
import { SettingsPage } from "./pages/settings-page.js";

const e2e = useBrowser();

async function signUp(): Promise<void> {
  const auth = new AuthPage(e2e.page);
  await auth.gotoSignUp();
  await auth.signUp(uniqueEmail("signup"), PASSWORD);
  await e2e.page.waitForURL("**/onboarding");
}

describe("sign up and onboarding", () => {
  it("sign up → onboarding → plan summary with target, week, forecast and goal date", async () => {
    await signUp();
    const wizard = new OnboardingPage(e2e.page);
    await wizard.heading().waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await wizard.complete({
      sex: "Male",
      birthDate: "1990-06-15",
      height: "180",
      weight: "92",
      tape: { waist: "100", neck: "40" },
      goalWeight: "84",
      equipment: ["Pullup bar", "Dumbbells"],
      days: ["Monday", "Thursday", "Saturday"],
      pullups: "2",
    });
    await wizard.summary().waitFor();
    await wizard.dailyTarget().waitFor();
    // A deficit target: a whole number of kcal between the floor (1500 for men) and 4000.
    const kcal = Number((await wizard.dailyTarget().textContent())?.replace(/[^\d]/g, ""));
    expect(kcal).toBeGreaterThanOrEqual(1500);
    expect(kcal).toBeLessThan(4000);
    // One session on each chosen day, in order.
    await wizard.weekSessions().first().waitFor();
    const sessions = await wizard.weekSessions().allTextContents();
    expect(sessions.map((s) => s.split(":")[0])).toEqual(["Monday", "Thursday", "Saturday"]);
    await e2e.page.getByTestId("forecast-chart").locator("canvas").first().waitFor();
    expect(await wizard.goalDate().textContent()).toMatch(/84\.0 kg around \d{4}-\d{2}-\d{2}/);
    await e2e.page.getByText("exercising one area does not burn the fat on top of it").waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    // The plan is saved: Today opens instead of the wizard.
    await e2e.page.getByRole("link", { name: "Go to Today" }).click();
    await e2e.page.getByRole("heading", { name: "Today" }).waitFor();
  });

  it("imperial answers with a goal date: stored in canonical units, shown in pounds", async () => {
    await signUp();
    const wizard = new OnboardingPage(e2e.page);
    const goalDate = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    await wizard.complete({
      units: "Imperial (lb, ft/in)",
      sex: "Female",
      birthDate: "1985-09-30",
      height: "5",
      heightInches: "5",
      weight: "170",
      goalWeight: "150",
      goalDate,
    });
    await wizard.dailyTarget().waitFor();
    const profile = (await (await e2e.context.request.get("/api/users/me/profile")).json()) as {
      heightMm: number;
      unitSystem: string;
      goal: { weightKg: number; date?: string; rate?: unknown };
    };
    // 5 ft 5 in = 65 in × 25.4 mm = 1651 mm; 150 lb × 0.45359237 = 68.04 kg (NIST SP 811).
    expect(profile).toMatchObject({
      heightMm: 1651,
      unitSystem: "imperial",
      goal: { weightKg: 68.04, date: goalDate },
    });
    expect(profile.goal.rate).toBeUndefined();
    expect((await serverWeighIns(e2e.context)).map((w) => w.weightKg)).toEqual([77.11]);
    // The goal-date target is solved so the forecast reaches the goal on that date (Hall model).
    const text = (await wizard.goalDate().textContent()) ?? "";
    const reached = /you could reach 150\.0 lb around (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
    expect(reached, text).toBeDefined();
    const daysOff = Math.abs(Date.parse(reached ?? "") - Date.parse(goalDate)) / 86_400_000;
    expect(daysOff).toBeLessThanOrEqual(7);
  });

  it("reopened after onboarding, the wizard shows the stored answers and keeps the floor", async () => {
    await seedUser(e2e.context, { weightKg: 91.5 }); // 180 cm man, Mon/Wed/Fri, pull-up bar + dumbbells
    const set = await e2e.context.request.get("/api/users/me/profile");
    const stored = (await set.json()) as Record<string, unknown>;
    const { userId: _u, ageYears: _a, updatedAt: _t, ...input } = stored;
    await e2e.context.request.put("/api/users/me/profile", { data: { ...input, floorKcal: 1700 } });
    await e2e.page.goto("/onboarding");
    const wizard = new OnboardingPage(e2e.page);
    await wizard.stepTitle("About you");
    await expect.poll(() => e2e.page.getByLabel("Birth date").inputValue()).toBe("1990-06-15");
    await wizard.next();
    await wizard.stepTitle("Your body");
    expect(await e2e.page.getByLabel("Height", { exact: true }).inputValue()).toBe("180");
    expect(await e2e.page.getByLabel("Weight today").inputValue()).toBe("91.5");
    await wizard.next();
    await wizard.next();
    await wizard.stepTitle("Your goal");
    expect(await e2e.page.getByLabel("Goal weight").inputValue()).toBe("82");
    await wizard.next();
    await wizard.stepTitle("Training");
    expect(await e2e.page.getByLabel("Wednesday").isChecked()).toBe(true);
    expect(await e2e.page.getByLabel("Dumbbells", { exact: true }).isChecked()).toBe(true);
    await e2e.page.getByRole("button", { name: "Build my plan" }).click();
    await wizard.summary().waitFor();
    const after = (await (await e2e.context.request.get("/api/users/me/profile")).json()) as {
      floorKcal: number | null;
      heightMm: number;
    };
    expect(after).toMatchObject({ floorKcal: 1700, heightMm: 1800 });
  });

  it("shows the Navy estimate from the tape as it is typed", async () => {
    await signUp();
    const wizard = new OnboardingPage(e2e.page);
    await e2e.page.getByRole("radio", { name: "Male", exact: true }).check();
    await e2e.page.getByLabel("Birth date").fill("1990-06-15");
    await wizard.next();
    await e2e.page.getByLabel("Height", { exact: true }).fill("180");
    await e2e.page.getByLabel("Estimate it from a tape measure").check();
    await e2e.page.getByLabel("Waist (at the navel)").fill("100");
    await e2e.page.getByLabel("Neck (below the larynx)").fill("40");
    // Hodgdon & Beckett 1984 (cm form, men): 495 / (1.0324 − 0.19077·log10(60) + 0.15456·log10(180)) − 450.
    const want = 495 / (1.0324 - 0.19077 * Math.log10(60) + 0.15456 * Math.log10(180)) - 450;
    expect(await wizard.navyEstimate().textContent()).toContain(`${want.toFixed(1)} %`);
  });

  it("shows a missing answer next to its field and stays on the step", async () => {
    await signUp();
    const wizard = new OnboardingPage(e2e.page);
    await e2e.page.getByRole("radio", { name: "Female", exact: true }).check();
    await e2e.page.getByLabel("Birth date").fill("1988-02-01");
    await wizard.next();
    await e2e.page.getByLabel("Height", { exact: true }).fill("165");
    await wizard.next();
    expect(await wizard.fieldError("Weight today").textContent()).toMatch(/enter a weight in kg/);
    await wizard.stepTitle("Your body");
  });

  it("shows the server's password rule next to the password field", async () => {
    const auth = new AuthPage(e2e.page);
    await auth.gotoSignUp();
    await auth.signUp(uniqueEmail("short"), "short");
    await auth.fieldError("Password").waitFor();
    expect(await auth.fieldError("Password").textContent()).toMatch(/at least 8 characters/);
    expect(e2e.page.url()).toMatch(/\/signup$/);
  });

  it("signs out and back in; navigation moves focus to the new page's heading", async () => {
    const user = await seedUser(e2e.context);
    await new SettingsPage(e2e.page).goto();
    await e2e.page.getByRole("link", { name: "Today" }).click();
    await e2e.page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await expect.poll(() => e2e.page.evaluate(() => document.activeElement?.id)).toBe("page-title");
    await e2e.page.getByRole("link", { name: "Settings" }).click();
    await e2e.page.getByRole("button", { name: "Sign out" }).click();
    await e2e.page.waitForURL("**/login");
    // Signed out: a private page sends you to sign in, then back to where you wanted to go.
    await e2e.page.goto("/settings");
    await e2e.page.waitForURL(/\/login\?next=%2Fsettings$/);
    const auth = new AuthPage(e2e.page);
    await auth.login(user.email, "wrong password entirely");
    await e2e.page.getByRole("alert").first().waitFor();
    await auth.login(user.email, user.password);
    await e2e.page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  });

  it("has no serious accessibility violations in the dark colour scheme", async () => {
    const context = await e2e.browser.newContext({ ...MOBILE, baseURL: e2e.baseUrl, colorScheme: "dark" });
    try {
      const page = await context.newPage();
      await seedUser(context);
      for (const [path, heading] of [
        ["/", "Today"],
        ["/settings", "Settings"],
      ] as const) {
        await page.goto(path);
        await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
        await page.getByRole("heading", { level: 2 }).first().waitFor();
        expect(await seriousA11yViolations(page)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
