import { getFood, type Food } from "@leanback/db/food/food-repo";
import type { ServerDeps } from "../deps.js";
import { NotFoundError } from "../features/shared/errors.js";

/** A shared food (no owner) is everyone's; a user's own food is theirs alone. */
export function isVisibleTo(food: Food, userId: string): boolean {
  return food.ownerUserId === null || food.ownerUserId === userId;
}

/** The food `foodId` if `userId` may see and log it; else "food not found" (never whose it is). */
export async function visibleFood(
  deps: Pick<ServerDeps, "db">,
  userId: string,
  foodId: string,
): Promise<Food> {
  const food = await getFood(deps.db, foodId);
  if (food === undefined || !isVisibleTo(food, userId)) throw new NotFoundError("food");
  return food;
}
