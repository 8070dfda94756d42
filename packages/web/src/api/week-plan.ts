import { generateProgram } from "@leanback/core/training/program-generator";
import type { Plan } from "@leanback/core/training/program-types";
import { programInputFor } from "./plan-model.js";
import type { Profile } from "./types.js";

/**
 * The training plan of a profile, generated in the browser by core with the same input mapping
 * and seed (the user id) as the Plan page and the player's offline fallback, so every screen
 * shows the same sessions before the server's plan exists.
 */
export function planOf(profile: Profile): Plan {
  return generateProgram(programInputFor(profile, profile.userId));
}
