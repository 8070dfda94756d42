import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";

const e2e = useBrowser();

describe("unknown addresses", () => {
  it.each(["/no-such-page", "/diary/2026-11-20", "/player/extra/segments"])(
    "%s says “Page not found” (never “Coming soon”) with a link back to Today",
    async (path) => {
      await seedUser(e2e.context);
      await e2e.page.goto(path);
      await e2e.page.getByRole("heading", { name: "Page not found", level: 1 }).waitFor();
      expect(await e2e.page.getByText("Coming soon").count()).toBe(0);
      expect(await e2e.page.getByText(`Nothing lives at ${path}.`, { exact: false }).count()).toBe(1);
      expect(await e2e.page.title()).toBe("Not found · leanback");
      expect(await seriousA11yViolations(e2e.page)).toEqual([]);
      await e2e.page.getByRole("link", { name: "Back to Today" }).click();
      await e2e.page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    },
  );
});
