import type { Page } from "playwright-core";

/** The interval timer (/timer/<pattern>, also embedded in the workout player). */
export class TimerModel {
  constructor(private readonly page: Page) {}

  async goto(pattern: string, heading: string): Promise<void> {
    await this.page.goto(`/timer/${pattern}`);
    await this.page.getByRole("heading", { level: 1, name: heading }).waitFor();
  }

  button(name: "Start" | "Pause" | "Resume" | "Back" | "Skip" | "Reset" | "Start again") {
    return this.page.getByRole("button", { name, exact: true });
  }

  private async text(testId: string): Promise<string> {
    const t = await this.page.getByTestId(testId).textContent();
    return (t ?? "").trim();
  }

  /** "Work", "Rest", "Get ready", "Done", … */
  kind(): Promise<string> {
    return this.text("timer-kind");
  }

  /** Time left in the segment, "m:ss". */
  remaining(): Promise<string> {
    return this.text("timer-remaining");
  }

  /** "Round 2 of 3", or "" when the segment has no round. */
  async round(): Promise<string> {
    const r = this.page.getByTestId("timer-round");
    return (await r.count()) === 0 ? "" : ((await r.textContent()) ?? "").trim();
  }

  nextUp(): Promise<string> {
    return this.text("timer-next");
  }

  /**
   * Waits until kind, round and remaining time all show `expected`. Polls from the test side:
   * the page's own timers and requestAnimationFrame are frozen by page.clock.
   */
  async waitFor(
    expected: { kind: string; round: string; remaining: string },
    timeoutMs = 5000,
  ): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    let seen = await this.snapshot();
    while (
      seen.kind !== expected.kind ||
      seen.round !== expected.round ||
      seen.remaining !== expected.remaining
    ) {
      if (performance.now() > deadline)
        throw new Error(`timer shows ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
      await new Promise((r) => setTimeout(r, 50));
      seen = await this.snapshot();
    }
  }

  async snapshot(): Promise<{ kind: string; round: string; remaining: string }> {
    return { kind: await this.kind(), round: await this.round(), remaining: await this.remaining() };
  }
}
