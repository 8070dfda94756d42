import type { Locator, Page } from "playwright-core";

/** The food diary (/diary). */
export class DiaryModel {
  constructor(private readonly page: Page) {}

  async goto(date?: string): Promise<void> {
    await this.page.goto(date ? `/diary?date=${date}` : "/diary");
    await this.page.getByRole("heading", { level: 1, name: "Food diary" }).waitFor();
    await this.page.getByTestId("total-kcal").waitFor();
  }

  async openAdd(meal: "breakfast" | "lunch" | "dinner" | "snacks"): Promise<void> {
    await this.page.getByRole("button", { name: `Add food to ${meal}` }).click();
    await this.page.getByRole("heading", { name: `Add to ${meal}` }).waitFor();
  }

  searchBox() {
    return this.page.getByRole("combobox", { name: "Search foods" });
  }

  listbox() {
    return this.page.getByRole("listbox", { name: "Matching foods" });
  }

  options() {
    return this.listbox().getByRole("option");
  }

  /** Types like a person (one key at a time), so every keystroke searches. */
  async type(text: string): Promise<void> {
    await this.searchBox().click();
    await this.searchBox().pressSequentially(text, { delay: 20 });
  }

  /** The portion form of the picked food. */
  portionForm() {
    return this.page.locator("form.portion-picker");
  }

  /** Chooses the unit first (it sets its own sensible amount), then types the amount. */
  async chooseAmount(amount: string, unit: string): Promise<void> {
    const form = this.portionForm();
    await form.getByLabel("Unit").selectOption({ label: unit });
    await form.getByLabel("Amount").fill(amount);
  }

  async addPicked(): Promise<void> {
    await this.portionForm()
      .getByRole("button", { name: /^Add to / })
      .click();
    await this.page
      .getByRole("status")
      .filter({ hasText: /^Added / })
      .waitFor();
  }

  /** The calories total as shown, e.g. 165 from "165 / 2100 kcal". */
  async totalKcal(): Promise<number> {
    const t = (await this.page.getByTestId("total-kcal").locator("span").nth(1).textContent()) ?? "";
    return Number(/^([\d.]+)/.exec(t.trim())?.[1]);
  }

  mealEntries(meal: string) {
    return this.page.getByTestId(`meal-${meal}`).getByRole("listitem");
  }

  /** Opens the editor of the entry `name` in `meal` and returns its form. */
  async openEditor(name: string, meal: string): Promise<Locator> {
    await this.page.getByRole("button", { name: `Edit ${name} in ${meal}` }).click();
    return this.page.locator("form.entry-editor");
  }

  /** Quick-adds calories (to the form's default meal, snacks, unless `meal` is given). */
  async quickAdd(kcal: string, meal?: "breakfast" | "lunch" | "dinner" | "snacks"): Promise<void> {
    await this.page.getByLabel("Calories", { exact: true }).fill(kcal);
    if (meal) await this.page.getByLabel("Meal", { exact: true }).selectOption(meal);
    await this.page.getByRole("button", { name: "Quick add", exact: true }).click();
  }

  /**
   * Opens the editor of the entry `name` in `meal`, sets its amount field (`amountLabel`:
   * "Grams", "Number of …", "Calories") and optionally its meal, saves, and waits for the answer.
   */
  async editEntry(
    name: string,
    meal: string,
    change: { amountLabel: string; amount: string; toMeal?: string },
  ): Promise<void> {
    const form = await this.openEditor(name, meal);
    await form.getByLabel(change.amountLabel).fill(change.amount);
    if (change.toMeal) await form.getByLabel("Meal").selectOption({ label: change.toMeal });
    await form.getByRole("button", { name: "Save" }).click();
    // The editor closes only once the server took the edit.
    await form.waitFor({ state: "detached" });
    await this.page
      .getByRole("status")
      .filter({ hasText: new RegExp(`^Updated ${name}`) })
      .waitFor();
  }

  /** The meal's entries logged offline, waiting to sync. */
  pendingEntries(meal: string): Locator {
    return this.page.getByTestId(`meal-${meal}`).getByTestId("pending-entry");
  }

  /** Adds the picked food while offline and waits until it is kept on the device. */
  async addPickedOffline(): Promise<void> {
    await this.portionForm()
      .getByRole("button", { name: /^Add to / })
      .click();
    await this.page
      .getByRole("status")
      .filter({ hasText: /is saved on this device/ })
      .waitFor();
  }

  /** The note that search results come from this device ("Offline: foods this device has seen"). */
  offlineSearchNote(): Locator {
    return this.page.getByTestId("offline-search");
  }
}
