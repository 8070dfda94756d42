import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Resolves once the service worker controls the page (it precaches the app shell on install). */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  const state = await page.evaluate(async () => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const reg = await navigator.serviceWorker.getRegistration();
      if (reg?.active?.state === "activated" && navigator.serviceWorker.controller) return "controlled";
      await new Promise((r) => setTimeout(r, 100));
    }
    const reg = await navigator.serviceWorker.getRegistration();
    return `not controlled: registration ${reg ? "present" : "missing"}, active ${String(reg?.active?.state)}`;
  });
  expect(state).toBe("controlled");
}
