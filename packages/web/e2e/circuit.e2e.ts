import { catalogue } from "@leanback/core/training/catalogue";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { CircuitModel } from "./pages/circuit-page.js";
import { PlayerModel } from "./pages/player-page.js";

const e2e = useBrowser();

interface Item {
  type: string;
  exerciseId: string;
  name: string;
  dosage?: { sets: number };
}
interface ServerPlan {
  program: { weeks: { week: number; sessions: { day: string; format?: string; items: Item[] }[] }[] };
}
interface Workouts {
  workouts: { sets: { exerciseId: string; reps: number | null }[] }[];
}

describe("circuit", () => {
  it("plays a circuit as a circuit: station after station with no rest, a rest only between rounds", async () => {
    const { page, context } = e2e;
    await seedUser(context); // a beginner training Mon, Wed, Fri for 45 min
    const made = await context.request.post("/api/users/me/plan", {
      data: { startDate: "2026-11-02", weeks: 4, seed: "e2e-circuit" },
    });
    expect(made.status()).toBe(201);
    const plan = (await made.json()) as ServerPlan;
    const found = plan.program.weeks.flatMap((w) =>
      w.sessions.filter((s) => s.format === "circuit").map((s) => ({ week: w.week, s })),
    )[0];
    if (!found) throw new Error("the plan has no circuit");
    const stations = found.s.items.filter((i) => i.type === "strength");
    const rounds = Math.max(...stations.map((i) => i.dosage?.sets ?? 1));
    expect(stations.length).toBeGreaterThan(1);
    expect(rounds).toBeGreaterThan(1);
    const load = (id: string) => (catalogue().byId(id).loadType === "external" ? 10 : undefined);

    const player = new PlayerModel(page);
    await player.gotoSession(`w${found.week}-${found.s.day}`);
    const circuit = new CircuitModel(page);
    await circuit.open();
    const n = stations.length;
    for (const [k, st] of stations.entries()) {
      expect(await circuit.position()).toBe(`Round 1 of ${rounds} · exercise ${k + 1} of ${n}`);
      expect(await circuit.station()).toBe(st.name);
      // No rest between exercises.
      expect(await circuit.setRest().count()).toBe(0);
      expect(await circuit.roundRest().count()).toBe(0);
      await circuit.logStation(10, load(st.exerciseId));
    }
    // Round 2 starts with the first exercise, after the rest between rounds.
    expect(await circuit.position()).toBe(`Round 2 of ${rounds} · exercise 1 of ${n}`);
    expect(await circuit.station()).toBe(stations[0]?.name);
    await circuit.roundRest().getByRole("heading", { name: "Rest before round 2" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await circuit.logStation(9, load(stations[0]?.exerciseId ?? ""));
    expect(await circuit.position()).toBe(`Round 2 of ${rounds} · exercise 2 of ${n}`);
    expect(await circuit.roundRest().count()).toBe(0);

    await player.finish();
    const history = (await (await context.request.get("/api/users/me/workouts")).json()) as Workouts;
    // Stored in the order done: one set of each exercise, then the first again.
    expect(history.workouts[0]?.sets.map((s) => [s.exerciseId, s.reps])).toEqual([
      ...stations.map((s) => [s.exerciseId, 10]),
      [stations[0]?.exerciseId, 9],
    ]);
  });
});
