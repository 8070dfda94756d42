import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness/browser.js";
import { SAMPLE_PROFILE, seedUser } from "./harness/users.js";
import { TodayPage } from "./pages/today-page.js";

const e2e = useBrowser();

function mondayWeeksAgo(weeks: number): string {
  const now = new Date();
  const sinceMonday = (now.getUTCDay() + 6) % 7;
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - sinceMonday - 7 * weeks),
  )
    .toISOString()
    .slice(0, 10);
}

describe("Today after onboarding", () => {
  it("lists the server plan's sessions for today (week 3 of a plan that began two Mondays ago), each with Start", async () => {
    await seedUser(e2e.context, {
      profile: {
        ...SAMPLE_PROFILE,
        schedule: { days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], minutes: 45 },
      },
    });
    const made = await e2e.context.request.post("/api/users/me/plan", {
      data: { startDate: mondayWeeksAgo(2), weeks: 4, seed: "e2e-today" },
    });
    expect(made.status()).toBe(201);
    const agenda = (await (await e2e.context.request.get("/api/users/me/plan/today")).json()) as {
      week: number;
      sessions: { title: string; minutes: number; items: unknown[] }[];
    };
    expect(agenda.week).toBe(3);
    const expected = agenda.sessions
      .filter((s) => s.items.length > 0)
      .map((s) => `${s.title}, ${s.minutes} min Start`);
    expect(expected.length).toBeGreaterThan(0);

    const today = new TodayPage(e2e.page);
    await today.goto();
    const items = e2e.page.getByTestId("today-sessions").getByRole("listitem");
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual(expected);
    const start = e2e.page.getByTestId("today-sessions").getByRole("link").first();
    expect(await start.getAttribute("href")).toBe("/player/today");
    // The daily posture and low-back routine, with its own timer.
    const routine = e2e.page.getByTestId("today-daily").getByRole("link", { name: /routine/ });
    expect(await routine.getAttribute("href")).toBe("/timer/posture-low-back");

    // Weighed in today (seedUser) and the session not played yet: it is the next action.
    const titles = agenda.sessions.filter((s) => s.items.length > 0).map((s) => s.title);
    const nextLabel = () => today.nextAction().textContent();
    expect(await nextLabel()).toBe(`Start: ${titles.join(" + ")}`);

    // A workout that is not the planned session (a timer, a walk) leaves it as the next action.
    const date = new Date().toISOString().slice(0, 10);
    const workout = (plannedRef: string | null) => ({
      data: {
        date,
        title: "Evening walk",
        plannedRef,
        sets: [],
        cardio: [{ modality: "walking", durationS: 1800 }],
      },
    });
    expect((await e2e.context.request.post("/api/users/me/workouts", workout(null))).status()).toBe(201);
    await today.goto();
    expect(await nextLabel()).toBe(`Start: ${titles.join(" + ")}`);

    // The player's workout (plannedRef <plan id>:w<week>-<day>) completes it; food is next.
    const plan = (await (await e2e.context.request.get("/api/users/me/plan")).json()) as {
      program: { id: string };
    };
    const day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][(new Date().getUTCDay() + 6) % 7];
    const played = workout(`${plan.program.id}:w${agenda.week}-${day}`);
    expect((await e2e.context.request.post("/api/users/me/workouts", played)).status()).toBe(201);
    await today.goto();
    expect(await nextLabel()).toBe("Log your first meal");
  });
});
