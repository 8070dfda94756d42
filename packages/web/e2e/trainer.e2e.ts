import { describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { seriousA11yViolations } from "./harness/axe.js";
import { MOBILE, useBrowser } from "./harness/browser.js";
import { PASSWORD, seedUser, uniqueEmail, type SeededUser } from "./harness/users.js";
import { ClientsPage } from "./pages/clients-page.js";
import { PlanPage } from "./pages/plan-page.js";

const e2e = useBrowser();

const DAY_MS = 86_400_000;
const isoDaysAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString().slice(0, 10);

/** Monday of this week (UTC, as the sample profile's time zone). */
function mondayUtc(): string {
  const d = new Date();
  return isoDaysAgo((d.getUTCDay() + 6) % 7);
}

/** The trainer invites `client` (in its own context) and the client accepts by the token. */
async function linkClient(trainer: BrowserContext, client: BrowserContext, email: string): Promise<void> {
  const inv = await trainer.request.post("/api/trainer/invitations", { data: { email } });
  const { token } = (await inv.json()) as { token: string };
  const r = await client.request.post("/api/trainer/invitations/accept", { data: { token } });
  if (r.status() !== 200) throw new Error(`accept failed: ${r.status()} ${await r.text()}`);
}

describe("trainer workspace", () => {
  it("a coach sees two clients with their flags, comments on one and, with consent, swaps an exercise; the client sees both; ending the link stops access", async () => {
    // Client A (the test's main page): a loss plan and 22 days of the same weight up to today.
    const a: SeededUser = await seedUser(e2e.context, { date: isoDaysAgo(21) });
    for (let i = 20; i >= 0; i--)
      await e2e.context.request.post("/api/users/me/weigh-ins", {
        data: { date: isoDaysAgo(i), weightKg: 92 },
      });
    const plan = await e2e.context.request.post("/api/users/me/plan", {
      data: { startDate: mondayUtc(), weeks: 12, seed: a.userId },
    });
    expect(plan.status()).toBe(201);

    const bContext = await e2e.browser.newContext({ ...MOBILE, baseURL: e2e.baseUrl });
    const trainerContext = await e2e.browser.newContext({ ...MOBILE, baseURL: e2e.baseUrl });
    try {
      // Client B: one weigh-in ten days ago, nothing since.
      const b = await seedUser(bContext, { date: isoDaysAgo(10) });
      // The trainer signs up as a coach: no body data.
      const trainerEmail = uniqueEmail("coach");
      const s = await trainerContext.request.post("/api/auth/signup", {
        data: { email: trainerEmail, password: PASSWORD, coaches: true },
      });
      expect(s.status()).toBe(201);
      await linkClient(trainerContext, e2e.context, a.email);
      await linkClient(trainerContext, bContext, b.email);

      const trainerPage = await trainerContext.newPage();
      // Home for a coach without a profile is the client list, not onboarding.
      await trainerPage.goto("/");
      const clients = new ClientsPage(trainerPage);
      await clients.ready();
      expect(new URL(trainerPage.url()).pathname).toBe("/clients");
      expect(await clients.flags(a.email)).toEqual(["Stalled: under 0.2 kg lost in 3 weeks"]);
      expect(await clients.flags(b.email)).toEqual(["Nothing logged for 7 days"]);
      expect(await clients.card(a.email).textContent()).toContain("92.0 kg");
      expect(await seriousA11yViolations(trainerPage)).toEqual([]);

      await clients.open(a.email);
      // The client's Progress page, with their weigh-ins and no logging form.
      const progress = await clients.openProgress();
      await progress.getByTestId("trend-weight").waitFor();
      expect(await progress.getByTestId("trend-weight").textContent()).toBe("92.0 kg");
      expect(await trainerPage.getByRole("button", { name: "Log weight" }).count()).toBe(0);
      expect(await trainerPage.getByText("Add measurements").count()).toBe(0);
      await trainerPage.getByRole("link", { name: "Back to the client" }).click();
      await trainerPage.getByRole("heading", { level: 1, name: a.email }).waitFor();
      // Read only: the client's page has no swap, log or delete buttons.
      expect(await trainerPage.getByRole("button", { name: /swap|log|delete|regenerate/i }).count()).toBe(0);
      await clients.commentOnWeek("Three flat weeks: let's add a 20-minute walk on rest days.");
      await clients.comment("let's add a 20-minute walk").waitFor();
      expect(await seriousA11yViolations(trainerPage)).toEqual([]);

      // The client sees the comment on their Plan page.
      const planPage = new PlanPage(e2e.page);
      await planPage.goto();
      await e2e.page.locator(".comments li").filter({ hasText: "20-minute walk on rest days" }).waitFor();
      expect(await e2e.page.locator(".comments li").first().textContent()).toContain(
        `Your trainer (${trainerEmail})`,
      );

      // With the client's consent (Settings) the trainer swaps an exercise; the client sees the change.
      await e2e.page.goto("/settings");
      const row = e2e.page.getByRole("listitem").filter({ hasText: trainerEmail });
      await row.getByRole("button", { name: "Allow plan changes" }).click();
      await row.getByRole("button", { name: "Stop plan changes" }).waitFor();
      await trainerPage.reload();
      const swapped = await clients.swapFirstExercise();
      await clients.auditEntry(/Swap a strength exercise/).waitFor();
      await planPage.goto();
      await e2e.page
        .getByRole("region", { name: "Changes your trainer made" })
        .locator("li")
        .filter({ hasText: `${trainerEmail} — Swap a strength exercise` })
        .waitFor();
      const served = (await (await e2e.context.request.get("/api/users/me/plan")).json()) as {
        swaps: Record<string, string>;
      };
      expect(Object.values(served.swaps)).toContain(swapped);

      // The client ends the link in Settings; at once the trainer gets 404 on every client route.
      await e2e.page.goto("/settings");
      await row.getByRole("button", { name: "End link" }).click();
      await e2e.page.getByText("Link ended.").waitFor();
      for (const path of [
        "profile",
        "weigh-ins",
        "plan",
        "comments",
        "trainer-audit",
        `diary/${isoDaysAgo(0)}`,
        "targets",
      ]) {
        const r = await trainerContext.request.get(`/api/users/${a.userId}/${path}`);
        expect(r.status(), path).toBe(404);
      }
      const post = await trainerContext.request.post(`/api/users/${a.userId}/comments`, {
        data: { subject: "week", subjectKey: mondayUtc(), body: "still here?" },
      });
      expect(post.status()).toBe(404);
      await trainerPage.reload();
      await clients.notFound().waitFor();
      await clients.goto();
      await clients.card(b.email).waitFor();
      expect(await clients.card(a.email).count()).toBe(0);
    } finally {
      await bContext.close();
      await trainerContext.close();
    }
  });
});
