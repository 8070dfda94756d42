import type { Page } from "playwright-core";

/** The edit page of a saved workout (/workouts/<id>). */
export class WorkoutEditModel {
  constructor(private readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/workouts/${id}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.page.getByRole("heading", { level: 1, name: "Edit workout" }).waitFor();
    await this.page
      .getByTestId("edit-sets")
      .or(this.page.getByRole("group", { name: "Cardio" }))
      .first()
      .waitFor();
  }

  /** Fills a field of set n (1-based): "Reps", "Load", "Assistance", "Seconds". */
  async setField(n: number, label: string, value: string): Promise<void> {
    await this.page.getByLabel(`${label}, set ${n}`, { exact: true }).fill(value);
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save changes" }).click();
    await this.page.getByText(/^Workout saved\./).waitFor();
  }

  async delete(): Promise<void> {
    await this.page.getByRole("button", { name: "Delete workout" }).click();
    await this.page.getByRole("button", { name: "Yes, delete the workout" }).click();
  }
}
