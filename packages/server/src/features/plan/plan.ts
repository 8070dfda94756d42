import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { generateProgram } from "@leanback/core/training/program-generator";
import { WEEKDAYS } from "@leanback/core/training/program-input";
import type { Plan as Program, Session } from "@leanback/core/training/program-types";
import { applySwaps, validSwaps, validateSwap } from "@leanback/core/training/swaps";
import { getCurrentPlan, listPlans, savePlan, updatePlanParams, type Plan } from "@leanback/db/repos/plans";
import { listWeighIns } from "@leanback/db/repos/weigh-ins";
import { requireProfile } from "../profile/profile.js";
import type { ProfileView } from "../profile/profile-schema.js";
import { addDays, daysBetween, isoDate, isoWeekday, localDate } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { NotFoundError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";
import { clientIdSchema } from "../shared/schemas.js";

export const generateSchema = z.strictObject({
  /** First day of week 1; default: the next Monday in the profile's time zone (today if Monday). */
  startDate: isoDate.optional(),
  weeks: z.int().min(1, "weeks must be 1–52").max(52, "weeks must be 1–52").default(12),
  /** Same profile + same seed → the same plan; a new seed varies the exercise choice. */
  seed: z.string().min(1).max(100).optional(),
  clientId: clientIdSchema.optional(),
});

export const regenerateSchema = z.strictObject({ seed: z.string().min(1).max(100).optional() });

/** What the plans table keeps beside the generated plan. */
const paramsSchema = z.object({
  startDate: z.string(),
  weeks: z.int(),
  seed: z.string(),
  /** Idempotency key of the request that generated it (offline replay). */
  clientId: z.string().optional(),
  /** Exercise swaps {fromExerciseId: toExerciseId}, applied in every week (issue 6 §5). */
  swaps: z.record(z.string(), z.string()).optional(),
});
type PlanParams = z.output<typeof paramsSchema>;

export const planViewSchema = z.strictObject({
  id: z.string(),
  createdAt: z.number(),
  startDate: z.string(),
  weeks: z.int(),
  seed: z.string(),
  /** The generated program (core/training/program-types.ts Plan). */
  program: z.record(z.string(), z.unknown()),
  /** {fromExerciseId: toExerciseId}; `program` is as generated, today and the .ics apply these. */
  swaps: z.record(z.string(), z.string()),
});

export const swapSchema = z.strictObject({ to: z.string().min(1).max(80) });
export const swapParams = z.strictObject({ exerciseId: z.string().min(1).max(80) });
export type PlanView = z.output<typeof planViewSchema>;

function view(p: Plan): PlanView {
  const params = paramsSchema.parse(p.params);
  return {
    id: p.id,
    createdAt: p.createdAt,
    startDate: params.startDate,
    weeks: params.weeks,
    seed: params.seed,
    program: p.plan as Record<string, unknown>,
    swaps: params.swaps ?? {},
  };
}

/** The plan's program with its swaps applied: what the person actually trains. */
export function swappedProgram(plan: PlanView): Program {
  return applySwaps(plan.program as unknown as Program, plan.swaps);
}

/**
 * The generator's input from the profile: onboarding answers, schedule, equipment, preferences,
 * and sex and the latest body weight, which calibrate starting loads.
 */
export function programInputFrom(
  profile: ProfileView,
  weeks: number,
  seed: string,
  bodyWeightKg?: number,
): unknown {
  if (profile.schedule === null) {
    throw new InvalidInputError("schedule", "set training days and session minutes in the profile first");
  }
  if (profile.fitness === null) {
    throw new InvalidInputError(
      "fitness",
      "answer the fitness questions (level, pull-ups) in the profile first",
    );
  }
  const { level, pullups, canHang, pushups } = profile.fitness;
  return {
    level,
    equipment: profile.equipment,
    days: profile.schedule.days,
    minutes: profile.schedule.minutes,
    cardio: profile.cardioPrefs,
    exclude: profile.exclusions,
    weeks,
    seed,
    sex: profile.sex,
    ...(bodyWeightKg !== undefined ? { bodyWeightKg } : {}),
    ...(pullups !== undefined ? { pullups } : {}),
    ...(canHang !== undefined ? { canHang } : {}),
    ...(pushups !== undefined ? { pushups } : {}),
  };
}

function nextMonday(today: string): string {
  const wd = isoWeekday(today);
  return wd === 1 ? today : addDays(today, 8 - wd);
}

async function build(deps: UseCaseDeps, userId: string, params: PlanParams): Promise<PlanView> {
  const profile = await requireProfile(deps, userId);
  const today = localDate(deps.now(), profile.timezone);
  const weighIns = await listWeighIns(deps.db, userId, { from: addDays(today, -365), to: today });
  const weight = weighIns[weighIns.length - 1]?.weightKg;
  const program = generateProgram(programInputFrom(profile, params.weeks, params.seed, weight));
  // Swaps that the changed profile no longer allows are dropped; an empty map is not stored.
  const { swaps, ...rest } = params;
  const kept = validSwaps(swaps ?? {}, profile.equipment, profile.exclusions);
  const stored = Object.keys(kept).length > 0 ? { ...rest, swaps: kept } : rest;
  const saved = await savePlan(
    deps.db,
    { userId, params: stored, plan: program, makeCurrent: true },
    deps.now(),
  );
  return view(saved);
}

/** Generates a plan from the profile and makes it current (the old one stays in history). */
export async function generatePlan(deps: UseCaseDeps, userId: string, raw: unknown): Promise<PlanView> {
  const input = parseInput(generateSchema, raw);
  if (input.clientId !== undefined) {
    // A replayed request returns the plan it made the first time (even if no longer current).
    const seen = (await listPlans(deps.db, userId)).find(
      (p) => paramsSchema.safeParse(p.params).data?.clientId === input.clientId,
    );
    if (seen !== undefined) return view(seen);
  }
  const profile = await requireProfile(deps, userId);
  const startDate = input.startDate ?? nextMonday(localDate(deps.now(), profile.timezone));
  return build(deps, userId, {
    startDate,
    weeks: input.weeks,
    seed: input.seed ?? "leanback",
    ...(input.clientId !== undefined ? { clientId: input.clientId } : {}),
  });
}

/** Generates again from the (possibly changed) profile, keeping start date and length. */
export async function regeneratePlan(deps: UseCaseDeps, userId: string, raw: unknown): Promise<PlanView> {
  const input = parseInput(regenerateSchema, raw);
  const current = await requireCurrentPlan(deps, userId);
  return build(deps, userId, {
    startDate: current.startDate,
    weeks: current.weeks,
    seed: input.seed ?? current.seed,
    swaps: current.swaps,
  });
}

const strengthIds = (program: Program): Set<string> =>
  new Set(
    program.weeks.flatMap((w) =>
      w.sessions.flatMap((s) => s.items.flatMap((i) => (i.type === "strength" ? [i.exerciseId] : []))),
    ),
  );

async function writeSwaps(
  deps: UseCaseDeps,
  userId: string,
  plan: PlanView,
  swaps: Record<string, string>,
): Promise<PlanView> {
  const p = await getCurrentPlan(deps.db, userId);
  if (p === undefined || p.id !== plan.id) throw new NotFoundError("plan", "no plan yet: generate one first");
  const params = paramsSchema.parse(p.params);
  await updatePlanParams(deps.db, userId, plan.id, { ...params, swaps });
  return { ...plan, swaps };
}

/** The plan exercise a swap is keyed by: `exerciseId` itself, or the original it already replaces. */
function originalOf(plan: PlanView, exerciseId: string): string {
  return Object.keys(plan.swaps).find((k) => plan.swaps[k] === exerciseId) ?? exerciseId;
}

/**
 * Swaps a strength exercise of the current plan for one of its variation group that the profile's
 * equipment and exclusions allow (core/training/swaps.ts); swapping back to the original removes it.
 */
export async function setSwap(
  deps: UseCaseDeps,
  userId: string,
  exerciseId: string,
  raw: unknown,
): Promise<PlanView> {
  const { to } = parseInput(swapSchema, raw);
  const plan = await requireCurrentPlan(deps, userId);
  const from = originalOf(plan, exerciseId);
  if (!strengthIds(plan.program as unknown as Program).has(from)) {
    throw new InvalidInputError("exerciseId", `exerciseId must be a strength exercise of the current plan`);
  }
  const profile = await requireProfile(deps, userId);
  validateSwap(from, to, profile.equipment, profile.exclusions);
  const { [from]: _old, ...others } = plan.swaps;
  return writeSwaps(deps, userId, plan, from === to ? others : { ...others, [from]: to });
}

/** Undoes the swap of `exerciseId` (the original or its stand-in); a no-op when there is none. */
export async function removeSwap(deps: UseCaseDeps, userId: string, exerciseId: string): Promise<PlanView> {
  const plan = await requireCurrentPlan(deps, userId);
  const from = originalOf(plan, exerciseId);
  if (plan.swaps[from] === undefined) return plan;
  const { [from]: _old, ...others } = plan.swaps;
  return writeSwaps(deps, userId, plan, others);
}

export async function requireCurrentPlan(deps: UseCaseDeps, userId: string): Promise<PlanView> {
  const p = await getCurrentPlan(deps.db, userId);
  if (p === undefined) throw new NotFoundError("plan", "no plan yet: generate one first");
  return view(p);
}

/** The sessions a plan puts on `date`: week = ⌊(date − start)/7⌋ + 1, matched by weekday (as planToIcs places them). */
export function sessionsOn(
  plan: PlanView,
  date: string,
): { week: number | null; sessions: readonly Session[]; status: "before-start" | "active" | "finished" } {
  const start = plan.startDate;
  if (date < start) return { week: null, sessions: [], status: "before-start" };
  const week = Math.floor(daysBetween(start, date) / 7) + 1;
  const program = swappedProgram(plan);
  const w = program.weeks.find((x) => x.week === week);
  if (w === undefined) return { week: null, sessions: [], status: "finished" };
  const weekday = WEEKDAYS[isoWeekday(date) - 1];
  return { week, sessions: w.sessions.filter((s) => s.day === weekday), status: "active" };
}
