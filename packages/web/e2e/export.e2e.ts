import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { serverWeighIns } from "./harness/api.js";
import { MOBILE, useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { SettingsPage } from "./pages/settings-page.js";
import { TodayPage } from "./pages/today-page.js";

const e2e = useBrowser({ acceptDownloads: true });

interface ExportFile {
  format: string;
  userId: string;
  tables: Record<string, Record<string, unknown>[]>;
}

describe("data export and settings", () => {
  it("downloads the user's data as the JSON import format, and imports it back", async () => {
    const user = await seedUser(e2e.context, { weightKg: 88.2 });
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);

    const download = await settings.downloadExport();
    expect(download.suggestedFilename()).toMatch(/^leanback-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const data = JSON.parse(readFileSync(file, "utf8")) as ExportFile;
    expect(data.userId).toBe(user.userId);
    expect(data.format).toMatch(/leanback/);
    expect(data.tables.weigh_ins?.map((w) => w.weight_kg)).toEqual([88.2]);
    await settings.status("Export downloaded.").waitFor();

    // The same file imported with "replace" restores the same rows.
    await settings.importFile(file, true);
    await settings.status(/^Imported \d+ rows, replacing your previous data\.$/).waitFor();
    const rows = await serverWeighIns(e2e.context);
    expect(rows.map((r) => r.weightKg)).toEqual([88.2]);
  });

  it("switching to imperial shows the weigh-in in pounds on Today", async () => {
    await seedUser(e2e.context, { weightKg: 90 });
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    await settings.setUnits("Imperial (lb, ft/in)");
    await e2e.page.getByRole("link", { name: "Today" }).click();
    const today = new TodayPage(e2e.page);
    await today.ready();
    // 90 kg / 0.45359237 kg per lb = 198.4 lb.
    expect(await today.todaysWeight().textContent()).toBe("Today: 198.4 lb");
    await today.nextAction().waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it("lists this device among the signed-in sessions", async () => {
    await seedUser(e2e.context);
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    await settings.sessions().first().waitFor();
    expect(await settings.sessions().allTextContents()).toEqual([expect.stringContaining("(this device)")]);
  });

  it("refuses a file that is not an export, naming the problem, and keeps the data", async () => {
    await seedUser(e2e.context, { weightKg: 80.5 });
    const dir = mkdtempSync(path.join(tmpdir(), "leanback-e2e-import-"));
    const notJson = path.join(dir, "notes.json");
    writeFileSync(notJson, "my weights: 80, 79");
    const wrong = path.join(dir, "wrong.json");
    writeFileSync(wrong, JSON.stringify({ format: "something-else", tables: {} }));
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    await settings.importFile(notJson, true);
    await settings.alert("That file is not a leanback export (not JSON).").waitFor();
    await settings.importFile(wrong, true);
    await settings.alert(/^The file was not imported: \w+/).waitFor();
    const rows = await serverWeighIns(e2e.context);
    expect(rows.map((r) => r.weightKg)).toEqual([80.5]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("signs another device out", async () => {
    const user = await seedUser(e2e.context);
    const other = await e2e.browser.newContext({ ...MOBILE, baseURL: e2e.baseUrl });
    try {
      const login = await other.request.post("/api/auth/login", {
        data: { email: user.email, password: user.password },
      });
      expect(login.status()).toBe(200);
      const settings = new SettingsPage(e2e.page);
      await settings.goto();
      await settings.sessions().nth(1).waitFor();
      expect(await settings.sessions().count()).toBe(2);
      await e2e.page.getByRole("button", { name: "Sign out this device" }).click();
      await settings.sessions().nth(1).waitFor({ state: "detached" });
      expect((await other.request.get("/api/auth/me")).status()).toBe(401);
      expect((await e2e.context.request.get("/api/auth/me")).status()).toBe(200);
    } finally {
      await other.close();
    }
  });

  it("a trainer invites a client, who accepts in Settings", async () => {
    const client = await seedUser(e2e.context);
    const trainerContext = await e2e.browser.newContext({ ...MOBILE, baseURL: e2e.baseUrl });
    try {
      await seedUser(trainerContext);
      const trainerPage = await trainerContext.newPage();
      const trainerSettings = new SettingsPage(trainerPage);
      await trainerSettings.goto();
      await trainerSettings.inviteClient(client.email);

      // Nothing is shared before the client accepts.
      expect((await trainerContext.request.get(`/api/users/${client.userId}/profile`)).status()).not.toBe(
        200,
      );
      const settings = new SettingsPage(e2e.page);
      await settings.goto();
      const invitation = e2e.page.getByRole("listitem").filter({ hasText: "(invited)" });
      await invitation.getByRole("button", { name: "Accept" }).click();
      await settings.expectStatus("Accepted.");
      await e2e.page.getByRole("listitem").filter({ hasText: "(accepted)" }).waitFor();
      // The trainer can now read the client's profile.
      const r = await trainerContext.request.get(`/api/users/${client.userId}/profile`);
      expect(r.status()).toBe(200);
    } finally {
      await trainerContext.close();
    }
  });
});
