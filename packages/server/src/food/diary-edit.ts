import { InvalidInputError } from "@leanback/core/errors";
import { entryGrams } from "@leanback/core/nutrition/diary";
import { gramsToMg, quickAddMilliKcal } from "@leanback/core/nutrition/nutrients";
import { getDiaryEntry, updateDiaryEntry, type DiaryEntryPatch } from "@leanback/db/food/diary-repo";
import type { z } from "zod";
import type { ServerDeps } from "../deps.js";
import { NotFoundError } from "../features/shared/errors.js";
import { checkPlausible, entryView, findPortion, type EntryView } from "./diary.js";
import { visibleFood } from "./visible-food.js";
import type { entryPatchSchema } from "./food-schemas.js";

type Deps = Pick<ServerDeps, "db">;

/** What a person may change about a logged entry (the PATCH body; food-schemas.ts). */
export type EntryEdit = z.infer<typeof entryPatchSchema>;

/**
 * Edits an entry in place: the day, the meal, and the amount (grams or portions for a food,
 * calories for a quick add). Its id, clientId and place in the day stay, so an edit is never a
 * delete plus an add. Asking a food entry for calories, or a quick add for grams, is refused
 * naming the field.
 */
export async function editEntry(deps: Deps, userId: string, id: string, edit: EntryEdit): Promise<EntryView> {
  const entry = await getDiaryEntry(deps.db, userId, id);
  if (entry === undefined) throw new NotFoundError("diary entry");
  const patch: { -readonly [K in keyof DiaryEntryPatch]: DiaryEntryPatch[K] } = {};
  if (edit.date !== undefined) patch.date = edit.date;
  if (edit.meal !== undefined) patch.meal = edit.meal;
  if (entry.foodId === null) {
    for (const field of ["grams", "portion", "count"] as const) {
      if (edit[field] !== undefined)
        throw new InvalidInputError(field, "a quick add has no food amount; change its kcal");
    }
    if (edit.kcal !== undefined) patch.quickMilliKcal = quickAddMilliKcal(edit.kcal);
  } else {
    if (edit.kcal !== undefined)
      throw new InvalidInputError(
        "kcal",
        "a food's calories follow from its amount; change grams or the portion",
      );
    if (edit.grams !== undefined) {
      if (edit.portion !== undefined || edit.count !== undefined)
        throw new InvalidInputError("grams", "give grams or a portion, not both");
      patch.amount = {
        mg: gramsToMg(entryGrams({ grams: edit.grams })),
        portionLabel: null,
        portionCount: null,
      };
    } else if (edit.portion !== undefined || edit.count !== undefined) {
      const label = edit.portion ?? entry.portionLabel ?? null;
      if (label === null)
        throw new InvalidInputError(
          "count",
          "this entry is in grams: give a portion with the count, or grams",
        );
      const portion = await findPortion(deps, entry.foodId, label);
      const count = edit.count ?? (edit.portion === undefined ? entry.portionCount : null) ?? 1;
      patch.amount = {
        mg: gramsToMg(entryGrams({ portion, count })),
        portionLabel: portion.label,
        portionCount: count,
      };
    }
  }
  if (patch.amount !== undefined && entry.foodId !== null) {
    const food = await visibleFood(deps, userId, entry.foodId);
    const label = patch.amount.portionLabel;
    await checkPlausible(deps, food, patch.amount.mg / 1000, {
      field: label === null || label === undefined ? "grams" : "count",
      unit: label ?? "g",
      confirmed: edit.confirm === true,
    });
  }
  if (!(await updateDiaryEntry(deps.db, userId, id, patch))) throw new NotFoundError("diary entry");
  const stored = await getDiaryEntry(deps.db, userId, id);
  if (stored === undefined) throw new NotFoundError("diary entry");
  return entryView(stored);
}
