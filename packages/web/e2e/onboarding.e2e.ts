import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness/browser.js";
import { PASSWORD, uniqueEmail } from "./harness/users.js";
import { AuthPage } from "./pages/auth-page.js";

const e2e = useBrowser();

describe("sign up and onboarding", () => {
  it("a new account lands on the onboarding wizard", async () => {
    const auth = new AuthPage(e2e.page);
    await auth.gotoSignUp();
    await auth.signUp(uniqueEmail("signup"), PASSWORD);
    await e2e.page.waitForURL("**/onboarding");
    await e2e.page.getByRole("heading", { name: "Set up your plan" }).waitFor();
  });

  it("shows the server's password rule next to the password field", async () => {
    const auth = new AuthPage(e2e.page);
    await auth.gotoSignUp();
    await auth.signUp(uniqueEmail("short"), "short");
    await auth.fieldError("Password").waitFor();
    expect(await auth.fieldError("Password").textContent()).toMatch(/at least 8 characters/);
    expect(e2e.page.url()).toMatch(/\/signup$/);
  });
});
