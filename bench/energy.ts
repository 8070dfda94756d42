// Energy engine timings: Hall-model forecasts and goal solves (median of N runs, printed only).
import { forecastBand } from "@leanback/core/energy/forecast-band";
import { planGoal, solveGoalIntake } from "@leanback/core/energy/goal-solver";
import { hallBaseline, simulateHall, type HallPerson } from "@leanback/core/energy/hall-model";
import { timeRuns } from "./_timing.js";

const PERSON: HallPerson = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 };
const WOMAN: HallPerson = { sex: "female", ageYears: 40, heightCm: 160, weightKg: 70, pal: 1.4 };

export async function run(): Promise<void> {
  const ei0 = hallBaseline(PERSON).intakeKcal;
  const cases: [string, number, () => unknown][] = [
    [
      "5-year forecast (1825 days, RK4)",
      51,
      () => simulateHall(PERSON, { days: 1825, intake: () => ei0 - 500 }),
    ],
    [
      "5-year forecast with ±10 % band (3 runs)",
      21,
      () => forecastBand(PERSON, { days: 1825, intake: () => ei0 - 500 }),
    ],
    [
      "goal solve: intake for 100 → 80 kg in 182 d",
      51,
      () => solveGoalIntake({ person: PERSON, goalKg: 80, days: 182 }),
    ],
    [
      "goal plan incl. earliest feasible days (feasible)",
      11,
      () => planGoal({ person: PERSON, goalKg: 80, days: 182 }),
    ],
    [
      "goal plan incl. earliest feasible days (infeasible)",
      11,
      () => planGoal({ person: WOMAN, goalKg: 58, days: 60 }),
    ],
  ];
  console.log("| operation | runs | median ms | min ms | max ms |");
  console.log("|---|---:|---:|---:|---:|");
  for (const [name, runs, fn] of cases) {
    const t = timeRuns(runs, fn);
    console.log(`| ${name} | ${runs} | ${t.median.toFixed(2)} | ${t.min.toFixed(2)} | ${t.max.toFixed(2)} |`);
  }
  await Promise.resolve();
}
