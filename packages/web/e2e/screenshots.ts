/**
 * README screenshots: builds the app, starts the real server on a temporary data dir, seeds a
 * demo user (demo-seed.ts) and captures the main screens at phone (390 × 844) and desktop
 * (1280 × 800) sizes into docs/screenshots/<screen>-<size>.png.
 *
 *   npm run screenshots -w packages/web      (LEANBACK_E2E_DIST=<dir> reuses a build)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { isoDay, seedDemo } from "./demo-seed.js";
import { launchBrowser } from "./harness/chromium.js";
import { buildWeb, REPO_DIR, startServer, WEB_DIR } from "./harness/server.js";
import { seedUser } from "./harness/users.js";
import { OnboardingPage } from "./pages/onboarding-page.js";

const OUT = path.join(REPO_DIR, "docs/screenshots");
const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} satisfies Record<string, BrowserContextOptions>;

/** The player screen's path: the page registry decides whether it is /player/… or /timer. */
function playerPath(): string {
  const registry = readFileSync(path.join(WEB_DIR, "src/pages/registry.ts"), "utf8");
  if (/path: "\/player\/:/.test(registry)) return "/player/today";
  if (/path: "\/player"/.test(registry)) return "/player";
  return "/timer";
}

async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await page.locator("#page-title").waitFor({ timeout: 15_000 });
  await waitForCharts(page);
}

/** Waits until every chart wrapper (src/charts) has drawn, then for two more frames to paint. */
async function waitForCharts(page: Page): Promise<void> {
  const charts = page.locator("figure.chart:has(.chart__canvas)");
  for (let i = 0; i < (await charts.count()); i++)
    await charts.nth(i).and(page.locator('[data-ready="true"]')).waitFor({ timeout: 15_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function main(): Promise<void> {
  const given = process.env.LEANBACK_E2E_DIST;
  const buildDir = given ? null : mkdtempSync(path.join(tmpdir(), "leanback-shots-dist-"));
  const dist = given ?? path.join(buildDir as string, "dist");
  if (!given) buildWeb(dist);
  // The server seeds the SR28 food table on its fresh database, so the demo diary logs real foods.
  const server = await startServer(dist);
  const browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  const written: string[] = [];
  try {
    const base = {
      baseURL: server.url,
      locale: "en-GB",
      timezoneId: "UTC",
      colorScheme: "light" as const,
      serviceWorkers: "block" as const,
    };
    // The demo user, seeded once through the API.
    const seedCtx = await browser.newContext(base);
    await seedUser(seedCtx, { profile: null });
    await seedDemo(seedCtx.request, today);
    const state = await seedCtx.storageState();
    await seedCtx.close();

    const screens: [string, string][] = [
      ["today", "/"],
      ["diary", "/diary"],
      ["player", playerPath()],
      ["plan", "/plan"],
      ["progress", "/progress"],
    ];
    for (const [size, opts] of Object.entries(SIZES)) {
      const ctx = await browser.newContext({ ...base, ...opts, storageState: state });
      const page = await ctx.newPage();
      for (const [name, url] of screens) {
        await settle(page, url);
        const file = path.join(OUT, `${name}-${size}.png`);
        await page.screenshot({ path: file });
        written.push(file);
      }
      if (size === "phone") {
        // Dark mode follows prefers-color-scheme; one screen shows it.
        await page.emulateMedia({ colorScheme: "dark" });
        await settle(page, "/progress");
        const file = path.join(OUT, "progress-dark-phone.png");
        await page.screenshot({ path: file });
        written.push(file);
      }
      await ctx.close();
      // Onboarding: a fresh account walks the wizard (page model) to its closing plan summary.
      const fresh = await browser.newContext({ ...base, ...opts });
      await seedUser(fresh, { profile: null });
      const p = await fresh.newPage();
      await settle(p, "/onboarding");
      const wizard = new OnboardingPage(p);
      await wizard.complete({
        sex: "Female",
        birthDate: "1985-09-02",
        height: "168",
        weight: "78",
        tape: { waist: "92", neck: "34", hip: "108" },
        goalWeight: "68",
        equipment: ["Dumbbells", "Pullup bar"],
        days: ["Monday", "Wednesday", "Friday", "Saturday"],
        pullups: "0",
      });
      await wizard.summary().waitFor({ timeout: 15_000 });
      await wizard.dailyTarget().waitFor({ timeout: 15_000 });
      await p.waitForLoadState("networkidle");
      await waitForCharts(p);
      await p.evaluate(() => window.scrollTo(0, 0));
      const file = path.join(OUT, `onboarding-${size}.png`);
      await p.screenshot({ path: file });
      written.push(file);
      await fresh.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  }
  console.log(
    `screenshots (${isoDay(today, 0)}):\n${written.map((f) => `  ${path.relative(REPO_DIR, f)}`).join("\n")}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
