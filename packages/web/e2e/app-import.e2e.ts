import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { AppImportPanel } from "./pages/app-import-panel.js";
import { SettingsPage } from "./pages/settings-page.js";

const e2e = useBrowser();
const dir = mkdtempSync(path.join(tmpdir(), "leanback-app-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Strong's comma layout (no unit in the file), one rest-timer row and one bad RPE.
const STRONG = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2025-09-15 11:22:57,"Back day",1h 5m,"Pull Up",1,0,8,0,0,"","",8',
  '2025-09-15 11:22:57,"Back day",1h 5m,"Pull Up",Rest Timer,0,0,0,120,"","",',
  '2025-09-15 11:22:57,"Back day",1h 5m,"Lateral Raise (Dumbbell)",1,15,12,0,0,"","",',
  '2025-09-15 11:22:57,"Back day",1h 5m,"Bent Over Row (Dumbbell)",1,50,10,0,0,"","",12',
].join("\n");

describe("import from another app", () => {
  it("refuses a Strong file over one bad row; a check lets the person name an unrecognised exercise; then imports", async () => {
    await seedUser(e2e.context);
    const file = path.join(dir, "strong.csv");
    writeFileSync(file, STRONG);
    const settings = new SettingsPage(e2e.page);
    await settings.goto();
    const panel = new AppImportPanel(e2e.page);

    await panel.importFile(file, { unit: "lb" });
    await panel
      .error()
      .filter({ hasText: /1 row could not be imported; nothing was written/ })
      .waitFor();
    expect(await panel.problems().allTextContents()).toEqual([
      "strong.csv, line 5: RPE must be 1–10 in steps of 0.5",
    ]);

    // Check first: nothing is written; the unrecognised name gets a choice.
    await panel.importFile(file, { unit: "lb", skipBadRows: true, check: true });
    await panel.report().getByText("Checked: nothing was imported yet.").waitFor();
    expect(await panel.unmatched().count()).toBe(1);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await panel.chooseExercise("Lateral Raise (Dumbbell)", "Rear-delt fly");
    await panel.submit();
    await panel.report().getByText("Imported from Strong: 1 workout (2 sets, 0 cardio bouts).").waitFor();
    expect(await panel.unmatched().count()).toBe(0);

    // The imported workout is older than the list's default (the last 400 days): ask its range.
    const r = await e2e.context.request.get("/api/users/me/workouts?from=2025-09-01&to=2025-09-30");
    const { workouts } = (await r.json()) as {
      workouts: { title: string; sets: { exerciseId: string }[] }[];
    };
    expect(workouts.map((w) => [w.title, w.sets.map((s) => s.exerciseId)])).toEqual([
      ["Back day", ["pullup", "rear-delt-fly"]],
    ]);
  });
});
