import { readFileSync } from "node:fs";
import { request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { SettingsPage } from "./pages/settings-page.js";

const e2e = useBrowser({ acceptDownloads: true });

describe("CSV downloads and the calendar link in Settings", () => {
  it("downloads the weigh-ins and workouts as CSV files with the promised columns", async () => {
    await seedUser(e2e.context, { weightKg: 88.2, date: "2026-11-19" });
    const w = await e2e.context.request.post("/api/users/me/workouts", {
      data: {
        date: "2026-11-19",
        title: "=Back day",
        sets: [{ exerciseId: "row-dumbbell-one-arm", reps: 12, loadKg: 8, loadType: "external" }],
        cardio: [],
      },
    });
    expect(w.status()).toBe(201);
    const settings = new SettingsPage(e2e.page);
    await settings.goto();

    const weighIns = await settings.downloadCsv("Download weigh-ins (CSV)");
    expect(weighIns.suggestedFilename()).toBe("leanback-weigh-ins.csv");
    const bytes = readFileSync(await weighIns.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheets
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("Date,Time,Weight (kg),Note");
    expect(lines[1]).toMatch(/^2026-11-19,(\d{2}:\d{2}:\d{2})?,88\.2,$/);
    await settings.status("leanback-weigh-ins.csv downloaded.").waitFor();

    const workouts = await settings.downloadCsv("Download workouts (CSV, Strong layout)");
    const text = readFileSync(await workouts.path(), "utf8").split("\r\n");
    expect(text[0]).toBe(
      "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
    );
    // The title starting with "=" arrives as text, not as a formula.
    expect(text[1]).toMatch(/^2026-11-19 00:00:00,'=Back day,,[^,]+,1,8,12,0,0,,,$/);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it("makes a calendar link that works without signing in, and ends it", async () => {
    await seedUser(e2e.context);
    expect((await e2e.context.request.post("/api/users/me/plan", { data: { weeks: 2 } })).status()).toBe(201);
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    const link = await settings.makeCalendarLink("30 minutes before");
    expect(link).toMatch(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\/leanback\.ics\?time=07%3A00&alarm=30$/);
    expect(
      await e2e.page.getByRole("link", { name: "Open in your calendar app" }).getAttribute("href"),
    ).toMatch(/^webcal:\/\//);
    // A calendar app: no cookie.
    const anonymous = await request.newContext();
    try {
      const feed = await anonymous.get(link);
      expect(feed.status()).toBe(200);
      const ics = await feed.text();
      expect(ics).toContain("BEGIN:VALARM");
      expect(ics).toMatch(/X-WR-CALNAME:leanback — .+'s training/);
      await settings.endCalendarLink();
      expect((await anonymous.get(link)).status()).toBe(404);
    } finally {
      await anonymous.dispose();
    }
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });
});
