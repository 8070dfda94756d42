import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { PlanPage } from "./pages/plan-page.js";

const e2e = useBrowser();

interface ServerPlan {
  startDate: string;
  program: { weeks: { sessions: { day: string; kind: string; title: string }[] }[] };
  swaps: Record<string, string>;
}

/** RFC 5545 §3.1: undo line folding before reading values. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("plan", () => {
  it("shows the week, swaps an exercise for one of its family, keeps the swap, and exports it", async () => {
    await seedUser(e2e.context); // trains Mon, Wed, Fri
    const plan = new PlanPage(e2e.page);
    await plan.goto();
    expect(await plan.day("mon").getAttribute("data-kind")).not.toBe("rest");
    expect(await plan.day("tue").count()).toBe(1);
    // The first visit made the server's current plan, starting this week; the page shows it.
    const server = (await (await e2e.context.request.get("/api/users/me/plan")).json()) as ServerPlan;
    expect(Date.parse(server.startDate)).toBeLessThanOrEqual(Date.now());
    expect(await plan.day("mon").locator(".day__title").textContent()).toBe(
      server.program.weeks[0]?.sessions.find((x) => x.day === "mon")?.title,
    );
    // The posture and low-back routine is offered every day, rest days too, and opens its timer.
    for (const d of ["mon", "tue"]) {
      const routine = plan.daily(d).getByRole("link", { name: /^Play the routine/ });
      expect(await routine.getAttribute("href")).toBe("/timer/posture-low-back");
    }
    expect(await plan.day("tue").getAttribute("data-kind")).toBe("rest");
    const mon = await plan.openDetails("mon");
    const before = await plan.exerciseIds("mon");
    expect(before.length).toBeGreaterThan(0);

    const { original, replacement } = await plan.swapFirstPossible("mon");
    await e2e.page.getByRole("status").filter({ hasText: "swapped" }).waitFor();
    const names = await mon.locator(".item__name").allTextContents();
    expect(names).toContain(replacement);
    expect(names).not.toContain(original);

    // The swap is kept with the server's plan: the server applies it to its own .ics too.
    const swapped = (await (await e2e.context.request.get("/api/users/me/plan")).json()) as ServerPlan;
    expect(Object.keys(swapped.swaps)).toHaveLength(1);
    const serverIcs = unfold(await (await e2e.context.request.get("/api/users/me/plan/calendar.ics")).text());
    expect(serverIcs).toContain(replacement.replace(/,/g, "\\,"));

    // It survives a reload even without this browser's storage (another device sees it too).
    await e2e.page.evaluate(() => localStorage.clear());
    await plan.goto();
    await plan.openDetails("mon");
    expect(await plan.session("mon").locator(".item__name").allTextContents()).toContain(replacement);

    const download = await plan.downloadIcs();
    expect(download.suggestedFilename()).toMatch(/^leanback-plan-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = unfold(readFileSync(await download.path(), "utf8"));
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.split("BEGIN:VEVENT").length - 1).toBeGreaterThanOrEqual(12 * 3);
    expect(ics).toContain(replacement.replace(/,/g, "\\,"));
    // Online the file is the server's calendar: the subscription feed's UIDs, not new ones.
    const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids(ics)).toHaveLength(ics.split("BEGIN:VEVENT").length - 1);
    expect(uids(ics)).toEqual(uids(serverIcs));
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it("on a wide screen shows seven columns and a day's details in a panel under the week", async () => {
    await seedUser(e2e.context);
    await e2e.page.setViewportSize({ width: 1280, height: 800 });
    const plan = new PlanPage(e2e.page);
    await plan.goto();
    const tops = await Promise.all(
      ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map(
        async (d) => (await plan.day(d).boundingBox())?.y,
      ),
    );
    expect(new Set(tops).size).toBe(1); // one row: weekday columns
    const wed = await plan.openDetails("wed");
    expect(await plan.day("wed").getByTestId("session-wed").count()).toBe(0);
    expect(await wed.locator(".item__name").count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);

    // The day links to the same session in the workout player.
    const title = (await plan.day("wed").locator(".day__title").textContent()) ?? "";
    const link = plan.day("wed").getByRole("link", { name: /^(Start|Open in player)/ });
    expect(await link.getAttribute("href")).toMatch(/^\/player\/w\d+-wed$/);
    await link.click();
    await e2e.page.getByRole("heading", { level: 1, name: title }).waitFor();
  });

  it("regenerates with a new training day", async () => {
    await seedUser(e2e.context);
    const plan = new PlanPage(e2e.page);
    await plan.goto();
    expect(await plan.day("sat").getAttribute("data-kind")).toBe("rest");
    await plan.regenerate({ addDays: ["Saturday"] });
    expect(await plan.day("sat").getAttribute("data-kind")).not.toBe("rest");
    const profile = await e2e.context.request.get("/api/users/me/profile");
    expect(((await profile.json()) as { schedule: { days: string[] } }).schedule.days).toContain("sat");
    // The server's current plan was regenerated: same start, Saturday now trains.
    const current = (await (await e2e.context.request.get("/api/users/me/plan")).json()) as ServerPlan;
    expect(current.program.weeks[0]?.sessions.find((x) => x.day === "sat")?.kind).not.toBe("rest");
  });
});
