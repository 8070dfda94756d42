import type { Page } from "playwright-core";

/** The Today screen: next action, targets, sessions, weigh-in, treat budget. */
export class TodayPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/");
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await this.page.getByRole("button", { name: "Save weight" }).waitFor();
  }

  async weighIn(value: string): Promise<void> {
    await this.page.getByLabel("Weight", { exact: true }).fill(value);
    await this.page.getByRole("button", { name: "Save weight" }).click();
  }

  todaysWeight() {
    return this.page.getByTestId("todays-weight");
  }

  queued() {
    return this.page.getByTestId("queued-weigh-ins").getByRole("listitem");
  }

  syncStatus() {
    return this.page.getByTestId("sync-status");
  }

  status(text: string | RegExp) {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  nextAction() {
    return this.page.getByTestId("next-action").getByRole("link");
  }

  targets() {
    return this.page.getByTestId("targets");
  }

  /** "about N g protein a meal — e.g. …" on the targets card. */
  proteinPerMeal() {
    return this.targets().getByTestId("protein-per-meal");
  }
}
