import type { Page } from "playwright-core";

export interface OnboardingAnswers {
  readonly units?: "Metric (kg, cm)" | "Imperial (lb, ft/in)";
  readonly sex: "Female" | "Male";
  readonly birthDate: string;
  /** cm, or feet with `heightInches` for imperial. */
  readonly height: string;
  readonly heightInches?: string;
  readonly weight: string;
  readonly tape?: { waist: string; neck: string; hip?: string };
  /** Today's body fat %, typed in (instead of a tape estimate). */
  readonly bodyFat?: string;
  /** A goal weight, or a body-fat goal % (`goalBodyFat`, which needs today's body fat). */
  readonly goalWeight?: string;
  readonly goalBodyFat?: string;
  /** Runs on the goal step once it is filled in, before moving on (to check what it shows). */
  readonly onGoalStep?: () => Promise<void>;
  /** A goal date (YYYY-MM-DD) instead of the default weekly rate. */
  readonly goalDate?: string;
  readonly days?: readonly string[];
  readonly equipment?: readonly string[];
  readonly pullups?: string;
}

/** The first-run wizard and its closing plan summary. */
export class OnboardingPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { name: "Set up your plan" });
  }

  async next(): Promise<void> {
    await this.page.getByRole("button", { name: "Next" }).click();
  }

  async stepTitle(name: string): Promise<void> {
    await this.page.getByRole("heading", { level: 2, name }).waitFor();
  }

  /** Walks all five steps with `a` and presses "Build my plan". */
  async complete(a: OnboardingAnswers): Promise<void> {
    const p = this.page;
    await this.stepTitle("About you");
    if (a.units) await p.getByLabel(a.units).check();
    await p.getByRole("radio", { name: a.sex, exact: true }).check();
    await p.getByLabel("Birth date").fill(a.birthDate);
    await this.next();
    await this.stepTitle("Your body");
    if (a.heightInches !== undefined) {
      await p.getByLabel("Height (feet)").fill(a.height);
      await p.getByLabel("Height (inches)").fill(a.heightInches);
    } else {
      await p.getByLabel("Height", { exact: true }).fill(a.height);
    }
    await p.getByLabel("Weight today").fill(a.weight);
    if (a.tape) {
      await p.getByLabel("Estimate it from a tape measure").check();
      await p.getByLabel("Waist (at the navel)").fill(a.tape.waist);
      await p.getByLabel("Neck (below the larynx)").fill(a.tape.neck);
      if (a.tape.hip) await p.getByLabel("Hip (widest point)").fill(a.tape.hip);
    }
    if (a.bodyFat !== undefined) {
      await p.getByLabel("I know my body fat %").check();
      await p.getByLabel("Body fat", { exact: true }).fill(a.bodyFat);
    }
    await this.next();
    await this.stepTitle("Activity");
    await this.next();
    await this.stepTitle("Your goal");
    if (a.goalBodyFat !== undefined) {
      await p.getByLabel("A body-fat percentage").check();
      await p.getByLabel("Goal body fat").fill(a.goalBodyFat);
    } else {
      await p.getByLabel("Goal weight").fill(a.goalWeight ?? "");
    }
    if (a.onGoalStep) await a.onGoalStep();
    if (a.goalDate) {
      await p.getByLabel("A goal date").check();
      await p.getByLabel("Goal date", { exact: true }).fill(a.goalDate);
    }
    await this.next();
    await this.stepTitle("Training");
    for (const e of a.equipment ?? []) await p.getByLabel(e, { exact: true }).check();
    if (a.days) {
      for (const d of ["Monday", "Wednesday", "Friday"]) await p.getByLabel(d).uncheck();
      for (const d of a.days) await p.getByLabel(d).check();
    }
    if (a.pullups !== undefined) await p.getByLabel("How many strict pull-ups can you do?").fill(a.pullups);
    await p.getByRole("button", { name: "Build my plan" }).click();
  }

  navyEstimate() {
    return this.page.getByTestId("navy-estimate");
  }

  /** The weight a body-fat goal comes to, shown on the goal step. */
  bodyFatGoalWeight() {
    return this.page.getByTestId("body-fat-goal-weight");
  }

  /** "about N g protein a meal — e.g. …" on the plan summary. */
  proteinPerMeal() {
    return this.summary().getByTestId("protein-per-meal");
  }

  summary() {
    return this.page.getByTestId("plan-summary");
  }

  dailyTarget() {
    return this.page.getByTestId("daily-target");
  }

  weekSessions() {
    return this.page.getByTestId("week-sessions").getByRole("listitem");
  }

  goalDate() {
    return this.page.getByTestId("goal-date");
  }

  fieldError(label: string) {
    return this.page
      .locator(".field", { has: this.page.getByLabel(label, { exact: true }) })
      .getByRole("alert");
  }
}
