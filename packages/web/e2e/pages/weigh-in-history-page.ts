import type { Locator, Page } from "playwright-core";

/** The weigh-in history on Progress: rows newest first, Edit and Delete (with Undo). */
export class WeighInHistoryModel {
  constructor(private readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole("region", { name: "Weigh-ins" });
  }

  rows(): Locator {
    return this.page.getByTestId("weigh-in-row");
  }

  row(date: string): Locator {
    return this.rows().filter({ hasText: date });
  }

  /** Rows as "date weight", newest first. */
  async lines(): Promise<string[]> {
    const out: string[] = [];
    for (const r of await this.rows().all()) {
      const date = (await r.locator(".weigh-in-list__date").textContent()) ?? "";
      const kg = (await r.locator("strong").textContent()) ?? "";
      out.push(`${date} ${kg}`);
    }
    return out;
  }

  async openEditor(date: string): Promise<Locator> {
    await this.page.getByRole("button", { name: `Edit the weigh-in of ${date}` }).click();
    return this.row(date).locator("form.weigh-in-editor");
  }

  async delete(date: string): Promise<void> {
    await this.page.getByRole("button", { name: `Delete the weigh-in of ${date}` }).click();
  }

  toast(): Locator {
    return this.page.getByTestId("undo-toast");
  }
}
