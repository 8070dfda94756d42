import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { intervalPattern } from "@leanback/core/training/interval-templates";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./harness/browser.js";
import { seriousA11yViolations } from "./harness/axe.js";
import { seedUser } from "./harness/users.js";
import { TimerModel } from "./pages/player-timer-page.js";

const e2e = useBrowser();

// A fixed instant for the page clock; the timer reads only Date.now(), so the test drives it.
const T0 = new Date("2026-11-20T10:00:00Z").getTime();

describe("boxing 30/30 timer with a controlled clock", () => {
  it("changes segments work → rest → work with the round counter, and resumes after a reload", async () => {
    const { page } = e2e;
    await seedUser(e2e.context);
    await page.clock.install({ time: T0 });
    const timer = new TimerModel(page);
    await timer.goto("boxing-30-30", "Boxing / speed bag 30-30");
    // Freeze time a minute ahead so nothing moves unless the test says so.
    const start = T0 + 60_000;
    await page.clock.pauseAt(start);
    await timer.button("Start").click();
    await timer.waitFor({ kind: "Get ready", round: "", remaining: "0:10" });
    expect(await timer.nextUp()).toMatch(/^Next up: Punch as fast as you can/);

    await page.clock.runFor(11_500); // 1.5 s into round 1 (mid-second: the display is never read on a tick)
    await timer.waitFor({ kind: "Work", round: "Round 1 of 3", remaining: "0:29" });
    expect(await timer.nextUp()).toBe("Next up: Rest (0:30)");

    await page.clock.runFor(30_000); // 1.5 s into round 1's rest
    await timer.waitFor({ kind: "Rest", round: "Round 1 of 3", remaining: "0:29" });

    await page.clock.runFor(30_000); // 1.5 s into round 2
    await timer.waitFor({ kind: "Work", round: "Round 2 of 3", remaining: "0:29" });

    await page.clock.runFor(12_000); // 13.5 s into round 2, then the tab reloads
    await timer.waitFor({ kind: "Work", round: "Round 2 of 3", remaining: "0:17" });
    // The reloaded page needs its timers and animation frames to boot, so from here the clock
    // is pinned instead of paused: Date.now() stays where the test puts it, timers run.
    await page.clock.resume();
    await page.clock.setFixedTime(start + 83_500);
    await page.reload();
    await timer.waitFor({ kind: "Work", round: "Round 2 of 3", remaining: "0:17" });
    await page.clock.setFixedTime(start + 90_500);
    await timer.waitFor({ kind: "Work", round: "Round 2 of 3", remaining: "0:10" });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("pause holds the second; skip and back move between segments", async () => {
    const { page } = e2e;
    await seedUser(e2e.context);
    await page.clock.install({ time: T0 });
    const timer = new TimerModel(page);
    await timer.goto("boxing-30-30", "Boxing / speed bag 30-30");
    await page.clock.pauseAt(T0 + 60_000);
    await timer.button("Start").click();
    await page.clock.runFor(15_500); // 5.5 s into round 1
    await timer.waitFor({ kind: "Work", round: "Round 1 of 3", remaining: "0:25" });
    await timer.button("Pause").click();
    await page.clock.runFor(120_000);
    await timer.waitFor({ kind: "Work", round: "Round 1 of 3", remaining: "0:25" });
    await timer.button("Skip").click();
    await timer.waitFor({ kind: "Rest", round: "Round 1 of 3", remaining: "0:30" });
    await timer.button("Back").click(); // within 2 s of the rest's start: back to the work
    await timer.waitFor({ kind: "Work", round: "Round 1 of 3", remaining: "0:30" });
    await timer.button("Resume").click();
    await page.clock.runFor(31_500);
    await timer.waitFor({ kind: "Rest", round: "Round 1 of 3", remaining: "0:29" });
  });

  it("speaks each segment's opening once, and after a sleep skips the backlog", async () => {
    const { page } = e2e;
    await seedUser(e2e.context);
    // Record what the timer would say and vibrate (headless chromium has no voices).
    await page.addInitScript(() => {
      const w = window as unknown as { spoken: string[]; vibrations: number };
      w.spoken = [];
      w.vibrations = 0;
      Object.defineProperty(window, "speechSynthesis", {
        value: { cancel: () => undefined, speak: (u: SpeechSynthesisUtterance) => w.spoken.push(u.text) },
      });
      Object.defineProperty(navigator, "vibrate", { value: () => ((w.vibrations += 1), true) });
    });
    await page.clock.install({ time: T0 });
    const timer = new TimerModel(page);
    await timer.goto("boxing-30-30", "Boxing / speed bag 30-30");
    await page.clock.pauseAt(T0 + 60_000);
    await timer.button("Start").click();
    await page.clock.runFor(41_500); // through get-ready and round 1, into its rest
    await timer.waitFor({ kind: "Rest", round: "Round 1 of 3", remaining: "0:29" });
    const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    // Core's voice lines for get-ready, round 1 and its rest, each said once, in order.
    const boxing = buildTimeline(intervalPattern("boxing-30-30").spec);
    expect(await spoken()).toEqual(boxing.segments.slice(0, 3).map((seg) => seg.voice));
    expect(await page.evaluate(() => (window as unknown as { vibrations: number }).vibrations)).toBe(3);
    // The phone sleeps 100 s (no timers fire) and wakes in round 3: nothing it slept through is said.
    await page.clock.fastForward(100_000);
    await timer.waitFor({ kind: "Work", round: "Round 3 of 3", remaining: "0:19" });
    expect((await spoken()).slice(3)).toEqual([]);
  });
});
