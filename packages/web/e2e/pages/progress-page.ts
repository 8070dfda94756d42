import type { Locator, Page } from "playwright-core";

/** The Progress screen: weigh-in form, weight chart (plan vs actual), measurements, training. */
export class ProgressPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/progress");
    await this.page.getByRole("heading", { level: 1, name: "Progress" }).waitFor();
  }

  /** Logs a weight through the form (date YYYY-MM-DD, weight as typed, e.g. "91.4"). */
  /** The "Log weight" form. */
  weightForm(): Locator {
    return this.page.locator("form", { has: this.page.getByRole("button", { name: "Log weight" }) });
  }

  async logWeight(date: string, weight: string): Promise<void> {
    const form = this.weightForm();
    await form.getByLabel("Date").fill(date);
    await form.getByLabel("Weight").fill(weight);
    await form.getByRole("button", { name: "Log weight" }).click();
    await form
      .getByRole("status")
      .filter({ hasText: `on ${date}` })
      .waitFor();
  }

  /** Fills the tape form ({ Waist: "95", Neck: "40" }, in the profile's unit) and saves it. */
  async addMeasurements(values: Readonly<Record<string, string>>): Promise<void> {
    const form = this.page.locator("form", {
      has: this.page.getByRole("button", { name: "Save measurements" }),
    });
    const details = this.page.locator("details.add-measurements");
    await details.waitFor(); // the section renders once its data has loaded
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    for (const [label, v] of Object.entries(values)) await form.getByLabel(label, { exact: true }).fill(v);
    await form.getByRole("button", { name: "Save measurements" }).click();
    await form.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  }

  weightChart(): Locator {
    return this.page.getByTestId("weight-chart");
  }

  /** Waits until uPlot has drawn the weight chart (lazy-loaded) and returns its canvas. */
  async chartCanvas(): Promise<Locator> {
    await this.page.locator('[data-testid="weight-chart"][data-ready="true"]').waitFor();
    return this.weightChart().locator("canvas");
  }

  legendItem(key: string): Locator {
    return this.page.getByTestId(`weight-chart-series-${key}`);
  }

  /** Number of data points a series of the weight chart holds (from its legend item). */
  async pointCount(key: string): Promise<number> {
    return Number(await this.legendItem(key).getAttribute("data-points"));
  }

  trendWeight(): Locator {
    return this.page.getByTestId("trend-weight");
  }
}
