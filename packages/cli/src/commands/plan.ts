import { forecastBand } from "@leanback/core/energy/forecast-band";
import { hallBaseline, simulateHall, type HallDay } from "@leanback/core/energy/hall-model";
import { maintenanceIntakeKcal } from "@leanback/core/energy/maintenance";
import { InvalidInputError } from "@leanback/core/errors";
import { forbesEnergyDensity } from "@leanback/core/expenditure/energy-density";
import { calorieTarget, type TargetMode } from "@leanback/core/targets/calorie-target";
import { calorieFloor } from "@leanback/core/targets/floor";
import { EXAMPLE_PROTEIN_FOODS, proteinPortions } from "@leanback/core/nutrition/protein-portions";
import { foodServings } from "@leanback/core/targets/food-servings";
import { proteinBasisText } from "@leanback/core/targets/protein-target";
import { goalDateTarget } from "@leanback/core/targets/goal-date-target";
import { dayToIso, isoToDay } from "@leanback/core/trend/iso-day";
import { optionalNumberFlag, stringFlag, type Command, type ParsedArgs } from "../command.js";
import { UsageError } from "../io.js";
import { renderTable } from "../table.js";
import { personOptions, readPerson } from "./forecast.js";

/** Longest forecast the plan shows when looking for the goal day: 5 years. */
const MAX_FORECAST_DAYS = 1826;

function dateFlag(parsed: ParsedArgs, name: string): string | undefined {
  const v = stringFlag(parsed, name);
  if (v === undefined) return undefined;
  try {
    isoToDay(v, name);
  } catch {
    throw new UsageError(`--${name}: must be a real date written YYYY-MM-DD (got "${v}")`);
  }
  return v;
}

/** The same day of the month `months` later (clamped to the month's end), as a day number. */
function addMonths(startDay: number, months: number): number {
  const d = new Date(startDay * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 86_400_000);
}

