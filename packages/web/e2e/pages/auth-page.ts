import type { Page } from "playwright-core";

/** The sign-up and sign-in screens. */
export class AuthPage {
  constructor(private readonly page: Page) {}

  async gotoSignUp(): Promise<void> {
    await this.page.goto("/signup");
    await this.page.getByRole("heading", { name: "Create your account" }).waitFor();
  }

  async gotoLogin(): Promise<void> {
    await this.page.goto("/login");
    await this.page.getByRole("heading", { name: "Sign in" }).waitFor();
  }

  async fill(email: string, password: string): Promise<void> {
    await this.page.getByLabel("E-mail").fill(email);
    await this.page.getByLabel("Password").fill(password);
  }

  async signUp(email: string, password: string): Promise<void> {
    await this.fill(email, password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  async login(email: string, password: string): Promise<void> {
    await this.fill(email, password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** The message shown next to a field (its role=alert paragraph). */
  fieldError(label: string) {
    return this.page.locator(".field", { has: this.page.getByLabel(label) }).getByRole("alert");
  }
}
