import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { SettingsPage } from "./pages/settings-page.js";

const e2e = useBrowser();

interface TargetsBody {
  targetKcal: number;
}

describe("editing body and goal in Settings", () => {
  it("a new height and goal are saved, the targets follow, and the card says what changed", async () => {
    await seedUser(e2e.context, { weightKg: 92 }); // 180 cm man, goal 82 kg at 0.5 %/week
    const before = (await (await e2e.context.request.get("/api/users/me/targets")).json()) as TargetsBody;
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    const card = e2e.page.getByRole("region", { name: "Body and goal" });
    expect(await card.getByLabel("Height").inputValue()).toBe("180");
    expect(await card.getByLabel("Goal weight").inputValue()).toBe("82");

    // A bad height is named beside its field and nothing is saved.
    await card.getByLabel("Height").fill("abc");
    await card.getByRole("button", { name: "Save body and goal" }).click();
    await card.getByText("enter your height in cm").waitFor();
    const unchanged = (await (await e2e.context.request.get("/api/users/me/profile")).json()) as {
      heightMm: number;
    };
    expect(unchanged.heightMm).toBe(1800);

    // 1 %/week instead of 0.5 %: the deficit doubles (until the floor), so the target falls.
    await card.getByLabel("Height").fill("175");
    await card.getByLabel("1 % a week").check();
    await card.getByRole("button", { name: "Save body and goal" }).click();
    const notice = card.getByRole("status").filter({ hasText: "Saved." });
    await notice.waitFor();
    const after = (await (await e2e.context.request.get("/api/users/me/targets")).json()) as TargetsBody;
    expect(after.targetKcal).toBeLessThan(before.targetKcal);
    expect(await notice.textContent()).toContain(
      `Daily target: ${before.targetKcal.toLocaleString("en")} → ${after.targetKcal.toLocaleString("en")} kcal`,
    );
    const profile = (await (await e2e.context.request.get("/api/users/me/profile")).json()) as {
      heightMm: number;
      goal: { rate: { value: number } };
    };
    expect(profile.heightMm).toBe(1750);
    expect(profile.goal.rate.value).toBe(1);

    // A goal below a healthy BMI is refused with the rule, beside the goal field.
    await card.getByLabel("Goal weight").fill("50");
    await card.getByRole("button", { name: "Save body and goal" }).click();
    await card.locator(".field--error").filter({ hasText: /BMI/ }).waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });
});
