import type { Entry } from "../../api/diary-api.js";

/** The request that puts a removed entry back. */
export interface RestoreRequest {
  readonly path: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/**
 * How Undo puts a removed entry back: the same day, meal, food and amount in the unit it was
 * logged in, under the same clientId (the removed row freed it, and a replay of the undo adds
 * nothing). A food line was confirmed when it was logged, so it is not asked about again.
 *
 * @example
 * restoreRequest({ date: "2026-11-20", meal: "lunch", foodId: "f1", grams: 141.748, portionLabel: "oz", portionCount: 5, kcal: 234, clientId: "c1", … });
 * // → { path: "/api/users/me/diary/2026-11-20/entries", body: { meal: "lunch", foodId: "f1", portion: "oz", count: 5, clientId: "c1", confirm: true } }
 */
export function restoreRequest(e: Entry): RestoreRequest {
  const base = `/api/users/me/diary/${e.date}`;
  if (e.foodId === null)
    return { path: `${base}/quick-add`, body: { meal: e.meal, kcal: e.kcal, clientId: e.clientId } };
  const amount =
    e.portionLabel !== null
      ? { portion: e.portionLabel, count: e.portionCount ?? 1 }
      : { grams: e.grams ?? 0 };
  return {
    path: `${base}/entries`,
    body: { meal: e.meal, foodId: e.foodId, ...amount, clientId: e.clientId, confirm: true },
  };
}
