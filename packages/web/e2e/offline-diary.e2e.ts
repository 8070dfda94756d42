import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHICKEN, seedFood, serverWeighIns } from "./harness/api.js";
import { useBrowser } from "./harness/browser.js";
import { serviceWorkerInControl } from "./harness/service-worker.js";
import { seedUser } from "./harness/users.js";
import { DiaryModel } from "./pages/diary-page.js";
import { ProgressPage } from "./pages/progress-page.js";

const e2e = useBrowser();

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

interface StoredEntry {
  readonly foodName: string | null;
  readonly grams: number | null;
  readonly meal: string;
  readonly clientId: string;
}

async function serverEntries(context: BrowserContext, date: string): Promise<StoredEntry[]> {
  const r = await context.request.get(`/api/users/me/diary/${date}`);
  if (r.status() !== 200) throw new Error(`diary read failed: ${r.status()} ${await r.text()}`);
  return ((await r.json()) as { entries: StoredEntry[] }).entries;
}

describe("offline logging", () => {
  it("searches a food seen before, logs it and a Progress weigh-in offline; each is stored once online", async () => {
    const { page, context } = e2e;
    await seedUser(context, { date: isoDay(-1), weightKg: 92 });
    await seedFood(context, CHICKEN);
    await seedFood(context, { name: "Greek yogurt, plain", per100g: { kcal: 97, proteinG: 9 } });
    const today = isoDay(0);

    // Online once: Progress (its reads are kept by the service worker) and a search for chicken.
    const progress = new ProgressPage(page);
    await progress.goto();
    await serviceWorkerInControl(page);
    const diary = new DiaryModel(page);
    await diary.goto();
    await diary.openAdd("breakfast");
    await diary.type("chick");
    await diary.options().filter({ hasText: CHICKEN.name }).waitFor();
    expect(await diary.offlineSearchNote().count()).toBe(0);
    await page.getByRole("button", { name: "Close" }).click();

    await context.setOffline(true);
    await diary.openAdd("lunch");
    await diary.type("chick");
    await diary.offlineSearchNote().filter({ hasText: "Offline: foods this device has seen." }).waitFor();
    expect(await diary.options().allTextContents()).toEqual([expect.stringContaining(CHICKEN.name)]);
    // Never seen on this device: offline search cannot know it.
    await diary.searchBox().fill("yogurt");
    await diary.offlineSearchNote().filter({ hasText: "none matches “yogurt”" }).waitFor();
    await diary.searchBox().fill("chick");
    await diary.options().filter({ hasText: CHICKEN.name }).click();
    await diary.chooseAmount("150", "grams");
    await diary.addPickedOffline();
    const waiting = diary.pendingEntries("lunch");
    await expect
      .poll(() => waiting.allTextContents())
      .toEqual([`${CHICKEN.name}150 g · 248 kcal · pending: sent when you are back online`]);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await progress.weightForm().waitFor();
    await progress.weightForm().getByLabel("Weight").fill("91.4");
    await progress.weightForm().getByRole("button", { name: "Log weight" }).click();
    await progress
      .weightForm()
      .getByRole("status")
      .filter({ hasText: "it will sync when you are back online" })
      .waitFor();
    expect(await page.getByTestId("queued-weigh-ins").getByRole("listitem").allTextContents()).toEqual([
      `Weigh-in 91.4 kg on ${today} (waiting to sync)`,
    ]);
    await page.getByTestId("sync-status").filter({ hasText: "2 waiting to sync" }).waitFor();
    expect((await serverEntries(context, today)).length).toBe(0);

    await context.setOffline(false);
    await page.getByTestId("queued-weigh-ins").waitFor({ state: "detached" });
    await expect.poll(() => page.getByTestId("sync-status").textContent(), { timeout: 10_000 }).toBe("");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Diary" }).click();
    await diary.mealEntries("lunch").filter({ hasText: CHICKEN.name }).waitFor();
    expect(await diary.pendingEntries("lunch").count()).toBe(0);
    expect(await diary.mealEntries("lunch").count()).toBe(1);

    expect(await serverEntries(context, today)).toEqual([
      expect.objectContaining({
        foodName: CHICKEN.name,
        grams: 150,
        meal: "lunch",
        clientId: expect.any(String),
      }),
    ]);
    const weighIns = (await serverWeighIns(context)).filter((w) => w.date === today);
    expect(weighIns).toEqual([expect.objectContaining({ weightKg: 91.4 })]);
  });

  it("an edit and a removal made offline wait on the entry, Undo takes a queued removal back, and each applies once", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const food = await seedFood(context, CHICKEN);
    const today = isoDay(0);
    for (const meal of ["lunch", "dinner"]) {
      const r = await context.request.post(`/api/users/me/diary/${today}/entries`, {
        data: { meal, foodId: food.id, grams: 100 },
      });
      expect(r.status()).toBe(201);
    }
    const diary = new DiaryModel(page);
    await diary.goto();
    await serviceWorkerInControl(page);

    await context.setOffline(true);
    const removeDinner = () =>
      page.getByRole("button", { name: `Remove ${CHICKEN.name} from dinner` }).click();
    await removeDinner();
    const dinnerMark = diary.mealEntries("dinner").getByTestId("pending-change");
    await dinnerMark.filter({ hasText: "removal waiting to sync" }).waitFor();
    // Undo of a removal that never left the device: it is dropped from the outbox.
    await page.getByRole("button", { name: "Undo" }).click();
    await dinnerMark.waitFor({ state: "detached" });
    await removeDinner();
    await dinnerMark.filter({ hasText: "removal waiting to sync" }).waitFor();

    const editor = await diary.openEditor(CHICKEN.name, "lunch");
    await editor.getByLabel("Grams").fill("150");
    await editor.getByRole("button", { name: "Save" }).click();
    await editor.waitFor({ state: "detached" });
    await diary
      .mealEntries("lunch")
      .getByTestId("pending-change")
      .filter({ hasText: "edit waiting to sync" })
      .waitFor();
    await page.getByTestId("sync-status").filter({ hasText: "2 waiting to sync" }).waitFor();
    expect((await serverEntries(context, today)).length).toBe(2);

    // The removal reaches the server, but its answer is lost: the replay then finds it gone (404).
    let lost = 0;
    await page.route("**/api/users/me/diary/entries/*", async (route) => {
      if (route.request().method() === "DELETE" && lost === 0) {
        lost += 1;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    await context.setOffline(false);
    await expect.poll(() => lost).toBe(1);
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId("sync-status").textContent(), { timeout: 10_000 }).toBe("");
    await diary.mealEntries("lunch").filter({ hasText: "150 g · 248 kcal" }).waitFor();
    expect(await diary.mealEntries("dinner").count()).toBe(0);
    expect(await page.getByRole("alert").filter({ hasText: "was not saved" }).count()).toBe(0);
    expect(await serverEntries(context, today)).toEqual([
      expect.objectContaining({ meal: "lunch", grams: 150 }),
    ]);
  });

  it("a recent food logged on another device is opened ahead, so it logs offline with its portions", async () => {
    const { page, context } = e2e;
    const user = await seedUser(context);
    const food = await seedFood(context, CHICKEN);
    const logged = await context.request.post(`/api/users/me/diary/${isoDay(-1)}/entries`, {
      data: { meal: "dinner", foodId: food.id, portion: CHICKEN.portions[0]?.label, count: 1 },
    });
    expect(logged.status()).toBe(201);
    const diary = new DiaryModel(page);
    await diary.goto();
    // The recent chip's food, kept on this device with its portions (never opened by hand here).
    await expect
      .poll(() =>
        page.evaluate(
          ([key, id]) => {
            const seen = JSON.parse(localStorage.getItem(key ?? "") ?? "[]") as {
              food: { id: string };
              portions: unknown[] | null;
            }[];
            return seen.find((s) => s.food.id === id)?.portions?.length ?? 0;
          },
          [`leanback.seen-foods.${user.userId}`, food.id],
        ),
      )
      .toBe(1);

    await context.setOffline(true);
    await diary.openAdd("lunch");
    await page.getByRole("button", { name: CHICKEN.name }).first().click();
    await diary.chooseAmount("1", "1 breast, bone removed (172 g)");
    await diary.addPickedOffline();
    // 172 g × 165 kcal / 100 g = 283.8 → 284 kcal.
    expect(await diary.pendingEntries("lunch").allTextContents()).toEqual([
      `${CHICKEN.name}1 breast, bone removed (172 g) · 284 kcal · pending: sent when you are back online`,
    ]);
    await context.setOffline(false);
    await diary.mealEntries("lunch").filter({ hasText: "284 kcal" }).waitFor();
    await diary.pendingEntries("lunch").waitFor({ state: "detached" });
    const day = await serverEntries(context, isoDay(0));
    expect(day).toEqual([expect.objectContaining({ meal: "lunch", grams: 172 })]);
  });
});
