import type { LoggedFood } from "@leanback/core/nutrition/recent-foods";
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/**
 * The person's latest logged food lines (newest diary days first, at most `maxLines`), with each
 * food's name: what the recent and frequent foods are folded from. The (user_id, date) index
 * serves the order from the newest day, so the query stops after `maxLines` rows however long
 * the history.
 */
export async function recentFoodLines(
  db: Kysely<Database>,
  userId: string,
  maxLines: number,
): Promise<LoggedFood[]> {
  const rows = await db
    .selectFrom("diary_entries as e")
    .innerJoin("foods as f", "f.id", "e.food_id")
    .select(["e.food_id", "f.display_name", "e.mg", "e.portion_label", "e.portion_count", "e.created_at"])
    .where("e.user_id", "=", userId)
    .where("e.food_id", "is not", null)
    .orderBy("e.date", "desc")
    .orderBy("e.created_at", "desc")
    .limit(maxLines)
    .execute();
  return rows.flatMap((r) =>
    r.food_id === null || r.mg === null
      ? []
      : [
          {
            foodId: r.food_id,
            name: r.display_name,
            mg: r.mg,
            portionLabel: r.portion_label,
            portionCount: r.portion_count === null ? null : Number(r.portion_count),
            loggedAt: Number(r.created_at),
          },
        ],
  );
}
