import type { Locator, Page } from "playwright-core";
import { DiaryModel } from "./diary-page.js";

/** A tap target that measured under 44 × 44 CSS px. */
export interface SmallTarget {
  readonly what: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The diary as a daily user works it: several foods into one meal in a row, entries read back in
 * the unit logged, Remove with Undo, the calorie state, and the size of every tap target.
 */
export class DiaryDayModel extends DiaryModel {
  constructor(private readonly p: Page) {
    super(p);
  }

  /** The add panel's heading ("Add to breakfast"): the panel is open. */
  addPanel(meal: string): Locator {
    return this.p.getByRole("heading", { name: `Add to ${meal}` });
  }

  /**
   * Finds `query`, picks the first food, sets amount and unit (the unit's option label), adds it
   * and waits for "Added <name>." about this very food.
   */
  async addFood(query: string, name: string, amount: string, unit: string): Promise<void> {
    await this.type(query);
    await this.options().first().click();
    await this.portionForm().getByRole("heading", { name }).waitFor();
    await this.chooseAmount(amount, unit);
    await this.portionForm()
      .getByRole("button", { name: /^Add to / })
      .click();
    await this.p
      .getByRole("status")
      .filter({ hasText: `Added ${name}.` })
      .waitFor();
  }

  /** Whether the search box has the keyboard focus. */
  async searchFocused(): Promise<boolean> {
    return this.searchBox().evaluate((el) => el === document.activeElement);
  }

  /** The amount text of the entry `name` in `meal`, e.g. "5 oz (142 g) · 234 kcal". */
  async entryAmount(meal: string, name: string): Promise<string> {
    const item = this.mealEntries(meal).filter({ hasText: name }).first();
    return ((await item.getByTestId("entry-amount").textContent()) ?? "").replace(/\s+/g, " ").trim();
  }

  async remove(name: string, meal: string): Promise<void> {
    await this.p.getByRole("button", { name: `Remove ${name} from ${meal}` }).click();
  }

  toast(): Locator {
    return this.p.getByTestId("undo-toast");
  }

  /** The calorie state under the bar: its words and its data-state (left, on, over). */
  async calorieState(): Promise<{ text: string; state: string | null }> {
    const s = this.p.getByTestId("total-kcal-status");
    return { text: ((await s.textContent()) ?? "").trim(), state: await s.getAttribute("data-state") };
  }

  /** Every visible button, link, select and summary on the diary smaller than 44 × 44 px. */
  async smallTapTargets(): Promise<{ measured: number; small: SmallTarget[] }> {
    const targets = this.p.locator(
      ".diary-page :is(button, a, select, summary), .diary-page label.day-complete",
    );
    const small: SmallTarget[] = [];
    let measured = 0;
    for (const t of await targets.all()) {
      const box = await t.boundingBox();
      if (box === null || !(await t.isVisible())) continue;
      measured += 1;
      if (box.width < 44 || box.height < 44) {
        const what = ((await t.getAttribute("aria-label")) ?? (await t.textContent()) ?? "").trim();
        small.push({ what: what.slice(0, 60), width: box.width, height: box.height });
      }
    }
    return { measured, small };
  }
}
