import type { Page } from "playwright-core";

/** The interval builder (/timer/new, /timer/custom/<id>/edit). */
export class IntervalBuilderModel {
  constructor(private readonly page: Page) {}

  async fill(f: Partial<Record<"Name" | "Work" | "Rest" | "Rounds" | "Warm-up" | "Cool-down", string>>) {
    for (const [label, value] of Object.entries(f))
      await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  preview() {
    return this.page.getByTestId("builder-preview");
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save timer" }).click();
  }
}
