import type { Page } from "playwright-core";

/** The workout player (/player/today, /player/exercise/<id>). */
export class PlayerModel {
  constructor(private readonly page: Page) {}

  async gotoExercise(exerciseId: string, heading: string): Promise<void> {
    await this.page.goto(`/player/exercise/${exerciseId}`);
    await this.page.getByRole("heading", { level: 1, name: heading }).waitFor();
  }

  /** A planned session: "today" or "w<week>-<day>". */
  async gotoSession(id: string): Promise<void> {
    await this.page.goto(`/player/${id}`);
    await this.page.getByTestId("step-counter").waitFor();
  }

  /**
   * Fills the set form (reps and, where the exercise has one, the weight field; the effort when
   * given) and logs it.
   */
  async logSet(reps: number, weight?: { label: string; value: number }, rpe?: number): Promise<void> {
    const before = await this.page.getByTestId("logged-sets").getByRole("listitem").count();
    const form = this.page.getByRole("form", { name: /^Log set/ });
    await form.getByLabel("Reps").fill(String(reps));
    if (weight) await form.getByLabel(weight.label).fill(String(weight.value));
    if (rpe !== undefined) await form.getByLabel(/^Effort, RPE/).fill(String(rpe));
    await form.getByRole("button", { name: /^Log (set|an extra set)/ }).click();
    // Logged once the list shows one more set.
    await this.page.getByTestId("logged-sets").getByRole("listitem").nth(before).waitFor();
  }

  /** The logged sets as shown ("8 reps, 25 kg assistance"). */
  async loggedSets(): Promise<string[]> {
    return (await this.page.getByTestId("logged-sets").getByRole("listitem").allTextContents()).map((t) =>
      t.trim(),
    );
  }

  restTimer() {
    return this.page.getByRole("region", { name: "Rest timer" });
  }

  nextUp() {
    return this.page.getByTestId("player-next");
  }

  async finish(): Promise<void> {
    await this.page.getByRole("button", { name: "Finish and save workout" }).click();
    await this.page.getByRole("heading", { name: "Workout saved" }).waitFor();
  }

  async records(): Promise<string[]> {
    return (await this.page.getByTestId("records").getByRole("listitem").allTextContents()).map((t) =>
      t.trim(),
    );
  }
}
