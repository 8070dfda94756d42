import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { energyDensity } from "@leanback/core/expenditure/energy-density";
import { calorieTarget } from "@leanback/core/targets/calorie-target";
import { foodServings } from "@leanback/core/targets/food-servings";
import { goalDateTarget } from "@leanback/core/targets/goal-date-target";
import type { LossRate } from "@leanback/core/targets/rate";
import { listCheckIns } from "@leanback/db/repos/check-ins";
import type { UseCaseDeps } from "../shared/deps.js";
import { loadEnergyContext, type EnergyContext } from "./energy-context.js";

export const targetsSchema = z.strictObject({
  date: z.string(),
  weightKg: z.number(),
  rmrKcal: z.number(),
  pal: z.number(),
  palSource: z.enum(["profile", "default"]),
  formulaKcal: z.number(),
  targetKcal: z.int(),
  /** Where the target comes from: an accepted weekly check-in, the goal date, a rate, or the 500 kcal default. */
  source: z.enum(["check-in", "goal-date", "rate", "default", "maintenance"]),
  floorKcal: z.number(),
  floorApplied: z.boolean(),
  /** Expected initial loss, kg/week, at this target against the formula estimate. */
  rateKgPerWeek: z.number(),
  proteinGPerDay: z.number(),
  proteinFoodGPerMeal: z.number(),
  fatServings: z.number(),
  vegetableServings: z.number(),
  /** Logged workouts never add calories back (docs/protocol.md §4a). */
  exerciseCaloriesAddedBack: z.literal(false),
  warnings: z.array(z.string()),
});
export type TargetsView = z.output<typeof targetsSchema>;

export interface InitialTarget {
  readonly targetKcal: number;
  readonly source: "goal-date" | "rate" | "default" | "maintenance";
  readonly rate: LossRate;
  readonly floorApplied: boolean;
  readonly warnings: readonly string[];
}

function densityOf(ctx: EnergyContext): number {
  const fat = ctx.bodyFatPct === undefined ? undefined : (ctx.weightKg * ctx.bodyFatPct) / 100;
  return energyDensity(fat).kcalPerKg;
}

/** The starting target from the goal: a goal date (Hall goal solver), a rate, or 500 kcal/d below. */
export function initialTarget(ctx: EnergyContext): InitialTarget {
  const goal = ctx.profile.goal;
  const warnings: string[] = [];
  if (goal !== null && goal.weightKg >= ctx.weightKg) {
    return {
      targetKcal: Math.round(ctx.formulaKcal),
      source: "maintenance",
      rate: { kind: "kgPerWeek", value: 0 },
      floorApplied: false,
      warnings: ["Your trend weight is at or below your goal: the target is maintenance."],
    };
  }
  if (goal?.date !== undefined && goal.rate === undefined) {
    try {
      const g = goalDateTarget({
        person: ctx.person,
        goalKg: goal.weightKg,
        startDate: ctx.today,
        goalDate: goal.date,
        floorKcal: ctx.floorKcal,
      });
      if (g.plan.feasible && g.plan.intakeKcal !== null) {
        const targetKcal = Math.round(g.plan.intakeKcal);
        const kgPerWeek = ((ctx.weightKg - goal.weightKg) / g.days) * 7;
        return {
          targetKcal,
          source: "goal-date",
          rate: { kind: "kgPerWeek", value: Math.min(2, kgPerWeek) },
          floorApplied: false,
          warnings,
        };
      }
      warnings.push(
        `The goal date is not reachable within the floor and 1 %/week: ${g.plan.reasons.join("; ")}` +
          (g.earliestGoalDate ? ` The earliest safe date is ${g.earliestGoalDate}.` : "") +
          " Using the default deficit instead.",
      );
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      warnings.push(`The goal date cannot be planned (${e.rule}); using the default deficit.`);
    }
  }
  const mode =
    goal?.rate !== undefined ? ({ kind: "rate", rate: goal.rate } as const) : ({ kind: "default" } as const);
  const t = calorieTarget({
    maintenanceKcal: ctx.formulaKcal,
    weightKg: ctx.weightKg,
    mode,
    floorKcal: ctx.floorKcal,
    energyDensityKcalPerKg: densityOf(ctx),
  });
  if (t.capped) warnings.push("The rate was capped at 1 % of body weight a week.");
  if (t.floorApplied) warnings.push(`The calorie floor (${ctx.floorKcal} kcal/d) raised the target.`);
  return {
    targetKcal: t.targetKcal,
    source: mode.kind,
    rate: goal?.rate ?? { kind: "kgPerWeek", value: Math.min(2, t.rateKgPerWeek) },
    floorApplied: t.floorApplied,
    warnings,
  };
}

/** The target in force: the latest accepted check-in's proposal, else the initial target. */
export async function targetInForce(
  deps: UseCaseDeps,
  userId: string,
  ctx: EnergyContext,
): Promise<{ targetKcal: number; fromCheckIn: boolean; initial: InitialTarget }> {
  const initial = initialTarget(ctx);
  const accepted = (await listCheckIns(deps.db, userId)).find((c) => c.accepted === true);
  return accepted === undefined
    ? { targetKcal: initial.targetKcal, fromCheckIn: false, initial }
    : { targetKcal: accepted.proposedKcal, fromCheckIn: true, initial };
}

/** Today's calorie and food targets. Workouts are not read at all: nothing is added back. */
export async function currentTargets(deps: UseCaseDeps, userId: string): Promise<TargetsView> {
  const ctx = await loadEnergyContext(deps, userId);
  const { targetKcal, fromCheckIn, initial } = await targetInForce(deps, userId, ctx);
  const servings = foodServings({ weightKg: ctx.weightKg, targetKcal });
  return {
    date: ctx.today,
    weightKg: ctx.weightKg,
    rmrKcal: ctx.rmrKcal,
    pal: ctx.pal,
    palSource: ctx.palSource,
    formulaKcal: ctx.formulaKcal,
    targetKcal,
    source: fromCheckIn ? "check-in" : initial.source,
    floorKcal: ctx.floorKcal,
    floorApplied: fromCheckIn ? false : initial.floorApplied,
    rateKgPerWeek: Math.max(0, ((ctx.formulaKcal - targetKcal) * 7) / densityOf(ctx)),
    proteinGPerDay: servings.proteinGPerDay,
    proteinFoodGPerMeal: servings.proteinFoodGPerMeal,
    fatServings: servings.fatServings,
    vegetableServings: servings.vegetableServings,
    exerciseCaloriesAddedBack: false,
    warnings: [
      ...initial.warnings,
      ...(ctx.palSource === "default"
        ? ["No activity level in the profile: PAL 1.6 (NIH planner default) is assumed."]
        : []),
    ],
  };
}
