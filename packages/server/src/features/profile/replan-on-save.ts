import { replanTargets } from "../energy/accepted-targets.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { findProfile, saveProfile } from "./profile.js";
import type { ProfileView } from "./profile-schema.js";

/** The profile fields the calorie and food targets are computed from. */
const TARGET_FIELDS = ["sex", "birthDate", "heightMm", "pal", "floorKcal", "bodyFatPct", "goal"] as const;

/** True when a change of profile changes what the targets are computed from. */
export function targetInputsChanged(before: ProfileView | undefined, after: ProfileView): boolean {
  if (before === undefined) return true;
  return TARGET_FIELDS.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/**
 * Saves the profile and, when a field the targets depend on changed (an edit of the plan), stores
 * re-planned targets from today, in one transaction. Units, time zone or equipment move nothing.
 */
export async function saveProfileAndReplan(
  deps: UseCaseDeps,
  userId: string,
  raw: unknown,
): Promise<ProfileView> {
  return deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    const before = await findProfile(tx, userId);
    const saved = await saveProfile(tx, userId, raw);
    if (before !== undefined && targetInputsChanged(before, saved)) await replanTargets(tx, userId);
    return saved;
  });
}
