import type { StoredTreat } from "@leanback/core/nutrition/day-targets";
import { treatsBetween } from "@leanback/db/food/treats-repo";
import type { ServerDeps } from "../../deps.js";
import { isoWeekRange } from "../shared/dates.js";

/** The treats whose changes can touch `date` (those of its week, cancelled ones included). */
export async function treatsAffecting(
  deps: Pick<ServerDeps, "db">,
  userId: string,
  date: string,
): Promise<StoredTreat[]> {
  const { first, last } = isoWeekRange(date);
  return treatsBetween(deps.db, userId, first, last);
}
