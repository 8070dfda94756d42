import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { ProgressPage } from "./pages/progress-page.js";

const e2e = useBrowser();

const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe("progress", () => {
  it("weigh-ins over several days (API and the form) draw points, trend and the plan band", async () => {
    // seedUser logs today's weigh-in (92 kg); five earlier days go in through the API…
    await seedUser(e2e.context, { date: isoDaysAgo(0), weightKg: 92 });
    const earlier = [92.8, 92.6, 92.9, 92.3, 92.4];
    for (const [i, kg] of earlier.entries()) {
      const r = await e2e.context.request.post("/api/users/me/weigh-ins", {
        data: { date: isoDaysAgo(6 - i), weightKg: kg },
      });
      expect(r.status()).toBe(201);
    }
    const progress = new ProgressPage(e2e.page);
    await progress.goto();
    // …and yesterday's through the form.
    await progress.logWeight(isoDaysAgo(1), "92.1");

    const canvas = await progress.chartCanvas();
    expect(await canvas.count()).toBeGreaterThan(0);
    await progress.legendItem("logged").filter({ hasText: "Weigh-ins" }).waitFor();
    await expect.poll(() => progress.pointCount("logged")).toBe(7);
    // One trend value per calendar day from the first weigh-in to the last.
    expect(await progress.pointCount("trend")).toBe(7);
    // The plan runs from the first weigh-in to 4 weeks past today, one value a day.
    expect(await progress.pointCount("plan")).toBe(6 + 28 + 1);
    expect(await progress.legendItem("plan-high").textContent()).toMatch(/Plan range/);
    await progress.trendWeight().waitFor();
    expect(await progress.trendWeight().textContent()).toMatch(/^9\d\.\d kg$/);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it("the form names the problem when the weight cannot be read", async () => {
    await seedUser(e2e.context);
    const progress = new ProgressPage(e2e.page);
    await progress.goto();
    const form = progress.weightForm();
    await form.getByLabel("Weight").fill("heavy");
    await form.getByRole("button", { name: "Log weight" }).click();
    await form.getByRole("alert").waitFor();
    expect(await form.getByRole("alert").textContent()).toMatch(/weight must be a weight such as/);
  });

  it("tape measurements show the server's US Navy body-fat estimate and the waist-to-height ratio", async () => {
    await seedUser(e2e.context); // 180 cm man
    const progress = new ProgressPage(e2e.page);
    await progress.goto();
    await progress.addMeasurements({ Waist: "95", Neck: "40" });
    const r = await e2e.context.request.get("/api/users/me/measurements");
    const [m] = ((await r.json()) as { measurements: { navy: { bodyFatPct: number } | null }[] })
      .measurements;
    expect(m?.navy).not.toBeNull();
    const shown = `${m?.navy?.bodyFatPct.toFixed(1)} %`;
    await e2e.page.getByTestId("measurements-table").getByRole("cell", { name: shown }).waitFor();
    // 95 cm at 180 cm: 0.528, above the 0.5 line (a 90.0 cm waist), 5.0 cm to go.
    await e2e.page
      .getByTestId("measurements-table")
      .getByRole("cell", { name: "0.53", exact: true })
      .waitFor();
    expect(await e2e.page.getByTestId("whtr").textContent()).toMatch(
      /^Waist-to-height 0\.53: above the 0\.5 line\. Half your height is a waist of 90\.0 cm; 5\.0 cm to go\./,
    );
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it("eight weeks of log show expenditure as a range, the forecast's basis and its track record", async () => {
    await seedUser(e2e.context, { date: isoDaysAgo(0), weightKg: 89.2 });
    // A steady 0.05 kg/d loss on 2,200 kcal/d: expenditure ≈ 2,200 + 0.05·7,700 ≈ 2,590 kcal/d.
    for (let i = 56; i >= 1; i--) {
      const date = isoDaysAgo(i);
      const w = await e2e.context.request.post("/api/users/me/weigh-ins", {
        data: { date, weightKg: Number((92 - 0.05 * (56 - i)).toFixed(2)) },
      });
      expect(w.status()).toBe(201);
      const q = await e2e.context.request.post(`/api/users/me/diary/${date}/quick-add`, {
        data: { meal: "lunch", kcal: 2200 },
      });
      expect(q.ok()).toBe(true);
      const c = await e2e.context.request.put(`/api/users/me/diary/${date}/complete`, {
        data: { complete: true },
      });
      expect(c.ok()).toBe(true);
    }
    const progress = new ProgressPage(e2e.page);
    await progress.goto();
    const shown = e2e.page.getByTestId("expenditure-kcal");
    await expect
      .poll(async () => (await shown.textContent()) ?? "")
      .toMatch(/^2,\d{3} kcal\/d \(2,\d{3}–2,\d{3}\)$/);
    const e = (await (await e2e.context.request.get("/api/users/me/expenditure")).json()) as {
      low80Kcal: number;
      high80Kcal: number;
    };
    expect(await shown.textContent()).toContain(
      `${e.low80Kcal.toLocaleString("en-US")}–${e.high80Kcal.toLocaleString("en-US")}`,
    );
    await e2e.page.getByTestId("forecast-basis").filter({ hasText: "measured maintenance" }).waitFor();
    const track = e2e.page.getByTestId("track-record");
    await track.waitFor();
    expect(await track.textContent()).toMatch(
      /^4 weeks ago we forecast \d+\.\d–\d+\.\d kg for today; your weight is \d+\.\d kg, (inside|above|below) that range\.$/,
    );
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it("the weekly check-in proposes a target, explains it, and accepting makes it the target", async () => {
    await seedUser(e2e.context, { date: isoDaysAgo(1) });
    await e2e.page.goto("/checkin");
    await e2e.page.getByRole("heading", { level: 1, name: "Weekly check-in" }).waitFor();
    await e2e.page.getByRole("button", { name: "Run this week's check-in" }).click();
    const card = e2e.page.getByTestId("check-in");
    await card.waitFor();
    const proposed = Number((await e2e.page.getByTestId("proposed-kcal").textContent())?.replace(/\D/g, ""));
    expect(proposed).toBeGreaterThan(1000);
    expect((await e2e.page.getByTestId("check-in-explanation").textContent())?.length).toBeGreaterThan(20);
    await card.getByRole("button", { name: `Accept ${proposed} kcal/d` }).click();
    await card
      .getByRole("status")
      .filter({ hasText: `your target is now ${proposed} kcal/d` })
      .waitFor();
    const t = await e2e.context.request.get("/api/users/me/targets");
    expect(((await t.json()) as { targetKcal: number }).targetKcal).toBe(proposed);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });
});