export const planCommand: Command = {
  name: "plan",
  summary: "your daily calorie target, protein and food servings, and a month-by-month forecast",
  usage:
    "leanback plan --sex female|male --age Y --height-cm H --weight-kg W --pal P [--goal-kg G] [--rate-pct P | --goal-date YYYY-MM-DD --start-date YYYY-MM-DD] [--floor KCAL] [--body-fat PCT] [--json]",
  options: {
    ...personOptions,
    "goal-kg": { type: "string", valueName: "G", description: "goal weight in kg, below today's weight" },
    "rate-pct": {
      type: "string",
      valueName: "P",
      description: "lose P % of body weight a week (0.1–1.0; default: 500 kcal/d below maintenance)",
    },
    "goal-date": { type: "string", valueName: "YYYY-MM-DD", description: "reach --goal-kg on this date" },
    "start-date": {
      type: "string",
      valueName: "YYYY-MM-DD",
      description: "first day of the plan (default: today)",
    },
    floor: {
      type: "string",
      valueName: "KCAL",
      description: "calorie floor (default 1300 women, 1500 men; never below 1200 women, 1500 men)",
    },
    json: { type: "boolean", description: "print machine-readable JSON" },
  },
  run(parsed, io) {
    const person = readPerson(parsed);
    const goalKg = optionalNumberFlag(parsed, "goal-kg", {
      min: 30,
      max: 300,
      rule: "goal must be 30–300 kg",
    });
    if (goalKg !== undefined && goalKg >= person.weightKg)
      throw new InvalidInputError("goalKg", "goal must be below today's weight");
    const ratePct = optionalNumberFlag(parsed, "rate-pct", {
      min: 0.1,
      max: 1,
      rule: "rate must be 0.1–1.0 % of body weight a week",
    });
    const goalDate = dateFlag(parsed, "goal-date");
    const startFlag = dateFlag(parsed, "start-date");
    if (ratePct !== undefined && goalDate !== undefined)
      throw new UsageError("--rate-pct and --goal-date are alternatives: give one");
    if (goalDate !== undefined && (startFlag === undefined || goalKg === undefined))
      throw new UsageError("--goal-date needs --goal-kg and --start-date");
    // The CLI is an edge: "today" is allowed here, never in core.
    const startDate = startFlag ?? new Date().toISOString().slice(0, 10);
    const floorRaw = optionalNumberFlag(parsed, "floor", {
      min: 800,
      max: 4000,
      rule: "the calorie floor must be 1200–4000 kcal/d",
    });
    const floorKcal = calorieFloor(person.sex, floorRaw);

    const base = hallBaseline(person);
    const rho = forbesEnergyDensity(base.fatKg);
    let targetKcal: number;
    let basis: string;
    let goalDay: number | undefined;
    let feasibility:
      { feasible: boolean; reasons: readonly string[]; earliestGoalDate: string | null } | undefined;
    if (goalDate !== undefined && goalKg !== undefined) {
      const t = goalDateTarget({ person, goalKg, startDate, goalDate, floorKcal });
      feasibility = {
        feasible: t.plan.feasible,
        reasons: t.plan.reasons,
        earliestGoalDate: t.earliestGoalDate,
      };
      if (t.plan.feasible && t.plan.intakeKcal !== null) {
        targetKcal = Math.round(t.plan.intakeKcal);
        goalDay = t.days;
        basis = `reaches ${goalKg} kg on ${goalDate}`;
      } else if (t.earliestGoalDate !== null) {
        // Not safe by the date asked: plan for the earliest safe date instead, and say so.
        const safe = goalDateTarget({ person, goalKg, startDate, goalDate: t.earliestGoalDate, floorKcal });
        if (safe.plan.intakeKcal === null)
          throw new InvalidInputError("goalDate", "no safe plan reaches this goal");
        targetKcal = Math.round(safe.plan.intakeKcal);
        goalDay = safe.days;
        basis = `${goalDate} is too soon (${t.plan.reasons.join("; ")}); planned for the earliest safe date, ${t.earliestGoalDate}`;
      } else {
        throw new InvalidInputError(
          "goalKg",
          "no plan within the floor and 1 %/week reaches this goal in 10 years",
        );
      }
    } else {
      const mode: TargetMode =
        ratePct === undefined
          ? { kind: "default" }
          : { kind: "rate", rate: { kind: "pctPerWeek", value: ratePct } };
      const t = calorieTarget({
        maintenanceKcal: base.intakeKcal,
        weightKg: person.weightKg,
        mode,
        floorKcal,
        energyDensityKcalPerKg: rho,
      });
      targetKcal = t.targetKcal;
      basis =
        (ratePct === undefined
          ? `${Math.round(t.deficitKcal)} kcal/d below maintenance`
          : `${ratePct} % of body weight a week, ${Math.round(t.deficitKcal)} kcal/d below maintenance`) +
        `, about ${t.rateKgPerWeek.toFixed(2)} kg/week at first` +
        (t.capped ? " (capped at 1 % of body weight a week)" : "") +
        (t.floorApplied ? ` (raised to your floor of ${floorKcal} kcal/d)` : "");
    }

    // Find the goal day on the central forecast when no date fixed it.
    const startDay = isoToDay(startDate, "startDate");
    if (goalKg !== undefined && goalDay === undefined) {
      const run = simulateHall(person, { days: MAX_FORECAST_DAYS, intake: () => targetKcal });
      goalDay = run.find((d) => d.weightKg <= goalKg)?.day;
    }
    let months = 12;
    if (goalDay !== undefined) {
      months = 1;
      while (addMonths(startDay, months) - startDay < goalDay && months < 60) months++;
    }
    const horizon = addMonths(startDay, months) - startDay;
    const band = forecastBand(person, { days: horizon, intake: () => targetKcal });
    const at = (days: readonly HallDay[], d: number) => {
      const row = days[d];
      if (!row) throw new Error(`missing forecast day ${d}`);
      return row;
    };
    const forecast = Array.from({ length: months + 1 }, (_, m) => {
      const d = addMonths(startDay, m) - startDay;
      return {
        month: m,
        date: dayToIso(startDay + d),
        weightKg: Number(at(band.central, d).weightKg.toFixed(1)),
        lowKg: Number(at(band.lower, d).weightKg.toFixed(1)),
        highKg: Number(at(band.upper, d).weightKg.toFixed(1)),
      };
    });
    const endRow = at(band.central, goalDay !== undefined && goalDay <= horizon ? goalDay : horizon);
    const maintenanceAfter = Math.round(maintenanceIntakeKcal(base, endRow.fatKg, endRow.leanKg));
    const servings = foodServings({
      weightKg: person.weightKg,
      heightCm: person.heightCm,
      bodyFatPct: person.bodyFatPct,
      goalKg,
      targetKcal,
    });
    const examples = proteinPortions(servings.proteinGPerMeal, EXAMPLE_PROTEIN_FOODS);
    const goalDateOut = goalDay === undefined ? null : dayToIso(startDay + goalDay);

    if (parsed.values.json === true) {
      io.stdout.write(
        JSON.stringify({
          maintenanceKcal: Math.round(base.intakeKcal),
          targetKcal,
          floorKcal,
          basis,
          proteinGPerDay: servings.proteinGPerDay,
          proteinGPerMeal: servings.proteinGPerMeal,
          proteinBasis: servings.protein.basis,
          proteinBasisKg: servings.protein.basisKg,
          proteinGPerKg: servings.protein.gPerKgBasis,
          proteinPortions: examples.map((e) => ({ name: e.name, grams: e.grams })),
          mealsPerDay: servings.mealsPerDay,
          fatServings: servings.fatServings,
          vegetableServings: servings.vegetableServings,
          goalKg: goalKg ?? null,
          goalDate: goalDateOut,
          maintenanceAfterKcal: maintenanceAfter,
          ...(feasibility ? { feasible: feasibility.feasible, reasons: feasibility.reasons } : {}),
          forecast,
        }) + "\n",
      );
      return 0;
    }
    const lines = [
      `Maintenance today:  ${Math.round(base.intakeKcal)} kcal/d (RMR ${Math.round(base.rmrKcal)} × PAL ${person.pal})`,
      `Daily target:       ${targetKcal} kcal/d — ${basis}`,
      `Calorie floor:      ${floorKcal} kcal/d`,
      `Protein:            ${servings.proteinGPerDay} g/d (${proteinBasisText(servings.protein)}): ` +
        `about ${servings.proteinGPerMeal} g of protein at each of ${servings.mealsPerDay} meals` +
        (examples.length > 0 ? `, e.g. ${examples.map((e) => `${e.grams} g ${e.name}`).join(" or ")}` : ""),
      `Healthy fats:       ${servings.fatServings} servings a day (olive oil, avocado, nuts, olives, oily fish)`,
      `Vegetables:         at least ${servings.vegetableServings} servings, one with every meal`,
      "",
      `Forecast at ${targetKcal} kcal/d (Hall dynamic model; range = maintenance ±${band.pct} %):`,
      "",
    ];
    io.stdout.write(lines.join("\n"));
    io.stdout.write(
      renderTable(
        ["month", "date", "weight kg", `range kg`],
        forecast.map((r) => [
          r.month,
          r.date,
          r.weightKg.toFixed(1).padStart(5),
          `${r.lowKg.toFixed(1)}–${r.highKg.toFixed(1)}`,
        ]),
      ),
    );
    const tail: string[] = [""];
    if (goalKg !== undefined)
      tail.push(
        goalDateOut === null
          ? `Goal ${goalKg} kg: not reached within 5 years at ${targetKcal} kcal/d.`
          : `Goal ${goalKg} kg: around ${goalDateOut} (day ${goalDay}).`,
      );
    tail.push(
      `${goalDateOut === null ? `Maintenance at ${forecast.at(-1)?.date}` : "Maintenance after the goal"}: ${maintenanceAfter} kcal/d.`,
      "Expenditure falls as weight falls, so the loss slows; check in weekly and let your own log correct the target.",
    );
    io.stdout.write(tail.join("\n") + "\n");
    return 0;
  },
};
