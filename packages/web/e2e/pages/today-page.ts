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

  treatCard() {
    return this.page.getByRole("region", { name: "Treat budget" });
  }

  /** Plans a treat of `kcal` on `date` (YYYY-MM-DD) from the Treat budget card. */
  async planTreat(kcal: string, date: string): Promise<void> {
    const card = this.treatCard();
    await card.getByLabel("Treat calories").fill(kcal);
    await card.getByLabel("Day").fill(date);
    await card.getByRole("button", { name: "Plan treat" }).click();
  }

  plannedTreats() {
    return this.page.getByTestId("planned-treats").getByRole("listitem");
  }

  /** The calorie target shown on Today (the meter's label carries "eaten of target"). */
  async calorieTarget(): Promise<number> {
    const label =
      (await this.targets()
        .getByRole("progressbar", { name: /^Calories/ })
        .getAttribute("aria-label")) ?? "";
    const m = /of (\d+) kcal/.exec(label.replace(/,/g, ""));
    return Number(m?.[1]);
  }

  /** "about N g protein a meal — e.g. …" on the targets card. */
  proteinPerMeal() {
    return this.targets().getByTestId("protein-per-meal");
  }
}
