import { planGoal } from "@leanback/core/energy/goal-solver";
import { numberFlag, type Command } from "../command.js";
import { personOptions, readPerson } from "./forecast.js";

export const goalCommand: Command = {
  name: "goal",
  summary: "daily intake to reach a goal weight in N days, the intake that keeps it, and whether it is safe",
  usage:
    "leanback goal --sex female|male --age Y --height-cm H --weight-kg W --pal P --goal-kg G --days N [--body-fat PCT] [--json]",
  options: {
    ...personOptions,
    "goal-kg": { type: "string", valueName: "G", description: "goal weight in kg (30–300)" },
    days: { type: "string", valueName: "N", description: "days until the goal date (1–3650)" },
    json: { type: "boolean", description: "print machine-readable JSON" },
  },
  run(parsed, io) {
    const person = readPerson(parsed);
    const goalKg = numberFlag(parsed, "goal-kg", { min: 30, max: 300, rule: "goal must be 30–300 kg" });
    const days = numberFlag(parsed, "days", {
      min: 1,
      max: 3650,
      integer: true,
      rule: "days must be 1–3650",
    });
    const plan = planGoal({ person, goalKg, days });
    const kcal = (v: number) => Math.round(v);
    if (parsed.values.json === true) {
      io.stdout.write(
        JSON.stringify({
          baselineKcal: kcal(plan.baselineKcal),
          intakeKcal: plan.intakeKcal === null ? null : kcal(plan.intakeKcal),
          maintenanceKcal: kcal(plan.maintenanceKcal),
          feasible: plan.feasible,
          earliestFeasibleDays: plan.earliestFeasibleDays,
          reasons: plan.reasons,
          notes: plan.notes,
        }) + "\n",
      );
      return 0;
    }
    const lines = [
      `Maintenance today:      ${kcal(plan.baselineKcal)} kcal/d`,
      plan.intakeKcal === null
        ? `To reach ${goalKg} kg in ${days} days: not possible even eating nothing`
        : `To reach ${goalKg} kg in ${days} days: ${kcal(plan.intakeKcal)} kcal/d every day`,
      `Then to stay there:     ${kcal(plan.maintenanceKcal)} kcal/d`,
      plan.feasible
        ? `Feasible: yes (floor ${plan.floorKcal} kcal/d, loss at most 1 % of body weight a week)`
        : `Feasible: no — ${plan.reasons.join("; ")}`,
      plan.earliestFeasibleDays === null
        ? "No safe plan reaches this goal within 10 years: choose a higher goal."
        : `Earliest safe goal date: in ${plan.earliestFeasibleDays} days`,
      ...plan.notes,
      "",
      "Hall dynamic model (Hall et al., Lancet 2011); floors NHLBI, rate cap Helms et al. 2014.",
    ];
    io.stdout.write(lines.join("\n") + "\n");
    return 0;
  },
};
