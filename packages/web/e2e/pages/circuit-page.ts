import type { Page } from "playwright-core";

/** The circuit step of the workout player: one station at a time, rest only between rounds. */
export class CircuitModel {
  constructor(private readonly page: Page) {}

  /** From the player's first step, presses Next until the circuit step is shown. */
  async open(): Promise<void> {
    const heading = this.page.getByRole("heading", { level: 2, name: "Circuit", exact: true });
    for (let i = 0; i < 10 && (await heading.count()) === 0; i++)
      await this.page.getByRole("button", { name: "Next", exact: true }).click();
    await heading.waitFor();
  }

  /** "Round 1 of 2 · exercise 2 of 4". */
  async position(): Promise<string> {
    return ((await this.page.getByTestId("circuit-position").textContent()) ?? "").trim();
  }

  async station(): Promise<string> {
    return ((await this.page.getByTestId("circuit-station").textContent()) ?? "").trim();
  }

  /** Logs the current station's set and waits until the circuit has moved on. */
  async logStation(reps: number, loadKg?: number): Promise<void> {
    const before = await this.position();
    const form = this.page.getByRole("form", { name: /^Log set/ });
    await form.getByLabel("Reps").fill(String(reps));
    if (loadKg !== undefined) await form.getByLabel("Load").fill(String(loadKg));
    await form.getByRole("button", { name: /^Log set/ }).click();
    await this.page.waitForFunction(
      (b) => document.querySelector('[data-testid="circuit-position"]')?.textContent?.trim() !== b,
      before,
    );
  }

  roundRest() {
    return this.page.getByRole("region", { name: "Rest between rounds" });
  }

  /** Any rest timer between sets of one exercise (a circuit never shows one). */
  setRest() {
    return this.page.getByRole("region", { name: "Rest timer" });
  }
}
