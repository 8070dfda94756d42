import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { IntervalBuilderModel } from "./pages/interval-builder-page.js";
import { TimerModel } from "./pages/player-timer-page.js";

const e2e = useBrowser();
const T0 = new Date("2026-11-20T10:00:00Z").getTime();

interface Saved {
  id: string;
  name: string;
  workSeconds: number;
  restSeconds: number;
  rounds: number;
  cooldownSeconds: number;
  totalSeconds: number;
}

describe("own interval timers", () => {
  it("builds a timer from the navigation, saves it to the account, plays its phases with the lock-screen track", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    await page.clock.install({ time: T0 });
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timers" }).click();
    await page.getByRole("heading", { level: 1, name: "Interval timers" }).waitFor();
    await page.getByRole("link", { name: "Build your own" }).click();
    await page.getByRole("heading", { level: 1, name: "Build an interval timer" }).waitFor();

    const builder = new IntervalBuilderModel(page);
    await builder.fill({
      Name: "Bag 20/10",
      Work: "20",
      Rest: "10",
      Rounds: "3",
      "Warm-up": "0",
      "Cool-down": "0:30",
    });
    // 10 s get ready + 3 × 20 s + 2 × 10 s (no rest after the last round) + 30 s = 2:00.
    expect(await builder.preview().textContent()).toBe(
      "20 s work / 10 s rest × 3, 30 s cool-down: 2:00 in all, with 10 s to get ready.",
    );
    // A wrong field is named and nothing is saved.
    await builder.fill({ Rounds: "0" });
    await builder.save();
    await page.getByText("Rounds must be a whole number from 1 to 100.").waitFor();
    await builder.fill({ Rounds: "3" });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await builder.save();
    await page.getByRole("heading", { level: 1, name: "Bag 20/10" }).waitFor();

    // Saved to the account (any device of the user's lists it).
    const listed = (await (await context.request.get("/api/users/me/intervals")).json()) as {
      intervals: Saved[];
    };
    expect(
      listed.intervals.map((i) => [
        i.name,
        i.workSeconds,
        i.restSeconds,
        i.rounds,
        i.cooldownSeconds,
        i.totalSeconds,
      ]),
    ).toEqual([["Bag 20/10", 20, 10, 3, 30, 120]]);
    expect(page.url()).toContain(`/timer/custom/${listed.intervals[0]?.id}`);

    // Plays in the timer player: get ready, work/rest rounds, cool-down.
    await page.getByLabel("Beeps with the screen locked (audio track)").check();
    const timer = new TimerModel(page);
    const start = T0 + 60_000;
    await page.clock.pauseAt(start);
    await timer.button("Start").click();
    await timer.waitFor({ kind: "Get ready", round: "", remaining: "0:10" });
    // The track for the locked screen is the timer's length (+1 s tail) and plays with it.
    const track = page.locator('audio[data-testid="cue-track"]');
    await track.waitFor({ state: "attached" });
    await expect
      .poll(() => track.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 5000 })
      .toBeCloseTo(121, 1);
    await page.clock.runFor(11_500);
    await timer.waitFor({ kind: "Work", round: "Round 1 of 3", remaining: "0:19" });
    await expect.poll(() => track.evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
    expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe("playing");
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.metadata?.title ?? "")).toBe("Work");
    expect(await page.evaluate(() => navigator.mediaSession.metadata?.artist ?? "")).toBe("Round 1 of 3");
    await page.clock.runFor(20_000);
    await timer.waitFor({ kind: "Rest", round: "Round 1 of 3", remaining: "0:09" });
    await page.clock.runFor(10_000);
    await timer.waitFor({ kind: "Work", round: "Round 2 of 3", remaining: "0:19" });
    await page.clock.runFor(50_000); // round 2 rest and round 3 work: 1.5 s into the cool-down
    await timer.waitFor({ kind: "Cool-down", round: "", remaining: "0:29" });
    // Pausing the timer pauses the track.
    await timer.button("Pause").click();
    // Effects run on animation frames, which the paused page clock holds: let a second pass.
    await page.clock.runFor(1000);
    await timer.waitFor({ kind: "Cool-down", round: "", remaining: "0:29" });
    await expect.poll(() => track.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
    expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe("paused");
  });

  it("edits and deletes a saved timer", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const made = await context.request.post("/api/users/me/intervals", {
      data: { name: "Tabata", workSeconds: 20, restSeconds: 10, rounds: 8 },
    });
    expect(made.status()).toBe(201);
    const { id } = (await made.json()) as Saved;
    await page.goto("/timer");
    await page.getByTestId("own-timers").getByRole("link", { name: "Tabata" }).click();
    await page.getByRole("heading", { level: 1, name: "Tabata" }).waitFor();
    expect(await page.getByTestId("timer-summary").textContent()).toBe("20 s work / 10 s rest × 8");
    await page.getByRole("link", { name: "Edit this timer" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit interval timer" }).waitFor();
    const builder = new IntervalBuilderModel(page);
    expect(await page.getByLabel("Rounds", { exact: true }).inputValue()).toBe("8");
    await builder.fill({ Rounds: "6", "Warm-up": "2:00" });
    await builder.save();
    await page.getByRole("heading", { level: 1, name: "Tabata" }).waitFor();
    await page.getByTestId("timer-summary").filter({ hasText: "× 6, 2:00 warm-up" }).waitFor();
    const stored = (await (await context.request.get(`/api/users/me/intervals/${id}`)).json()) as Saved;
    expect([stored.rounds, stored.totalSeconds]).toEqual([6, 10 + 120 + 6 * 20 + 5 * 10]);
    await page.getByRole("button", { name: "Delete timer" }).click();
    await page.getByRole("button", { name: "Yes, delete the timer" }).click();
    await page.getByRole("heading", { level: 1, name: "Interval timers" }).waitFor();
    expect((await context.request.get(`/api/users/me/intervals/${id}`)).status()).toBe(404);
  });
});
