import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { MOBILE, useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { SettingsPage } from "./pages/settings-page.js";

const e2e = useBrowser(MOBILE);

describe("account settings on a phone", () => {
  it("changes the password: a wrong current one is named beside its field, the right one works at the next login", async () => {
    const user = await seedUser(e2e.context);
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    await settings.changePassword("not the password I have", "a brand new long passphrase");
    expect(await settings.fieldError("Current password").textContent()).toBe(
      "That is not your current password.",
    );

    await settings.changePassword(user.password, "a brand new long passphrase");
    await settings.status("Password changed. Your other devices are signed out.").waitFor();
    const old = await e2e.context.request.post("/api/auth/login", {
      data: { email: user.email, password: user.password },
    });
    expect(old.status()).toBe(401);
    const fresh = await e2e.context.request.post("/api/auth/login", {
      data: { email: user.email, password: "a brand new long passphrase" },
    });
    expect(fresh.status()).toBe(200);
  });

  it("deletes the account only with the password and DELETE, then the data and the login are gone", async () => {
    const user = await seedUser(e2e.context, { weightKg: 81.5 });
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    await settings.deleteAccount(user.password, "delete");
    expect(await settings.fieldError("Type DELETE to confirm").textContent()).toMatch(/DELETE/);
    await settings.deleteAccount("a wrong password here", "DELETE");
    expect(await settings.fieldError("Password").textContent()).toBe("That is not your current password.");
    // Nothing was deleted by the refused attempts.
    expect((await e2e.context.request.get("/api/users/me/weigh-ins")).status()).toBe(200);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);

    await settings.deleteAccount(user.password, "DELETE");
    await e2e.page.getByText("Your account and all its data are deleted.").waitFor();
    expect(new URL(e2e.page.url()).pathname).toBe("/login");
    expect((await e2e.context.request.get("/api/users/me/weigh-ins")).status()).toBe(401);
    const login = await e2e.context.request.post("/api/auth/login", {
      data: { email: user.email, password: user.password },
    });
    expect(login.status()).toBe(401);
  });
});
