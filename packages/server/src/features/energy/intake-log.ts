import { dayTotals } from "@leanback/core/nutrition/diary";
import { fromMilli } from "@leanback/core/nutrition/nutrients";
import { listCompleteDays, listDiaryEntries } from "@leanback/db/food/diary-repo";
import type { UseCaseDeps } from "../shared/deps.js";

export interface IntakeDay {
  readonly date: string;
  readonly intakeKcal: number;
  /** The person marked the diary day complete: only these days count for expenditure. */
  readonly complete: boolean;
}

/**
 * Daily intake totals from the food diary (packages/server/src/food owns the diary; these are
 * read-only queries on its tables). A day appears when it has entries or was marked complete; a
 * complete day without entries is a real 0 kcal day, an unmarked empty day is simply absent.
 */
export async function intakeDays(
  deps: UseCaseDeps,
  userId: string,
  from: string,
  to: string,
): Promise<IntakeDay[]> {
  const [entries, completeDays] = await Promise.all([
    listDiaryEntries(deps.db, userId, from, to),
    listCompleteDays(deps.db, userId, from, to),
  ]);
  const complete = new Set(completeDays);
  const dates = [...new Set([...entries.map((e) => e.date), ...completeDays])].sort();
  return dates.map((date) => ({
    date,
    intakeKcal: fromMilli(dayTotals(date, entries).day.milli.kcal),
    complete: complete.has(date),
  }));
}
