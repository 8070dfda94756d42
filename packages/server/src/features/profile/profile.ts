import { InvalidInputError } from "@leanback/core/errors";
import { calorieFloor } from "@leanback/core/targets/floor";
import { noDeficitReason, requireHealthyGoalWeight } from "@leanback/core/targets/goal-safety";
import { getProfile, upsertProfile, type Profile } from "@leanback/db/repos/profiles";
import { localDate } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { NotFoundError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";
import {
  fitnessSchema,
  goalSchema,
  profileInputSchema,
  scheduleSchema,
  type ProfileInput,
  type ProfileView,
} from "./profile-schema.js";
import { z } from "zod";

/** Whole years between a birth date and a calendar date, both 'YYYY-MM-DD'. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Not yet had this year's birthday: month-day compares correctly as text.
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

// Stored JSON is re-read through the same schemas it was written with; an imported or
// hand-edited value that no longer fits reads as absent rather than crashing every screen.
function stored<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
  const r = schema.safeParse(value);
  return r.success ? r.data : null;
}

function toView(p: Profile, now: number): ProfileView {
  return {
    userId: p.userId,
    sex: p.sex,
    birthDate: p.birthDate,
    heightMm: p.heightMm,
    unitSystem: p.unitSystem,
    timezone: p.timezone,
    pal: p.pal,
    floorKcal: p.floorKcal,
    bodyFatPct: p.bodyFatPct,
    goal: stored(goalSchema, p.goal),
    equipment: stored(profileInputSchema.shape.equipment, p.equipment) ?? [],
    schedule: stored(scheduleSchema, p.schedule),
    cardioPrefs: stored(profileInputSchema.shape.cardioPrefs, p.cardioPrefs) ?? [],
    exclusions: stored(profileInputSchema.shape.exclusions, p.exclusions) ?? [],
    fitness: stored(fitnessSchema, p.pullupAnswer),
    ageYears: ageOn(p.birthDate, localDate(now, p.timezone)),
    updatedAt: p.updatedAt,
  };
}

/** The user's profile, or undefined before onboarding. */
export async function findProfile(deps: UseCaseDeps, userId: string): Promise<ProfileView | undefined> {
  const p = await getProfile(deps.db, userId);
  return p === undefined ? undefined : toView(p, deps.now());
}

/** The user's profile; NotFoundError (HTTP 404) before onboarding. */
export async function requireProfile(deps: UseCaseDeps, userId: string): Promise<ProfileView> {
  const p = await findProfile(deps, userId);
  if (p === undefined) throw new NotFoundError("profile", "no profile yet: complete onboarding first");
  return p;
}

function checkProfile(input: ProfileInput, now: number): void {
  const age = ageOn(input.birthDate, localDate(now, input.timezone));
  // Mifflin–St Jeor and Hall's model were fitted on adults; core/energy/rmr.ts checks 18–100.
  if (input.birthDate > localDate(now, input.timezone))
    throw new InvalidInputError("birthDate", "the birth date must not be in the future");
  if (age < 18) throw new InvalidInputError("birthDate", noDeficitReason(age) ?? "age must be 18–100 years");
  if (age > 100) throw new InvalidInputError("birthDate", "age must be 18–100 years");
  // The safety screen (core/targets/goal-safety.ts): never a goal below a healthy BMI.
  if (input.goal !== null)
    requireHealthyGoalWeight(input.heightMm / 10, input.goal.weightKg, "goal.weightKg");
  if (input.floorKcal !== null) {
    try {
      calorieFloor(input.sex, input.floorKcal);
    } catch (e) {
      // core names it "floor"; the API field is floorKcal.
      if (e instanceof InvalidInputError) throw new InvalidInputError("floorKcal", e.rule);
      throw e;
    }
  }
  if (input.goal?.date !== undefined && input.goal.date <= localDate(now, input.timezone)) {
    throw new InvalidInputError("goal.date", "the goal date must be in the future");
  }
}

/** Creates or replaces the whole profile (PUT semantics). */
export async function saveProfile(deps: UseCaseDeps, userId: string, raw: unknown): Promise<ProfileView> {
  const input = parseInput(profileInputSchema, raw);
  const now = deps.now();
  checkProfile(input, now);
  const saved = await upsertProfile(
    deps.db,
    {
      userId,
      sex: input.sex,
      birthDate: input.birthDate,
      heightMm: input.heightMm,
      unitSystem: input.unitSystem,
      floorKcal: input.floorKcal,
      pal: input.pal,
      bodyFatPct: input.bodyFatPct,
      goal: input.goal,
      equipment: input.equipment,
      schedule: input.schedule,
      cardioPrefs: input.cardioPrefs,
      exclusions: input.exclusions,
      pullupAnswer: input.fitness,
      timezone: input.timezone,
    },
    now,
  );
  return toView(saved, now);
}
