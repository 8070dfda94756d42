import type { Download, Page } from "playwright-core";

/** The Settings screen. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/settings");
    await this.page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  }

  /** Clicks "Download my data" and returns the browser download. */
  async downloadExport(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Download my data" }).click(),
    ]);
    return download;
  }

  /** Clicks one of the CSV download buttons ("Download diary (CSV)" …) and returns the download. */
  async downloadCsv(label: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: label, exact: true }).click(),
    ]);
    return download;
  }

  /** Makes (or renews) the calendar subscription link with a reminder, and returns the link shown. */
  async makeCalendarLink(reminder: string): Promise<string> {
    await this.page.getByLabel("Calendar reminder").selectOption({ label: reminder });
    await this.page.getByRole("button", { name: /^Make (a calendar link|a new link)$/ }).click();
    const field = this.page.getByLabel("Subscription link");
    await field.waitFor();
    return field.inputValue();
  }

  async endCalendarLink(): Promise<void> {
    await this.page.getByRole("button", { name: "End the link" }).click();
    await this.status(/^Calendar link ended/).waitFor();
  }

  async importFile(path: string, replace: boolean): Promise<void> {
    await this.page.getByLabel("leanback export file").setInputFiles(path);
    const box = this.page.getByLabel("Replace my current data (otherwise the file is added)");
    if (replace) await box.check();
    else await box.uncheck();
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
  }

  async setUnits(label: "Metric (kg, cm)" | "Imperial (lb, ft/in)"): Promise<void> {
    await this.page.getByLabel(label).check();
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await this.status("Saved.").waitFor();
  }

  /** The Account card's password change. */
  async changePassword(current: string, next: string): Promise<void> {
    await this.page.getByLabel("Current password").fill(current);
    await this.page.getByLabel("New password").fill(next);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }

  /** Opens "Delete account…", fills the password and the confirmation word, and submits. */
  async deleteAccount(password: string, confirmWord: string): Promise<void> {
    const open = this.page.getByRole("button", { name: "Delete account…" });
    if (await open.isVisible()) await open.click();
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByLabel("Type DELETE to confirm").fill(confirmWord);
    await this.page.getByRole("button", { name: "Delete my account" }).click();
  }

  /** The inline error under the field labelled `label`. */
  fieldError(label: string) {
    return this.page
      .locator(".field--error")
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator(".field__error");
  }

  status(text: string | RegExp) {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  /**
   * Waits for the status `text`; if an error shows first, fails with what it says (a timeout
   * alone would not tell why, e.g. a refused request).
   */
  async expectStatus(text: string | RegExp): Promise<void> {
    const ok = this.status(text);
    const error = this.page.getByRole("alert");
    await ok.or(error).first().waitFor();
    if ((await ok.count()) === 0) {
      throw new Error(`expected status ${String(text)}, got: ${(await error.allTextContents()).join(" | ")}`);
    }
  }

  /** Invites a client by e-mail from the Trainer card and waits for the confirmation. */
  async inviteClient(email: string): Promise<void> {
    await this.page.getByLabel("Invite a client (e-mail)").fill(email);
    await this.page.getByRole("button", { name: "Invite", exact: true }).click();
    await this.expectStatus(/^Invitation sent\./);
  }

  alert(text: string | RegExp) {
    return this.page.getByRole("alert").filter({ hasText: text });
  }

  sessions() {
    return this.page.getByTestId("sessions").getByRole("listitem");
  }
}
