import { z } from "zod";
import {
  EXAMPLE_PROTEIN_FOODS,
  proteinPortions,
  type ProteinFoodCandidate,
} from "@leanback/core/nutrition/protein-portions";
import { recentFoods } from "@leanback/core/nutrition/recent-foods";
import { getFoodsByIds } from "@leanback/db/food/food-repo";
import { recentFoodLines } from "@leanback/db/food/recent-food-lines";
import type { UseCaseDeps } from "../shared/deps.js";
import { acceptedTargets } from "./accepted-targets.js";

/** Diary lines read for the person's foods (the recent-foods window), and foods tried from them. */
const LINES = 500;
const FOODS = 60;
/** Portions shown. */
const MAX_PORTIONS = 3;

export const proteinPortionsSchema = z.strictObject({
  /** From the accepted targets in force today. */
  proteinGPerDay: z.number(),
  proteinGPerMeal: z.number(),
  mealsPerDay: z.int(),
  /** Grams of each food that carry one meal's protein; the person's most logged protein foods first. */
  portions: z.array(
    z.strictObject({
      foodId: z.string(),
      name: z.string(),
      proteinGPer100g: z.number(),
      grams: z.number(),
      /** "logged": from the person's diary; "example": a common food (USDA SR28) until they log some. */
      source: z.enum(["logged", "example"]),
    }),
  ),
});
export type ProteinPortionsView = z.output<typeof proteinPortionsSchema>;

/**
 * A meal's protein (from the accepted targets) as portions of the foods the person logs most,
 * each by its own protein density; common example foods stand in while none of their foods is a
 * protein source yet.
 */
export async function proteinPortionsFor(deps: UseCaseDeps, userId: string): Promise<ProteinPortionsView> {
  const { snapshot } = await acceptedTargets(deps, userId);
  const perMeal = snapshot.proteinGPerMeal;
  const recent = recentFoods(await recentFoodLines(deps.db, userId, LINES), FOODS).sort(
    (a, b) => b.uses - a.uses || b.lastUsed - a.lastUsed,
  );
  const foods = await getFoodsByIds(
    deps.db,
    recent.map((r) => r.id),
  );
  const candidates: ProteinFoodCandidate[] = recent.flatMap((r) => {
    const f = foods.get(r.id);
    if (f === undefined) return [];
    const milli = (v: number | null) => (v === null ? null : v / 1000);
    return [
      {
        id: f.id,
        name: f.displayName,
        proteinGPer100g: milli(f.per100g.proteinG),
        kcalPer100g: milli(f.per100g.kcal),
      },
    ];
  });
  const logged = proteinPortions(perMeal, candidates, MAX_PORTIONS).map((p) => ({
    ...p,
    source: "logged" as const,
  }));
  const examples =
    logged.length > 0
      ? []
      : proteinPortions(perMeal, EXAMPLE_PROTEIN_FOODS, MAX_PORTIONS).map((p) => ({
          ...p,
          source: "example" as const,
        }));
  return {
    proteinGPerDay: snapshot.proteinGPerDay,
    proteinGPerMeal: perMeal,
    mealsPerDay: snapshot.mealsPerDay,
    portions: [...logged, ...examples],
  };
}
