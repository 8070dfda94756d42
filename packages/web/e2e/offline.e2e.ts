import { describe, expect, inject, it } from "vitest";
import { serverWeighIns } from "./harness/api.js";
import { MOBILE, useBrowser } from "./harness/browser.js";
import { serviceWorkerInControl } from "./harness/service-worker.js";
import { startServer } from "./harness/server.js";
import { seedUser } from "./harness/users.js";
import { SettingsPage } from "./pages/settings-page.js";
import { TodayPage } from "./pages/today-page.js";

const e2e = useBrowser();

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe("offline", () => {
  it("a weigh-in made offline is queued, then stored exactly once when back online", async () => {
    // Yesterday's weigh-in from sign-up, so today's is a new row (one weigh-in per day).
    await seedUser(e2e.context, { date: isoDay(-1), weightKg: 92 });
    const today = new TodayPage(e2e.page);
    await today.goto();
    expect(await today.todaysWeight().textContent()).toBe("Not weighed in today yet.");

    await e2e.context.setOffline(true);
    await today.weighIn("91.4");
    await today.status("it will sync when you are back online").waitFor();
    expect(await today.queued().allTextContents()).toEqual([
      `Weigh-in 91.4 kg on ${isoDay(0)} (waiting to sync)`,
    ]);
    await today.syncStatus().filter({ hasText: "1 waiting to sync" }).waitFor();
    expect((await serverWeighIns(e2e.context)).length).toBe(1);

    await e2e.context.setOffline(false);
    await today.todaysWeight().filter({ hasText: "Today: 91.4 kg" }).waitFor();
    await today.queued().first().waitFor({ state: "detached" });
    const rows = await serverWeighIns(e2e.context);
    expect(rows.filter((w) => w.date === isoDay(0))).toEqual([
      expect.objectContaining({ weightKg: 91.4, clientId: expect.any(String) }),
    ]);
    expect(rows.length).toBe(2);
  });

  it("a replay whose answer was lost does not store the weigh-in twice", async () => {
    await seedUser(e2e.context, { date: isoDay(-1), weightKg: 92 });
    const today = new TodayPage(e2e.page);
    await today.goto();
    await e2e.context.setOffline(true);
    await today.weighIn("90.8");
    await today.status("it will sync when you are back online").waitFor();

    // The first replay reaches the server, but its answer is lost on the way back.
    let lost = 0;
    await e2e.page.route("**/api/users/me/weigh-ins", async (route) => {
      if (route.request().method() === "POST" && lost === 0) {
        lost += 1;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    await e2e.context.setOffline(false);
    await expect.poll(() => lost).toBe(1);
    // Still queued: the app never saw an answer. Next connectivity change replays it.
    expect(await today.queued().count()).toBe(1);
    expect((await serverWeighIns(e2e.context)).filter((w) => w.date === isoDay(0)).length).toBe(1);
    await e2e.context.setOffline(true);
    await e2e.context.setOffline(false);
    await today.todaysWeight().filter({ hasText: "Today: 90.8 kg" }).waitFor();
    await today.queued().first().waitFor({ state: "detached" });
    const mine = (await serverWeighIns(e2e.context)).filter((w) => w.date === isoDay(0));
    expect(mine.length).toBe(1);
    expect(mine[0]?.weightKg).toBe(90.8);
  });

  it("a queued weigh-in the server refuses is reported, not lost silently", async () => {
    await seedUser(e2e.context, { date: isoDay(-1), weightKg: 92 });
    const today = new TodayPage(e2e.page);
    await today.goto();
    await e2e.context.setOffline(true);
    await today.weighIn("20");
    await today.status("it will sync when you are back online").waitFor();
    await e2e.context.setOffline(false);
    const notice = e2e.page.getByRole("alert").filter({ hasText: "A change made offline was not saved" });
    await notice.waitFor();
    expect(await notice.getByRole("listitem").allTextContents()).toEqual([
      `Weigh-in 20.0 kg on ${isoDay(0)}: weight must be 25–400 kg`,
    ]);
    await today.queued().first().waitFor({ state: "detached" });
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
    expect((await serverWeighIns(e2e.context)).length).toBe(1);
  });

  it("the app shell and Today open when the server is unreachable, after one online visit", async () => {
    // A server of its own, so it can be stopped. (Chromium's offline emulation and Playwright's
    // request routing both bypass the service worker for navigations, so neither can show this.)
    const own = await startServer(inject("distDir"));
    const context = await e2e.browser.newContext({ ...MOBILE, baseURL: own.url });
    try {
      const page = await context.newPage();
      await seedUser(context);
      const today = new TodayPage(page);
      await today.goto();
      await serviceWorkerInControl(page);
      await own.stop();
      await new SettingsPage(page).goto();
      await page.getByRole("navigation", { name: "Main" }).waitFor();
      // Reads fall back to the service worker's last copy of each API answer.
      await page.getByRole("link", { name: "Today" }).click();
      await today.ready();
      // A weigh-in made now waits in the outbox.
      await today.weighIn("88.8");
      await today.status("it will sync when you are back online").waitFor();
    } catch (e) {
      await context.pages()[0]?.screenshot({ path: "test-results/offline-shell.png", fullPage: true });
      throw e;
    } finally {
      await context.close();
      await own.stop();
    }
  });
});
