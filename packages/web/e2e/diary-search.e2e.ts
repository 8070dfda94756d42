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

describe("more search results", () => {
  it("shows the first 12 and fetches the rest with More results, focus staying in the search box", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    for (let i = 1; i <= 14; i++)
      await seedFood(context, { name: `Zebra grain ${String(i).padStart(2, "0")}`, per100g: { kcal: 350 } });
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.openAdd("breakfast");
    await diary.type("zebra grain");
    await diary.listbox().waitFor();
    await expect.poll(() => diary.options().count()).toBe(12);
    const more = page.getByRole("button", { name: "More results" });
    await more.click();
    await expect.poll(() => diary.options().count()).toBe(14);
    expect(await more.count()).toBe(0);
    expect(await diary.searchBox().evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe("Open Food Facts results when local foods find little", () => {
  it("shows them marked as online after the local results, and picking one opens its portions", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    // The product as the barcode look-up would store it: here the user's own food stands in.
    const stored = await seedFood(context, { name: "Skyr vanilla", per100g: { kcal: 78, proteinG: 10 } });
    // The server's Open Food Facts calls answered here (the server-side search is tested against
    // a local fake server in off-search.db.test.ts).
    const asked: string[] = [];
    await page.route(
      (url) => url.pathname === "/api/foods/online-search",
      (route) => {
        asked.push(new URL(route.request().url()).searchParams.get("q") ?? "");
        return route.fulfill({
          json: {
            products: [
              { code: "4006381333931", displayName: "Skyr vanilla", brand: "Nordic Dairy", kcalPer100g: 78 },
            ],
          },
        });
      },
    );
    await page.route(
      (url) => url.pathname === "/api/foods/barcode/4006381333931",
      async (route) => {
        const food = await (await context.request.get(`/api/foods/items/${stored.id}`)).json();
        return route.fulfill({ json: { found: true, food: (food as { food: object }).food } });
      },
    );
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.openAdd("breakfast");
    await diary.type("nordic skyr");
    const online = page.getByRole("list", { name: "Open Food Facts products" });
    await online.waitFor();
    expect(await page.getByText("From Open Food Facts (online)").count()).toBe(1);
    expect(await online.getByRole("button").first().textContent()).toMatch(/Skyr vanilla.*Open Food Facts/);
    expect(asked.at(-1)).toBe("nordic skyr");
    await online.getByRole("button").first().click();
    await diary.portionForm().waitFor();
    expect(await diary.portionForm().textContent()).toMatch(/Skyr vanilla/);
  });

  it("says when Open Food Facts cannot be reached, without hiding the local results", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    await seedFood(context, { name: "Quark plain", per100g: { kcal: 67 } });
    await page.route(
      (url) => url.pathname === "/api/foods/online-search",
      (route) => route.fulfill({ json: { products: [], unavailable: "Open Food Facts is unreachable" } }),
    );
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.openAdd("lunch");
    await diary.type("quark");
    await diary.listbox().waitFor();
    await page.getByText("Open Food Facts is unreachable").waitFor();
    expect(await diary.options().first().textContent()).toMatch(/Quark plain/);
  });
});
