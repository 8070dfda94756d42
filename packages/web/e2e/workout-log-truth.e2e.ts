import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { SAMPLE_PROFILE, seedUser } from "./harness/users.js";
import { PlanPage } from "./pages/plan-page.js";
import { PlayerModel } from "./pages/player-page.js";
import { TodayPage } from "./pages/today-page.js";
import { WorkoutEditModel } from "./pages/workout-edit-page.js";

const e2e = useBrowser();
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

interface Stored {
  id: string;
  date: string;
  plannedRef: string | null;
  sets: { exerciseId: string; reps: number | null; loadKg: number | null }[];
}
type Records = { records: { exerciseId: string; kind: string; kg: number | null; workoutId: string }[] };

const todayIso = () => new Date().toISOString().slice(0, 10);
function thisMonday(): string {
  const now = new Date();
  const back = (now.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - back))
    .toISOString()
    .slice(0, 10);
}

/**
 * Logs something on the first step that takes a log, walking the steps: a timed step's form
 * (prefilled minutes or rounds) as is, a strength set with 8 in each of its fields.
 */
async function logFirstLoggable(page: Page): Promise<void> {
  for (;;) {
    const timed = page.getByRole("form", { name: /^Log (?!set )/ });
    const set = page.getByRole("form", { name: /^Log set / });
    if ((await timed.count()) > 0) {
      await timed.getByRole("button", { name: /^Log / }).click();
      await page.getByRole("status").filter({ hasText: "Logged." }).waitFor();
      return;
    }
    if ((await set.count()) > 0) {
      for (const box of await set.getByRole("textbox").all()) await box.fill("8");
      await set.getByRole("button", { name: /^Log / }).click();
      await page.getByTestId("logged-sets").getByRole("listitem").first().waitFor();
      return;
    }
    const next = page.getByRole("button", { name: "Next", exact: true });
    if ((await next.count()) === 0) throw new Error("no step of today's session takes a log");
    const before = await page.getByTestId("step-counter").textContent();
    await next.click();
    await page
      .getByTestId("step-counter")
      .filter({ hasNotText: before ?? "" })
      .waitFor();
  }
}

