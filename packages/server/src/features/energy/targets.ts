import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { energyDensity } from "@leanback/core/expenditure/energy-density";
import { calorieTarget } from "@leanback/core/targets/calorie-target";
import { foodServings } from "@leanback/core/targets/food-servings";
import { goalDateTarget } from "@leanback/core/targets/goal-date-target";
import type { LossRate } from "@leanback/core/targets/rate";
import type { EnergyContext } from "./energy-context.js";

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
  /** Grams of protein a day (core protein-target: fat-free mass, goal weight or capped weight). */
  proteinGPerDay: z.number(),
  /** Grams of protein (not of food) at each main meal, and how many meals split the day. */
  proteinGPerMeal: z.number(),
  mealsPerDay: z.int(),
  /** What the protein grams are computed from: kg of that mass, at proteinGPerKg. */
  proteinBasis: z.enum(["fat-free-mass", "goal-weight", "weight", "bmi-25-weight"]),
  proteinBasisKg: z.number(),
  proteinGPerKg: z.number(),
  /** The protocol's protein-food serving per meal, g of food (55–115 g of lean meat), for the diary check. */
  proteinFoodGPerMeal: z.number(),
  fatServings: z.number(),
  vegetableServings: z.number(),
  /** Logged workouts never add calories back (docs/protocol.md §4a). */
  exerciseCaloriesAddedBack: z.literal(false),
  warnings: z.array(z.string()),
  /** The day these targets took effect, and what set them (they change only then). */
  acceptedOn: z.string(),
  acceptedBy: z.enum(["onboarding", "plan-edit", "check-in"]),
  /** The accepted calorie target, and what the week's planned treats change on this day. */
  baseTargetKcal: z.int(),
  treatChangeKcal: z.int(),
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

/** The stored snapshot: the targets as accepted, plus the loss rate the check-in steers toward. */
export const snapshotSchema = targetsSchema
  .omit({ date: true, acceptedOn: true, acceptedBy: true, baseTargetKcal: true, treatChangeKcal: true })
  .extend({
    lossRate: z.object({ kind: z.enum(["kgPerWeek", "pctPerWeek"]), value: z.number() }),
    /** The day the snapshot was computed, and the trend weight it was computed from (weightKg). */
    computedOn: z.string(),
  });
export type TargetsSnapshot = z.output<typeof snapshotSchema>;

/** The snapshot fields that follow from the calorie target and the body: protein and servings. */
export type ServingFields = Pick<
  TargetsSnapshot,
  | "proteinGPerDay"
  | "proteinGPerMeal"
  | "mealsPerDay"
  | "proteinBasis"
  | "proteinBasisKg"
  | "proteinGPerKg"
  | "proteinFoodGPerMeal"
  | "fatServings"
  | "vegetableServings"
>;

/** Protein (core protein-target) and food servings at `weightKg` and `targetKcal`, for this person. */
export function servingsOf(ctx: EnergyContext, weightKg: number, targetKcal: number): ServingFields {
  const s = foodServings({
    weightKg,
    heightCm: ctx.profile.heightMm / 10,
    bodyFatPct: ctx.bodyFatPct,
    goalKg: ctx.profile.goal?.weightKg,
    targetKcal,
  });
  return {
    proteinGPerDay: s.proteinGPerDay,
    proteinGPerMeal: s.proteinGPerMeal,
    mealsPerDay: s.mealsPerDay,
    proteinBasis: s.protein.basis,
    proteinBasisKg: s.protein.basisKg,
    proteinGPerKg: s.protein.gPerKgBasis,
    proteinFoodGPerMeal: s.proteinFoodGPerMeal,
    fatServings: s.fatServings,
    vegetableServings: s.vegetableServings,
  };
}

/**
 * A snapshot stored before protein had a basis and a per-meal figure (no proteinGPerMeal …): its
 * calories, source and rate as accepted, and today's protein rule at the weight it was computed at.
 */
export const legacySnapshotSchema = snapshotSchema.omit({
  proteinGPerMeal: true,
  mealsPerDay: true,
  proteinBasis: true,
  proteinBasisKg: true,
  proteinGPerKg: true,
});

/**
 * THE base-target computation: calorie target, protein and food servings from the energy context.
 * With `acceptedKcal` (an accepted check-in's proposal) the calorie target is that number and the
 * rest follows from it; otherwise it is the goal's initial target (initialTarget).
 */
export function computeTargets(ctx: EnergyContext, acceptedKcal?: number): TargetsSnapshot {
  const initial = initialTarget(ctx);
  const fromCheckIn = acceptedKcal !== undefined;
  const targetKcal = acceptedKcal ?? initial.targetKcal;
  return {
    computedOn: ctx.today,
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
    ...servingsOf(ctx, ctx.weightKg, targetKcal),
    exerciseCaloriesAddedBack: false,
    warnings: [
      ...initial.warnings,
      ...(ctx.palSource === "default"
        ? ["No activity level in the profile: PAL 1.6 (NIH planner default) is assumed."]
        : []),
    ],
    lossRate: { ...initial.rate },
  };
}
