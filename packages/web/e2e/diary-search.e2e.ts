import { describe, expect, it } from "vitest";
import { CHICKEN, seedFood } from "./harness/api.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { DiaryModel } from "./pages/diary-page.js";

// The service worker answers /api requests itself (offline support), which hides them from
// page.route; this file blocks it so the test sees the page's own requests and their aborts.
const e2e = useBrowser({ serviceWorkers: "block" });

describe("food search as you type", () => {
  it("aborts a stale search when the query changes, and shows only the newest results", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    await seedFood(context, CHICKEN);
    // Hold the first search ("chi") on the network until the test has typed more.
    let release: () => void = () => undefined;
    const held = new Promise<void>((res) => (release = res));
    let sawChi = false;
    await page.route(
      (url) => url.pathname === "/api/foods/search",
      async (route) => {
        const q = new URL(route.request().url()).searchParams.get("q");
        if (q === "chi") {
          sawChi = true;
          await held;
        }
        await route.continue().catch(() => undefined); // continue() throws once the page aborted it
      },
    );
    const aborted: string[] = [];
    page.on("requestfailed", (req) => {
      if (req.url().includes("/api/foods/search"))
        aborted.push(new URL(req.url()).searchParams.get("q") ?? "");
    });
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.openAdd("breakfast");
    await diary.type("chi");
    await expect.poll(() => sawChi).toBe(true);
    await diary.searchBox().pressSequentially("cken breast", { delay: 20 });
    await diary.listbox().waitFor();
    expect(await diary.options().first().textContent()).toMatch(/^Chicken breast, roasted/);
    await expect.poll(() => aborted).toContain("chi");
    release();
  });
});
