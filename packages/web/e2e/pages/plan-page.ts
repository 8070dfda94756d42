import type { Download, Locator, Page } from "playwright-core";

/** The Plan screen: the week as a calendar, session details, swaps, regenerate, .ics download. */
export class PlanPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/plan");
    await this.page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  }

  /** A weekday's card: "mon" … "sun". */
  day(day: string): Locator {
    return this.page.getByTestId(`day-${day}`);
  }

  /** The daily posture and low-back routine offered with a day. */
  daily(day: string): Locator {
    return this.page.getByTestId(`daily-${day}`);
  }

  /** A day's session details (inside the card on phones, under the week on wide screens). */
  session(day: string): Locator {
    return this.page.getByTestId(`session-${day}`);
  }

  /** Opens a day's details (today's session starts open; pressing again would close it). */
  async openDetails(day: string): Promise<Locator> {
    const button = this.day(day).getByRole("button", { name: /^Session details/ });
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await this.session(day).waitFor();
    return this.session(day);
  }

  /** Exercise ids in a day's session, in order. */
  async exerciseIds(day: string): Promise<string[]> {
    const ids = await this.session(day)
      .locator('[data-testid^="item-"]')
      .evaluateAll((els) => els.map((e) => (e.getAttribute("data-testid") ?? "").slice("item-".length)));
    return ids;
  }

  /** Opens the swap choices of an exercise and picks `replacement` (its display name). */
  async swap(day: string, exerciseName: string, replacement: string): Promise<void> {
    const d = this.day(day);
    await d
      .getByRole("button", { name: `Swap ${exerciseName}`, exact: true })
      .first()
      .click();
    await d
      .getByRole("button", { name: `Use ${replacement}`, exact: true })
      .first()
      .click();
  }

  /**
   * Swaps the first exercise of a day's session that has a same-family alternative (plans differ
   * per user, so the test does not assume which exercise that is). Returns both display names.
   */
  async swapFirstPossible(day: string): Promise<{ original: string; replacement: string }> {
    const items = this.session(day).locator(".item");
    const n = await items.count();
    for (let i = 0; i < n; i++) {
      const item = items.nth(i);
      const button = item.getByRole("button", { name: /^Swap / });
      if ((await button.count()) === 0) continue; // cardio, intervals, mobility: no swaps
      const original = (await item.locator(".item__name").textContent()) ?? "";
      await button.click();
      await item.locator(".swap-options, .swap-none").first().waitFor();
      const option = item.getByRole("button", { name: /^Use / }).first();
      if ((await option.count()) === 0) {
        await button.click(); // no alternative: close and try the next exercise
        continue;
      }
      const replacement = ((await option.textContent()) ?? "").replace(/^Use /, "").trim();
      await option.click();
      return { original, replacement };
    }
    throw new Error(`no exercise on ${day} has a same-family alternative`);
  }

  /** Clicks the calendar download and returns the browser download. */
  async downloadIcs(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Download calendar (.ics)" }).click(),
    ]);
    return download;
  }

  async regenerate(opts: {
    addDays?: readonly string[];
    removeDays?: readonly string[];
    equipment?: readonly string[];
  }): Promise<void> {
    const p = this.page;
    await p.getByRole("button", { name: "Change days or equipment" }).click();
    for (const d of opts.addDays ?? []) await p.getByRole("checkbox", { name: d, exact: true }).check();
    for (const d of opts.removeDays ?? []) await p.getByRole("checkbox", { name: d, exact: true }).uncheck();
    for (const e of opts.equipment ?? []) await p.getByRole("checkbox", { name: e, exact: true }).check();
    await p.getByRole("button", { name: "Save and regenerate" }).click();
    await p.getByRole("status").filter({ hasText: "Plan regenerated" }).waitFor();
  }
}
