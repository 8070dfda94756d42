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

  status(text: string | RegExp) {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  alert(text: string | RegExp) {
    return this.page.getByRole("alert").filter({ hasText: text });
  }

  sessions() {
    return this.page.getByTestId("sessions").getByRole("listitem");
  }
}
