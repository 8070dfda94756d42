import type { Page } from "playwright-core";

/** Settings › Your data › Import from MyFitnessPal, Strong or Hevy. */
export class AppImportPanel {
  constructor(private readonly page: Page) {}

  /** Fills the form; `check` presses "Check file" (nothing written) instead of importing. */
  async importFile(
    path: string,
    opts: {
      app?: "Tell from the file" | "MyFitnessPal" | "Strong" | "Hevy";
      unit?: "kg" | "lb";
      skipBadRows?: boolean;
      check?: boolean;
    } = {},
  ): Promise<void> {
    await this.page.getByLabel("Exported file").setInputFiles(path);
    await this.page
      .getByLabel("App", { exact: true })
      .selectOption({ label: opts.app ?? "Tell from the file" });
    await this.page
      .getByLabel("Weights in the file")
      .selectOption({ label: opts.unit ?? "As the file says" });
    const skip = this.page.getByLabel(/^Skip bad rows/);
    if (opts.skipBadRows === true) await skip.check();
    else await skip.uncheck();
    const button = opts.check === true ? "Check file" : "Import from app";
    await this.page.getByRole("button", { name: button }).click();
  }

  /** After a check: picks the catalogue exercise for a name the file uses. */
  async chooseExercise(name: string, exercise: string): Promise<void> {
    await this.page.getByLabel(`Exercise for ${name}`).selectOption({ label: exercise });
  }

  /** Presses "Import from app" with the form as it is. */
  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Import from app" }).click();
  }

  /** The report under the form (after an import or a refusal). */
  report() {
    return this.page.getByTestId("import-report");
  }

  problems() {
    return this.page.getByTestId("import-problems").getByRole("listitem");
  }

  unmatched() {
    return this.page.getByTestId("import-unmatched").getByRole("listitem");
  }

  error() {
    return this.page.getByRole("alert");
  }
}
