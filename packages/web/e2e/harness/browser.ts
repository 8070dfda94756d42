import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import { launchBrowser } from "./chromium.js";
import { WEB_DIR } from "./server.js";

/** A phone-sized context (360 × 740, the smallest width the app supports). */
export const MOBILE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "en-GB",
  timezoneId: "UTC",
};

export interface E2E {
  readonly baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

const RESULTS = path.join(WEB_DIR, "test-results");

function safeName(s: string): string {
  return s
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 100);
}

/**
 * Per test file: one browser; per test: a fresh context and page (own cookies and storage),
 * base URL set, and a full-page screenshot in packages/web/test-results/ when the test fails.
 * Call at the top level of a test file; read the fields inside tests.
 */
export function useBrowser(options: BrowserContextOptions = {}): E2E {
  const e2e = { baseUrl: inject("baseUrl") } as E2E;
  beforeAll(async () => {
    e2e.browser = await launchBrowser();
  });
  afterAll(async () => {
    await e2e.browser?.close();
  });
  beforeEach(async () => {
    e2e.context = await e2e.browser.newContext({ ...MOBILE, baseURL: e2e.baseUrl, ...options });
    e2e.context.setDefaultTimeout(10_000);
    e2e.page = await e2e.context.newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail" && e2e.page && !e2e.page.isClosed()) {
      mkdirSync(RESULTS, { recursive: true });
      const file = path.join(
        RESULTS,
        `${safeName(ctx.task.file?.name ?? "")}--${safeName(ctx.task.name)}.png`,
      );
      await e2e.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`e2e: screenshot of the failure: ${file}`);
    }
    await e2e.context?.close();
  });
  return e2e;
}
