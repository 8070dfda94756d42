import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { SettingsPage } from "./pages/settings-page.js";

const e2e = useBrowser();

describe("reminder times in Settings", () => {
  it("saves the times and quiet hours, refuses half quiet hours beside the field, and reads them back", async () => {
    await seedUser(e2e.context);
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    const card = e2e.page.getByRole("region", { name: "Reminders" });
    await card.getByLabel("Weigh-in reminder").fill("07:30");
    await card.getByLabel("Quiet hours from").fill("22:00");
    await card.getByRole("button", { name: "Save reminder times" }).click();
    await card.locator(".field--error").filter({ hasText: "quiet hours need a start and an end" }).waitFor();
    const before = (await (await e2e.context.request.get("/api/users/me/reminder-settings")).json()) as {
      weighInTime: string | null;
    };
    expect(before.weighInTime).toBeNull(); // nothing saved

    await card.getByLabel("Quiet hours until").fill("06:30");
    await card.getByLabel("Training reminder").fill("17:45");
    await card.getByRole("button", { name: "Save reminder times" }).click();
    await card.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    expect(await (await e2e.context.request.get("/api/users/me/reminder-settings")).json()).toEqual({
      weighInTime: "07:30",
      sessionTime: "17:45",
      checkInTime: null,
      quietStart: "22:00",
      quietEnd: "06:30",
    });
    await settings.goto();
    await expect.poll(() => card.getByLabel("Training reminder").inputValue()).toBe("17:45");
    expect(await card.getByLabel("Check-in reminder").inputValue()).toBe("");
  });
});
