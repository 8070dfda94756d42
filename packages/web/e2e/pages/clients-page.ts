import type { Locator, Page } from "playwright-core";

/** The trainer's client list (/clients) and one client's read-only page (/clients/:id). */
export class ClientsPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/clients");
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: "Your clients" }).waitFor();
  }

  /** A client's card on the list, by e-mail. */
  card(email: string): Locator {
    return this.page.locator(".client-card").filter({ has: this.page.getByRole("heading", { name: email }) });
  }

  /** The flags shown on a client's card, as text. */
  async flags(email: string): Promise<string[]> {
    await this.card(email).waitFor();
    return this.card(email).getByRole("list", { name: "Flags" }).getByRole("listitem").allTextContents();
  }

  /** Opens a client's page from the list. */
  async open(email: string): Promise<void> {
    await this.card(email).getByRole("link", { name: email }).click();
    await this.page.getByRole("heading", { level: 1, name: email }).waitFor();
  }

  /** From a client's page: opens their Progress page (read only) and returns to the client. */
  async openProgress(): Promise<Locator> {
    await this.page.getByRole("link", { name: "Progress, as the client sees it" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Client's progress" }).waitFor();
    return this.page.locator("main");
  }

  /** On a client's page: comments on the plan week shown. */
  async commentOnWeek(text: string): Promise<void> {
    const field = this.page.getByLabel(/^Comment on week \d+$/);
    await field.fill(text);
    await this.page
      .locator(".comment-thread")
      .filter({ has: field })
      .getByRole("button", { name: "Post comment" })
      .click();
  }

  /** A comment shown on the client's page. */
  comment(text: string): Locator {
    return this.page.locator(".comments li").filter({ hasText: text });
  }

  /** On a client's page (with plan consent): swaps the first offered exercise; the chosen id. */
  async swapFirstExercise(): Promise<string> {
    const form = this.page.locator(".trainer-swap").first();
    await form.waitFor();
    const select = form.getByRole("combobox");
    const to = await select.locator("option").nth(1).getAttribute("value");
    if (!to) throw new Error("no swap offered");
    await select.selectOption(to);
    await form.getByRole("button", { name: "Swap" }).click();
    return to;
  }

  /** An entry of "Changes made by a trainer" on the client's page. */
  auditEntry(text: RegExp): Locator {
    return this.page.locator(".audit li").filter({ hasText: text });
  }

  /** The page a trainer sees for a client who is no longer theirs. */
  notFound(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "Client not found" });
  }
}
