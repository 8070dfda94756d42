import { generateProgram } from "@leanback/core/training/program-generator";
import type { Plan } from "@leanback/core/training/program-types";
import type { Profile } from "./types.js";

/**
 * The training plan of a profile, generated in the browser by core (the same generator as
 * `leanback program`); null before the schedule and fitness answers exist.
 */
export function planOf(profile: Profile, weeks = 1): Plan | null {
  if (!profile.schedule || !profile.fitness) return null;
  const f = profile.fitness;
  return generateProgram({
    level: f.level,
    days: profile.schedule.days,
    minutes: profile.schedule.minutes,
    equipment: profile.equipment.filter((e) => e !== "none"),
    cardio: profile.cardioPrefs,
    exclude: profile.exclusions,
    weeks,
    ...(f.pullups !== undefined ? { pullups: f.pullups } : {}),
    ...(f.canHang !== undefined ? { canHang: f.canHang } : {}),
    ...(f.pushups !== undefined ? { pushups: f.pushups } : {}),
    seed: profile.userId,
  });
}