describe("the log is the truth", () => {
  it("a finished session shows done on Today and the Plan, and reopening it cannot save it twice", async () => {
    const { page, context } = e2e;
    await seedUser(context, {
      profile: { ...SAMPLE_PROFILE, schedule: { days: [...DAYS], minutes: 45 } },
    });
    const made = await context.request.post("/api/users/me/plan", {
      data: { startDate: thisMonday(), weeks: 4, seed: "e2e-log-truth" },
    });
    expect(made.status()).toBe(201);
    const today = new TodayPage(page);
    await today.goto();
    const items = page.getByTestId("today-sessions").getByRole("listitem");
    await items.first().waitFor();
    expect(
      await items
        .first()
        .getByRole("link", { name: /^Start / })
        .count(),
    ).toBe(1);

    const player = new PlayerModel(page);
    await player.gotoSession("today");
    await logFirstLoggable(page);
    // A second tab with the same session open (it shares the unsaved log and its client id).
    const other = await context.newPage();
    await new PlayerModel(other).gotoSession("today");
    await player.finish();
    // Saving from the stale tab too stores nothing new: the same client id is a replay.
    await other.getByRole("button", { name: "Finish and save workout" }).click();
    await other.getByRole("heading", { name: /^(Workout saved|Already saved)$/ }).waitFor();
    await other.close();
    const count = async () =>
      ((await (await context.request.get("/api/users/me/workouts")).json()) as { workouts: Stored[] })
        .workouts.length;
    expect(await count()).toBe(1);

    // Today: done, with the saved workout to open; no Start left, the next action moved on.
    await today.goto();
    await items.first().waitFor();
    expect(await items.first().getAttribute("data-done")).toBe("true");
    expect(
      await page
        .getByTestId("today-sessions")
        .getByRole("link", { name: /^Start / })
        .count(),
    ).toBe(0);
    expect(await today.nextAction().textContent()).not.toMatch(/^Start/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The Plan: today's card is done and opens the workout instead of the player.
    const plan = new PlanPage(page);
    await plan.goto();
    const day = DAYS[(new Date().getUTCDay() + 6) % 7] ?? "mon";
    await plan.day(day).and(page.locator('[data-done="true"]')).waitFor();
    expect(
      await plan
        .day(day)
        .getByRole("link", { name: /^View or edit the workout/ })
        .count(),
    ).toBe(1);

    // Reopening the player: the saved workout, not a fresh log to save again.
    await page.goto("/player/today");
    await page.getByTestId("session-done").waitFor();
    expect(await page.getByRole("button", { name: "Finish and save workout" }).count()).toBe(0);

    // And the API refuses a second save of the session (another device, a stale tab).
    const stored = (
      (await (await context.request.get("/api/users/me/workouts")).json()) as { workouts: Stored[] }
    ).workouts;
    expect(stored).toHaveLength(1);
    const first = stored[0];
    const again = await context.request.post("/api/users/me/workouts", {
      data: {
        date: todayIso(),
        title: "Again",
        plannedRef: first?.plannedRef,
        cardio: [{ modality: "walking", durationS: 600 }],
      },
    });
    expect(again.status()).toBe(409);
    expect(
      ((await (await context.request.get("/api/users/me/workouts")).json()) as { workouts: Stored[] })
        .workouts,
    ).toHaveLength(1);

    // Today's link opens the saved workout for editing.
    await today.goto();
    await page
      .getByRole("link", { name: /^View or edit / })
      .first()
      .click();
    await new WorkoutEditModel(page).ready();
    expect(page.url()).toContain(`/workouts/${first?.id}`);
  });

  it("a session saved meanwhile on another device: Finish says already saved and opens that workout", async () => {
    const { page, context } = e2e;
    await seedUser(context, {
      profile: { ...SAMPLE_PROFILE, schedule: { days: [...DAYS], minutes: 45 } },
    });
    const made = await context.request.post("/api/users/me/plan", {
      data: { startDate: thisMonday(), weeks: 4, seed: "e2e-log-truth-2" },
    });
    expect(made.status()).toBe(201);
    const player = new PlayerModel(page);
    await player.gotoSession("today");
    await logFirstLoggable(page);
    // Another device saves the same planned session first (its own client id).
    const plan = (await (await context.request.get("/api/users/me/plan")).json()) as {
      program: { id: string };
    };
    const agenda = (await (await context.request.get("/api/users/me/plan/today")).json()) as { week: number };
    const day = DAYS[(new Date().getUTCDay() + 6) % 7] ?? "mon";
    const elsewhere = await context.request.post("/api/users/me/workouts", {
      data: {
        date: todayIso(),
        title: "From the phone",
        plannedRef: `${plan.program.id}:w${agenda.week}-${day}`,
        clientId: "other-device-0001",
        cardio: [{ modality: "walking", durationS: 1800 }],
      },
    });
    expect(elsewhere.status()).toBe(201);
    const first = (await elsewhere.json()) as Stored;
    await page.getByRole("button", { name: "Finish and save workout" }).click();
    await page.getByRole("heading", { name: "Already saved" }).waitFor();
    await page.getByRole("link", { name: "View or edit the workout" }).click();
    await new WorkoutEditModel(page).ready();
    expect(page.url()).toContain(`/workouts/${first.id}`);
    expect(
      ((await (await context.request.get("/api/users/me/workouts")).json()) as { workouts: Stored[] })
        .workouts,
    ).toHaveLength(1);
  });

  it("editing a saved workout changes the record; deleting it removes the record", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const posted = await context.request.post("/api/users/me/workouts", {
      data: {
        date: todayIso(),
        title: "Rows",
        sets: [
          { exerciseId: "row-dumbbell-one-arm", reps: 5, loadKg: 10, loadType: "external" },
          { exerciseId: "row-dumbbell-one-arm", reps: 5, loadKg: 10, loadType: "external" },
        ],
      },
    });
    expect(posted.status()).toBe(201);
    const { id } = (await posted.json()) as Stored;
    const record = async () =>
      ((await (await context.request.get("/api/users/me/workouts/records")).json()) as Records).records.find(
        (r) => r.exerciseId === "row-dumbbell-one-arm" && r.kind === "e1rm",
      );
    // Epley B 1985: 1RM = w·(1 + reps/30).
    expect((await record())?.kg).toBeCloseTo(10 * (1 + 5 / 30), 9);

    // Progress lists the workout; it opens for editing.
    const edit = new WorkoutEditModel(page);
    await page.goto("/progress");
    await page.getByTestId("recent-workouts").getByRole("link", { name: "Rows" }).click();
    await edit.ready();
    expect(page.url()).toContain(`/workouts/${id}`);
    expect(await page.getByLabel("Load, set 1", { exact: true }).inputValue()).toBe("10");
    await edit.setField(2, "Load", "12");
    await edit.setField(2, "Reps", "6");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await edit.save();
    const stored = (await (await context.request.get(`/api/users/me/workouts/${id}`)).json()) as Stored;
    expect(stored.sets.map((s) => [s.reps, s.loadKg])).toEqual([
      [5, 10],
      [6, 12],
    ]);
    expect((await record())?.kg).toBeCloseTo(12 * (1 + 6 / 30), 9);
    await page.goto("/progress");
    await page.getByTestId("records").getByText("14.4 kg estimated 1RM").waitFor();

    // A typo in the form is named at its field; nothing is sent.
    await edit.goto(id);
    await edit.setField(1, "Reps", "five");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Reps must be a whole number from 0 to 500.").waitFor();

    await edit.delete();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    expect((await context.request.get(`/api/users/me/workouts/${id}`)).status()).toBe(404);
    expect(await record()).toBeUndefined();
  });
});
