import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { SAMPLE_PROFILE, seedUser } from "./harness/users.js";
import { PlayerModel } from "./pages/player-page.js";

const e2e = useBrowser();

interface Workouts {
  workouts: {
    sets: { exerciseId: string; reps: number | null; loadType: string; assistanceKg: number | null }[];
  }[];
}
interface Records {
  records: { exerciseId: string; kind: string; assistKg: number | null; reps: number | null }[];
}

describe("workout player", () => {
  it("logs assisted pull-up sets with assistance kg; the API has them in history and records", async () => {
    const { page, context } = e2e;
    await seedUser(context, {
      profile: { ...SAMPLE_PROFILE, equipment: ["pullup-bar", "dumbbells", "assisted-pullup-machine"] },
    });
    const player = new PlayerModel(page);
    await player.gotoExercise("pullup-assisted-machine", "Assisted pull-up (machine)");
    await player.logSet(8, { label: "Assistance", value: 30 });
    await player.restTimer().waitFor();
    await player.logSet(8, { label: "Assistance", value: 25 });
    await player.logSet(6, { label: "Assistance", value: 25 });
    expect(await player.loggedSets()).toEqual([
      "8 reps, 30 kg assistance",
      "8 reps, 25 kg assistance",
      "6 reps, 25 kg assistance",
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await player.finish();

    const history = (await (await context.request.get("/api/users/me/workouts")).json()) as Workouts;
    expect(history.workouts).toHaveLength(1);
    expect(history.workouts[0]?.sets.map((s) => [s.exerciseId, s.loadType, s.reps, s.assistanceKg])).toEqual([
      ["pullup-assisted-machine", "assisted", 8, 30],
      ["pullup-assisted-machine", "assisted", 8, 25],
      ["pullup-assisted-machine", "assisted", 6, 25],
    ]);
    const records = (await (await context.request.get("/api/users/me/workouts/records")).json()) as Records;
    const minAssist = records.records.find(
      (r) => r.exerciseId === "pullup-assisted-machine" && r.kind === "min-assist",
    );
    expect(minAssist?.assistKg).toBe(25);
    expect((await player.records()).some((r) => /least assistance 25 kg/.test(r))).toBe(true);
  });

  it("keeps logged sets across a reload and refuses an assisted set without assistance", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const player = new PlayerModel(page);
    await player.gotoExercise("pullup-assisted-machine", "Assisted pull-up (machine)");
    await player.logSet(10, { label: "Assistance", value: 35 });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Assisted pull-up (machine)" }).waitFor();
    expect(await player.loggedSets()).toEqual(["10 reps, 35 kg assistance"]);
    const form = page.getByRole("form", { name: /^Log set 2/ });
    await form.getByLabel("Assistance").fill("");
    await form.getByRole("button", { name: /^Log set 2/ }).click();
    await form.getByText("Enter the assistance the machine gave.").waitFor();
    expect(await player.loggedSets()).toHaveLength(1);
  });

  it("plays a planned strength session step by step with next-up visible", async () => {
    const { page, context } = e2e;
    await seedUser(context); // Mon/Wed/Fri: week 1 Monday is a strength day
    const player = new PlayerModel(page);
    await player.gotoSession("w1-mon");
    // No plan on the server yet: the device computes the same generator's plan and says so.
    await page.getByText(/playing the plan as this device computes it/).waitFor();
    const counter = page.getByTestId("step-counter");
    const total = Number(/^Step 1 of (\d+)$/.exec((await counter.textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(1);
    const nextText = (await player.nextUp().textContent()) ?? "";
    expect(nextText).toMatch(/^Next exercise: \S/);
    const second = nextText.replace(/^Next exercise: /, "");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    expect(await counter.textContent()).toBe(`Step 2 of ${total}`);
    expect(await page.getByRole("heading", { level: 2, name: second, exact: true }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("finishing offline keeps the workout in the outbox and sends it once back online", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const player = new PlayerModel(page);
    await player.gotoExercise("pullup-assisted-machine", "Assisted pull-up (machine)");
    await player.logSet(9, { label: "Assistance", value: 20 });
    await context.setOffline(true);
    await player.finish();
    await page.getByText(/You are offline: the workout is kept on this device/).waitFor();
    await context.setOffline(false);
    const count = async () =>
      ((await (await context.request.get("/api/users/me/workouts")).json()) as Workouts).workouts.length;
    await expect.poll(count, { timeout: 10_000 }).toBe(1);
  });

  it("shows last time's sets and starts the form from them", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const posted = await context.request.post("/api/users/me/workouts", {
      data: {
        date: yesterday,
        title: "Pull",
        sets: [
          { exerciseId: "pullup-assisted-machine", reps: 10, loadType: "assisted", assistanceKg: 27.5 },
          { exerciseId: "pullup-assisted-machine", reps: 9, loadType: "assisted", assistanceKg: 27.5 },
        ],
      },
    });
    expect(posted.status()).toBe(201);
    const player = new PlayerModel(page);
    await player.gotoExercise("pullup-assisted-machine", "Assisted pull-up (machine)");
    await page.getByTestId("last-time").waitFor();
    expect(await page.getByTestId("last-time").textContent()).toBe(
      `Last time (${yesterday}): 10 reps, 27.5 kg assistance; 9 reps, 27.5 kg assistance`,
    );
    const form = page.getByRole("form", { name: /^Log set 1/ });
    expect(await form.getByLabel("Reps").inputValue()).toBe("10");
    expect(await form.getByLabel("Assistance").inputValue()).toBe("27.5");
  });

  it("suggests the next load from last session's effort and stores the effort of each set", async () => {
    const { page, context } = e2e;
    await seedUser(context);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const easy = { exerciseId: "row-dumbbell-one-arm", reps: 12, loadType: "external", loadKg: 8, rpe: 6 };
    const posted = await context.request.post("/api/users/me/workouts", {
      data: { date: yesterday, title: "Rows", sets: [easy, easy, easy] },
    });
    expect(posted.status()).toBe(201);
    const player = new PlayerModel(page);
    await player.gotoExercise("row-dumbbell-one-arm", "One-arm dumbbell row (supported)");
    await page.getByTestId("next-load").waitFor();
    expect(await page.getByTestId("next-load").textContent()).toBe(
      `From your last session (${yesterday}): 9 kg, target reps with 3 or more in reserve: one step heavier.`,
    );
    await player.logSet(12, { label: "Load", value: 9 }, 8);
    expect(await player.loggedSets()).toEqual(["12 reps × 9 kg, RPE 8"]);
    await player.finish();
    const history = (await (await context.request.get("/api/users/me/workouts")).json()) as {
      workouts: { date: string; sets: { rpe: number | null; loadKg: number | null }[] }[];
    };
    expect(history.workouts.at(-1)?.sets.map((s) => [s.loadKg, s.rpe])).toEqual([[9, 8]]);
  });

  it("plays today's sessions of the server's current plan (what the agenda lists)", async () => {
    const { page, context } = e2e;
    // Every day scheduled, so today has a session whatever the date of the run.
    await seedUser(context, {
      profile: {
        ...SAMPLE_PROFILE,
        schedule: { days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], minutes: 45 },
      },
    });
    const today = new Date().toISOString().slice(0, 10); // SAMPLE_PROFILE lives in UTC
    const made = await context.request.post("/api/users/me/plan", {
      data: { startDate: today, weeks: 4, seed: "e2e-player" },
    });
    expect(made.status()).toBe(201);
    const agenda = (await (await context.request.get("/api/users/me/plan/today")).json()) as {
      sessions: { title: string; items: unknown[] }[];
    };
    const titles = agenda.sessions.filter((s) => s.items.length > 0).map((s) => s.title);
    expect(titles.length).toBeGreaterThan(0);
    const player = new PlayerModel(page);
    await player.gotoSession("today");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(titles.join(" + "));
    // The server's plan, not the device's fallback computation.
    expect(await page.getByText(/playing the plan as this device computes it/).count()).toBe(0);
    const first = agenda.sessions.find((s) => s.items.length > 0)?.items[0] as { name: string } | undefined;
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe(first?.name);
  });
});
